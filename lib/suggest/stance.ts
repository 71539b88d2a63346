import { CONTRADICTION, HEDGE, REFUTATION, count, matches } from "./cues";
import type { ClaimQuery } from "./query";
import type { Token } from "./tokens";

export type Stance = "supports" | "contradicts" | "mentions";

export type StanceInput = {
  query: ClaimQuery;
  /** The passage's own text and tokens. */
  passage: string;
  tokens: Token[];
  /** Share of the claim's weighted terms found in the passage (0..1). */
  coverage: number;
  /** The whole article, for article-wide refutation or hedging. */
  docText: string;
};

export type StanceHint = { stance: Stance; cues: string[] };

/**
 * Numbers that disagree: the claim says "$999 price" and the passage gives a
 * different number next to the same word ("priced at 1,199"). Years are left
 * out: they date things rather than state them.
 */
export function numberConflict(query: ClaimQuery, tokens: Token[]): string | null {
  for (const n of query.numbers) {
    if (tokens.some((t) => t.stem === n.value)) continue;
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i]!;
      if (!t.num || /^(?:19|20)\d\d$/.test(t.stem)) continue;
      const near = [tokens[i - 1]?.stem, tokens[i + 1]?.stem];
      if (n.context.some((c) => near.includes(c))) return `${t.lower} ≠ ${n.value}`;
    }
  }
  return null;
}

export function stanceOf({ query, passage, tokens, coverage, docText }: StanceInput): StanceHint {
  const contra = matches(CONTRADICTION, passage);
  const hedges = matches(HEDGE, passage);
  const docRefutes = count(REFUTATION, docText);
  const conflict = numberConflict(query, tokens);
  // A negative claim ("will not attend") is settled by a negative passage.
  const negated = contra.length > 0 !== query.negative;
  if (conflict) return { stance: "contradicts", cues: [conflict] };
  if (contra.length > 0 && negated) return { stance: "contradicts", cues: contra.slice(0, 3) };
  if (!query.negative && docRefutes >= 2) return { stance: "contradicts", cues: matches(REFUTATION, docText).slice(0, 3) };
  if (hedges.length > 0 || coverage < 0.45) return { stance: "mentions", cues: hedges.slice(0, 3) };
  if (query.negative && contra.length === 0) return { stance: "contradicts", cues: [] };
  return { stance: "supports", cues: [] };
}
