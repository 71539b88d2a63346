import { tokenize, type Token } from "./tokens";
import { CONTRADICTION, count } from "./cues";

// A claim as the ranker sees it: weighted stems, the names and numbers it
// states, its word pairs (for phrase matches) and whether it is itself negative.
export type ClaimQuery = {
  text: string;
  terms: Map<string, number>;
  names: Set<string>;
  numbers: { value: string; context: string[] }[];
  bigrams: Set<string>;
  negative: boolean;
};

const YEAR = /^(?:19|20)\d\d$/;

export function analyzeClaim(text: string): ClaimQuery {
  const toks = tokenize(text);
  const terms = new Map<string, number>();
  const names = new Set<string>();
  const numbers: ClaimQuery["numbers"] = [];
  toks.forEach((t: Token, i) => {
    const w = t.name ? 1.6 : 1;
    terms.set(t.stem, Math.max(terms.get(t.stem) ?? 0, w));
    if (t.name && !t.num) names.add(t.stem);
    if (t.num && !YEAR.test(t.stem)) numbers.push({ value: t.stem, context: [toks[i - 1]?.stem, toks[i + 1]?.stem].filter((s): s is string => !!s) });
  });
  const bigrams = new Set<string>();
  for (let i = 1; i < toks.length; i++) bigrams.add(`${toks[i - 1]!.stem} ${toks[i]!.stem}`);
  return { text, terms, names, numbers, bigrams, negative: count(CONTRADICTION, text) > 0 };
}
