import type { ClaimQuery } from "./query";

// Term weighting shared by evidence ranking and rumor matching: inverse
// document frequency and "is this stem a name" both come from the indexed
// texts themselves, counted as texts are added and removed, so a desk with 50
// articles and one with 20,000 weigh a claim by their own corpus.

/** What weighting needs to know of a corpus. */
export interface TermSource {
  idf(term: string): number;
  /** Share of a stem's mid-sentence occurrences written capitalised; null when too rare to tell. */
  nameRatio(term: string): number | null;
}

/** Names and numbers tell one happening from another: they weigh more. */
export const NAME_BOOST = 1.6;
const isNumber = (t: string) => /\d/.test(t);

/** Document frequencies and capitalisation counts, kept incrementally. */
export class TermStats implements TermSource {
  private df = new Map<string, number>();
  private seen = new Map<string, number>();
  private capitalised = new Map<string, number>();
  docs = 0;

  /** `terms`: the text's distinct stems; `occurrences`: every token's stem and whether it was written as a name. */
  add(terms: Iterable<string>, occurrences: { stem: string; name: boolean; initial: boolean }[] = [], sign: 1 | -1 = 1) {
    this.docs += sign;
    for (const t of terms) bump(this.df, t, sign);
    for (const o of occurrences) {
      if (!o.initial) bump(this.seen, o.stem, sign);
      if (o.name) bump(this.capitalised, o.stem, sign);
    }
  }

  get size() {
    return this.docs;
  }

  docFreq(term: string) {
    return this.df.get(term) ?? 0;
  }

  /** BM25's idf, never negative. */
  idf(term: string) {
    const n = Math.max(this.docs, 1);
    const df = this.docFreq(term);
    return Math.log(1 + (n - df + 0.5) / (df + 0.5));
  }

  nameRatio(term: string) {
    const n = this.seen.get(term) ?? 0;
    return n < 2 ? null : (this.capitalised.get(term) ?? 0) / n;
  }
}

function bump(map: Map<string, number>, key: string, by: number) {
  const v = (map.get(key) ?? 0) + by;
  if (v <= 0) map.delete(key);
  else map.set(key, v);
}

/**
 * Names are settled against the corpus: a stem the texts mostly write
 * capitalised is a name whatever the claim's own casing (headlines capitalise
 * every word). Returns the claim with corrected names and boosts.
 */
export function withCorpusNames(source: TermSource, q: ClaimQuery): ClaimQuery {
  const names = new Set<string>();
  const terms = new Map<string, number>();
  for (const [t, boost] of q.terms) {
    const ratio = source.nameRatio(t);
    const isName = isNumber(t) ? false : ratio !== null ? ratio >= 0.6 || (!q.titleCase && q.names.has(t) && ratio >= 0.3) : !q.titleCase && q.names.has(t);
    if (isName) names.add(t);
    // Keep the claim's own down-weighting of context terms; names count more.
    const base = boost / (q.names.has(t) || isNumber(t) ? NAME_BOOST : 1);
    terms.set(t, base * (isName || isNumber(t) ? NAME_BOOST : 1));
  }
  return { ...q, names, terms };
}

export type WeightedClaim = { query: ClaimQuery; w: Map<string, number>; total: number };

/** The claim's terms weighted by idf × boost, and their sum (for coverage shares). */
export function weighClaim(source: TermSource, query: ClaimQuery): WeightedClaim {
  const q = withCorpusNames(source, query);
  const w = new Map<string, number>();
  let total = 0;
  for (const [t, boost] of q.terms) {
    const v = source.idf(t) * boost;
    w.set(t, v);
    total += v;
  }
  return { query: q, w, total: total || 1 };
}

/** Weighted share of the claim's terms found in `present`. */
export function coverage(present: Set<string>, claim: WeightedClaim) {
  let s = 0;
  for (const [t, v] of claim.w) if (present.has(t)) s += v;
  return s / claim.total;
}
