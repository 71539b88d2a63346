// Moving a quote's boundaries a word at a time (issue 14: correcting a claim's
// or an evidence's span on the desk), and the one-paragraph rule for quotes.
import type { Span } from "./spans";

const isSpace = (c: string | undefined) => c !== undefined && /\s/.test(c);

/** The start one word earlier (`-1`) or later (`+1`), never past the end nor out of the text. */
export function stepStart(body: string, span: Span, dir: -1 | 1): number {
  let i = span.start;
  if (dir < 0) {
    while (i > 0 && isSpace(body[i - 1])) i--;
    while (i > 0 && !isSpace(body[i - 1])) i--;
    return i;
  }
  while (i < span.end && !isSpace(body[i])) i++;
  while (i < span.end && isSpace(body[i])) i++;
  return i < span.end ? i : span.start;
}

/** The end one word shorter (`-1`) or longer (`+1`). */
export function stepEnd(body: string, span: Span, dir: -1 | 1): number {
  let i = span.end;
  if (dir > 0) {
    while (i < body.length && isSpace(body[i])) i++;
    while (i < body.length && !isSpace(body[i])) i++;
    return i;
  }
  while (i > span.start && !isSpace(body[i - 1])) i--;
  while (i > span.start && isSpace(body[i - 1])) i--;
  return i > span.start ? i : span.end;
}

/** A quote crosses a paragraph when it holds a blank line (paragraphs are separated by one; a single line break may be hard wrapping). */
export function crossesParagraph(body: string, span: Span): boolean {
  return /\n[ \t]*\n/.test(body.slice(span.start, span.end));
}

export const PARAGRAPH_MESSAGE = "A quote must stay within one paragraph. Select the passage in each paragraph separately.";
