import type { DocHit } from "./index";
import type { Token } from "./tokens";
import { coverage, type WeightedClaim } from "./weighting";

// What the learned re-ranker sees of one (claim, article) pair. Every feature
// is a share or a ratio within the request, never a raw corpus count, so the
// weights learned on one corpus carry to a desk's 50 or 20,000 articles.
export const RANK_FEATURES = ["first", "passage", "lead", "names"] as const;
export type RankFeatures = Record<(typeof RANK_FEATURES)[number], number>;

export type DocView = { hit: DocHit; sentTokens: Token[][]; stems: Set<string> };

export function phraseShare(bigrams: Set<string>, toks: Token[]) {
  if (bigrams.size === 0) return 0;
  const seen = new Set<string>();
  for (let i = 1; i < toks.length; i++) {
    const b = `${toks[i - 1]!.stem} ${toks[i]!.stem}`;
    if (bigrams.has(b)) seen.add(b);
  }
  return seen.size / bigrams.size;
}

/**
 * first: the first-stage score against the request's best (BM25 over the
 * article and its best sentence); passage: the best passage's coverage of the
 * claim; lead: coverage by the first two sentences, where news restates what
 * the story is about; names: share of the claim's names in the article (a
 * different name is most likely a different happening).
 */
export function rankFeatures(claim: WeightedClaim, view: DocView, bestFirst: number, passage: number): RankFeatures {
  const q = claim.query;
  const leadToks = view.sentTokens.slice(0, 2).flat();
  return {
    first: view.hit.score / (bestFirst || 1),
    passage,
    lead: coverage(new Set(leadToks.map((t) => t.stem)), claim),
    names: q.names.size ? [...q.names].filter((n) => view.stems.has(n)).length / q.names.size : 1,
  };
}
