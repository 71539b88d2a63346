// Quotes are spans of UTF-16 code units into an article's stored text, the
// same unit that browser selections and String.prototype.slice use.

import { hasLetterOrDigit } from "./unicode";

export type Span = { start: number; end: number };

export type SpanCheck = { ok: true; quote: string } | { ok: false; message: string };

export function checkSpan(body: string, start: number, end: number, expectedQuote?: string): SpanCheck {
  if (!Number.isInteger(start) || !Number.isInteger(end)) return { ok: false, message: "Span offsets must be whole numbers." };
  if (start < 0 || end > body.length) return { ok: false, message: `Span ${start}–${end} lies outside the article (length ${body.length}).` };
  if (end <= start) return { ok: false, message: "A quote must contain at least one character." };
  const quote = body.slice(start, end);
  if (quote.trim().length === 0) return { ok: false, message: "A quote cannot be only white space." };
  // Zero-width and bidi characters, lone combining marks or NUL would make an invisible quote.
  if (!hasLetterOrDigit(quote)) return { ok: false, message: "A quote needs at least one visible letter or digit; this selection has none." };
  if (isLoneSurrogate(body.charCodeAt(start)) || isLoneSurrogate(body.charCodeAt(end - 1), true)) {
    return { ok: false, message: "A quote cannot split a character in two." };
  }
  if (expectedQuote !== undefined && expectedQuote !== quote) {
    return { ok: false, message: "The quoted text does not match the article at that position." };
  }
  return { ok: true, quote };
}

function isLoneSurrogate(code: number, atEnd = false): boolean {
  // A span may not start on a low surrogate nor end on a high one.
  return atEnd ? code >= 0xd800 && code <= 0xdbff : code >= 0xdc00 && code <= 0xdfff;
}

/** Shrinks a span so it neither starts nor ends with white space. */
export function trimSpan(body: string, span: Span): Span {
  let { start, end } = span;
  while (start < end && /\s/.test(body[start] ?? "")) start++;
  while (end > start && /\s/.test(body[end - 1] ?? "")) end--;
  return { start, end };
}

export type Segment<T> = { start: number; end: number; text: string; marks: T[] };

/**
 * Cuts a text at every mark boundary so overlapping quotes can be
 * highlighted without nesting elements.
 */
export function segmentText<T extends Span>(body: string, marks: T[]): Segment<T>[] {
  const cuts = new Set<number>([0, body.length]);
  for (const m of marks) {
    if (m.start >= 0 && m.end <= body.length && m.start < m.end) {
      cuts.add(m.start);
      cuts.add(m.end);
    }
  }
  const points = [...cuts].sort((a, b) => a - b);
  const segments: Segment<T>[] = [];
  for (let i = 0; i < points.length - 1; i++) {
    const start = points[i]!;
    const end = points[i + 1]!;
    segments.push({ start, end, text: body.slice(start, end), marks: marks.filter((m) => m.start <= start && m.end >= end) });
  }
  return segments;
}

/**
 * The quote's surroundings for showing it in place: from the start of the
 * sentence before the one the quote starts in, to the end of the sentence
 * after the one it ends in, capped at `maxChars` on each side (cut at a word).
 */
export function contextAround(body: string, span: Span, maxChars = 400): { before: string; after: string } {
  const starts = [0];
  for (const s of new Intl.Segmenter("en", { granularity: "sentence" }).segment(body)) if (s.index > 0) starts.push(s.index);
  starts.push(body.length);
  const sentenceOf = (offset: number) =>
    Math.max(
      0,
      starts.findLastIndex((s) => s <= offset),
    );
  const from = starts[Math.max(0, sentenceOf(span.start) - 1)]!;
  const to = starts[Math.min(starts.length - 1, sentenceOf(Math.max(span.start, span.end - 1)) + 2)]!;
  let before = body.slice(from, span.start);
  let after = body.slice(span.end, to).trimEnd();
  if (before.length > maxChars) before = "…" + before.slice(-maxChars).replace(/^\S*\s+/, "");
  if (after.length > maxChars) after = after.slice(0, maxChars).replace(/\s+\S*$/, "") + "…";
  return { before: before.trimStart(), after };
}
