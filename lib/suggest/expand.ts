import type { DocHit, PassageIndex } from "./index";
import { tokenize } from "./tokens";
import type { WeightedClaim } from "./weighting";

// Query expansion from the desk's own articles: the articles that best match
// a short claim name what it only implies ("Scottish restaurant" → Scotland,
// "beheading of American journalist" → Foley). Words that several of the
// best articles' leads and best sentences share join the claim at a low
// weight; nothing is learned, only the indexed articles are read.
const TOP = 5;
const MIN_DOCS = 3;
const MAX_TERMS = 6;
const EXPANSION_WEIGHT = 0.3;

/** How many of the claim's best-matching articles are read. */
export const EXPANSION_DOCS = TOP;

/** `found`: `index.retrieve(claim.query.terms, EXPANSION_DOCS)` when the caller already has it. */
export function expandClaim(index: PassageIndex, claim: WeightedClaim, found?: DocHit[]): WeightedClaim {
  const hits = found ?? index.retrieve(claim.query.terms, TOP);
  if (hits.length < MIN_DOCS) return claim;
  const docsWith = new Map<string, number>();
  for (const hit of hits) {
    const doc = index.doc(hit.doc);
    const best = index.sentenceOf(hit.best).local;
    const stems = new Set<string>();
    for (const s of new Set([0, best])) for (const t of tokenize(doc.sentences[s]?.text ?? "")) stems.add(t.stem);
    for (const t of stems) if (!claim.w.has(t)) docsWith.set(t, (docsWith.get(t) ?? 0) + 1);
  }
  const extra = [...docsWith]
    .filter(([, n]) => n >= MIN_DOCS)
    .map(([t, n]) => [t, index.idf(t) * (n / hits.length)] as const)
    .sort((a, b) => b[1] - a[1])
    .slice(0, MAX_TERMS);
  if (extra.length === 0) return claim;
  const w = new Map(claim.w);
  for (const [t, v] of extra) w.set(t, v * EXPANSION_WEIGHT);
  return { ...claim, w };
}
