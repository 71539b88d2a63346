import { tokenize, type Token } from "./tokens";

// A claim as the ranker sees it: weighted stems, the names and numbers it
// states, its word pairs (for phrase matches) and whether it is itself negative.
export type ClaimQuery = {
  text: string;
  /** The statement alone, without the quote's context (the stance hint reads the claim's own wording from it). */
  statement?: string;
  terms: Map<string, number>;
  names: Set<string>;
  numbers: { value: string; context: string[]; bound: boolean }[];
  /** Most words capitalised, as in a headline: capitals say little about names. */
  titleCase: boolean;
  /** Every lower-cased word, stopwords included. */
  words: Set<string>;
  bigrams: Set<string>;
  negative: boolean;
};

const CONTEXT_WEIGHT = 0.35;
const YEAR = /^(?:19|20)\d\d$/;
const BOUND = /\b(?:under|over|above|below|beyond|more than|less than|fewer than|at least|at most|up to|nearly|almost|about|around|roughly|some)\s+\$?\s*$/i;
// Grammatical negation only: "will not attend". "Cancel" or "delay" in a
// claim is what is claimed, and a passage saying it happened supports it.
const NEGATION = /\b(?:not|never|no longer|won't|wo n't|isn't|aren't|doesn't|don't|didn't|cannot|can't)\b/i;

/**
 * `context` (the claim's quote, when the statement is the editor's own
 * words) adds its terms at a lower weight: the statement says what must be
 * settled, the quote's extra detail only helps find the same happening.
 */
export function analyzeClaim(statement: string, context = ""): ClaimQuery {
  const text = context ? `${statement} ${context}` : statement;
  const main = tokenize(statement);
  const extra = tokenize(context);
  const toks = [...main, ...extra.map((t) => ({ ...t, start: t.start + statement.length + 1, end: t.end + statement.length + 1 }))];
  const terms = new Map<string, number>();
  const names = new Set<string>();
  const numbers: ClaimQuery["numbers"] = [];
  toks.forEach((t: Token, i) => {
    const w = (t.name ? 1.6 : 1) * (i < main.length ? 1 : CONTEXT_WEIGHT);
    terms.set(t.stem, Math.max(terms.get(t.stem) ?? 0, w));
    if (t.name && !t.num) names.add(t.stem);
    if (t.num && !YEAR.test(t.stem)) {
      const before = text.slice(Math.max(0, t.start - 16), t.start);
      numbers.push({ value: t.stem, context: [toks[i - 1]?.stem, toks[i + 1]?.stem].filter((s): s is string => !!s), bound: BOUND.test(before) });
    }
  });
  const bigrams = new Set<string>();
  for (let i = 1; i < toks.length; i++) bigrams.add(`${toks[i - 1]!.stem} ${toks[i]!.stem}`);
  const all = tokenize(text, true);
  const words = new Set(all.map((t) => t.lower));
  const long = all.filter((t) => t.lower.length > 3 && !t.num);
  const titleCase = long.length >= 3 && long.filter((t) => /^\p{Lu}/u.test(text.slice(t.start, t.end))).length / long.length > 0.6;
  return { text, statement, terms, names, numbers, bigrams, words, titleCase, negative: NEGATION.test(text) };
}
