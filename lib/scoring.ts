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
  /** Resolved claims (confirmed + partly + refuted): the sample size. */
  n: number;
  /** Mean score over resolved claims, or null when there are none. */
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
 * Accuracy counts resolved claims only: confirmed = 1, partly = 0.5,
 * refuted = 0. Pending and unverifiable claims say nothing about being right.
 */
export function accuracy(counts: RatingCounts): Accuracy {
  const n = counts.confirmed + counts.partly_confirmed + counts.refuted;
  if (n === 0) return { n: 0, score: null, low: 0, high: 1 };
  const score = (counts.confirmed + 0.5 * counts.partly_confirmed) / n;
  return { n, score, ...wilsonInterval(score, n) };
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
