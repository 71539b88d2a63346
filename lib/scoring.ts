import { CLAIM_STANCES, type ClaimStance } from "./stance";
import { RATINGS, type RatingOrPending } from "./verdicts";

export type RatingCounts = Record<RatingOrPending, number>;

export function emptyCounts(): RatingCounts {
  return { confirmed: 0, partly_confirmed: 0, refuted: 0, unverifiable: 0, pending: 0 };
}

export function countRatings(ratings: Iterable<RatingOrPending>): RatingCounts {
  const counts = emptyCounts();
  for (const r of ratings) counts[r]++;
  return counts;
}

export type Accuracy = {
  /** Resolved claims (confirmed + partly + refuted). */
  n: number;
  /** The sample size the interval uses: resolved claims, a hedged one counting as STANCE_WEIGHT.hedges. */
  weight: number;
  /** Weighted mean score over resolved claims, or null when there are none. */
  score: number | null;
  /** 95% Wilson score interval of the score; [0, 1] when n = 0. */
  low: number;
  high: number;
};

/**
 * Wilson score interval (E. B. Wilson, "Probable inference, the law of
 * succession, and statistical inference", JASA 22, 1927):
 *   centre = (p + z²/2n) / (1 + z²/n)
 *   half   = z·√(p(1−p)/n + z²/4n²) / (1 + z²/n)
 * A partly confirmed claim counts as half a success, so p may be any
 * proportion in [0, 1]; the formula only needs p and n.
 */
export function wilsonInterval(p: number, n: number, z = 1.959964): { low: number; high: number } {
  if (n <= 0) return { low: 0, high: 1 };
  const z2 = z * z;
  const denom = 1 + z2 / n;
  const centre = (p + z2 / (2 * n)) / denom;
  const half = (z * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n))) / denom;
  return { low: Math.max(0, centre - half), high: Math.min(1, centre + half) };
}

/**
 * How much one claim weighs in a score, by its stance toward its rumor. A
 * hedge ("reportedly", "may") passes a rumor on without vouching for it: it
 * is half a claim, so a hedged rumor that proved wrong costs half what an
 * asserted one costs, and a hedged rumor that proved right earns half the
 * credit. Hedging everything therefore cannot buy a better score, only a
 * smaller sample and so a wider interval (and a lower rank). A denial is
 * as firm as an assertion; it is scored through its flipped rating.
 */
export const STANCE_WEIGHT: Record<ClaimStance, number> = { asserts: 1, hedges: 0.5, denies: 1 };

export type StanceCounts = Partial<Record<ClaimStance, RatingCounts>>;

/**
 * Accuracy over claims of several stances: each resolved claim scores
 * confirmed 1, partly 0.5, refuted 0 (its own rating, read through its
 * stance) and weighs STANCE_WEIGHT of its stance; the score is the weighted
 * mean and the Wilson interval uses the summed weight as its sample size.
 */
export function weightedAccuracy(byStance: StanceCounts): Accuracy {
  let n = 0;
  let weight = 0;
  let points = 0;
  for (const stance of CLAIM_STANCES) {
    const c = byStance[stance];
    if (!c) continue;
    const resolved = c.confirmed + c.partly_confirmed + c.refuted;
    const w = STANCE_WEIGHT[stance];
    n += resolved;
    weight += w * resolved;
    points += w * (c.confirmed + 0.5 * c.partly_confirmed);
  }
  if (n === 0) return { n: 0, weight: 0, score: null, low: 0, high: 1 };
  const score = points / weight;
  return { n, weight, score, ...wilsonInterval(score, weight) };
}

/**
 * Accuracy counts resolved claims only: confirmed = 1, partly = 0.5,
 * refuted = 0. Pending and unverifiable claims say nothing about being right.
 * Every claim weighs 1 here (as asserted claims do in weightedAccuracy).
 */
export function accuracy(counts: RatingCounts): Accuracy {
  return weightedAccuracy({ asserts: counts });
}

export type Ranked<T> = T & { rank: number | null };

/**
 * Orders by the interval's lower bound, so two lucky claims do not outrank a
 * long record; ties go to the larger sample, then the name. Entries without
 * resolved claims come last, unranked.
 */
export function rankByLowerBound<T extends { name: string; accuracy: Accuracy }>(items: T[]): Ranked<T>[] {
  const sorted = [...items].sort((a, b) => {
    const ra = a.accuracy.n > 0 ? 1 : 0;
    const rb = b.accuracy.n > 0 ? 1 : 0;
    return rb - ra || b.accuracy.low - a.accuracy.low || b.accuracy.n - a.accuracy.n || a.name.localeCompare(b.name);
  });
  let rank = 0;
  return sorted.map((item) => ({ ...item, rank: item.accuracy.n > 0 ? ++rank : null }));
}

export function formatPercent(value: number | null): string {
  return value === null ? "—" : `${Math.round(value * 100)}%`;
}

export const RATING_ORDER: RatingOrPending[] = [...RATINGS, "pending"];
