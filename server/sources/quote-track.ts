import "server-only";
import { diffWords, type Change } from "diff";

// What became of a quoted passage when an article's text changed (issue 15):
// the word diff (jsdiff) between the two versions maps the quote's start and
// end in the old text to the new one; what lies between is what the passage
// reads now. No text there means the passage was removed.

export type QuoteFate = { kind: "kept" } | { kind: "removed" } | { kind: "changed"; replacement: string };

type Span = { start: number; end: number };

/**
 * Where an offset of the old text lands in the new one. A start inside
 * deleted text lands where the deletion was; an end inside it lands after
 * whatever was added in its place, so a replaced word counts as the passage.
 */
function mapOffset(parts: Change[], offset: number, isEnd: boolean): number {
  let old = 0;
  let next = 0;
  for (let i = 0; i < parts.length; i++) {
    const { value, added, removed } = parts[i]!;
    if (added) {
      next += value.length;
      continue;
    }
    const inside = isEnd ? offset > old && offset <= old + value.length : offset >= old && offset < old + value.length;
    if (inside && !removed) return next + (offset - old);
    if (inside) {
      if (!isEnd) return next;
      let n = next;
      for (let j = i + 1; j < parts.length && parts[j]!.added; j++) n += parts[j]!.value.length;
      return n;
    }
    old += value.length;
    if (!removed) next += value.length;
  }
  return next;
}

/** The fate of the passage at `span` of `before` in `after` (both texts exact). */
export function trackQuote(before: string, after: string, span: Span): QuoteFate {
  const quote = before.slice(span.start, span.end);
  if (after.includes(quote)) return { kind: "kept" };
  const parts = diffWords(before, after);
  const start = mapOffset(parts, span.start, false);
  const end = mapOffset(parts, span.end, true);
  const replacement = after.slice(start, Math.max(start, end)).trim();
  return replacement ? { kind: "changed", replacement } : { kind: "removed" };
}

/** Where a quote sits in a version's text: at its recorded offsets if they still hold, else its only occurrence. */
export function locateQuote(text: string, quote: { quoteStart: number; quoteEnd: number; quoteText: string }): Span | null {
  if (!quote.quoteText) return null;
  if (text.slice(quote.quoteStart, quote.quoteEnd) === quote.quoteText) return { start: quote.quoteStart, end: quote.quoteEnd };
  const at = text.indexOf(quote.quoteText);
  return at === -1 ? null : { start: at, end: at + quote.quoteText.length };
}

/** A word diff of the quote against what replaced it, for the desk. */
export const wordDiff = (before: string, after: string) =>
  diffWords(before, after).map((p) => ({ text: p.value, op: p.added ? ("added" as const) : p.removed ? ("removed" as const) : ("same" as const) }));
