// A track record as it stood at a past instant (issue 17): what an outlet's
// page said then, rebuilt from the verdict history. A claim counts from the
// time it was published; its rating at instant T is its latest override
// published by T, else its rumor's latest rumor-wide verdict published by T
// read through its stance; a rumor void by T counts nowhere. (A verdict or
// claim unpublished since is not in the history: the record follows what is
// public now, back in time.)
import { addToTier, calibrate, type Calibration, type TierProbabilities } from "./calibration";
import { emptyCounts, weightedAccuracy, type Accuracy, type RatingCounts } from "./scoring";
import { CLAIM_STANCES, ratingThrough, type ClaimStance } from "./stance";
import type { Rating } from "./verdicts";

type HistoryClaim = { id: string; rumorId: string; stance: ClaimStance; certainty: string; publishedAt: Date };
type HistoryVerdict = { rumorId: string; claimId: string | null; rating: Rating; publishedAt: Date; decidedAt: Date };
export type HistoryData = { claims: HistoryClaim[]; verdicts: HistoryVerdict[]; voidedAt: Map<string, Date> };

export type RecordAt = { total: number; counts: RatingCounts; accuracy: Accuracy; calibration: Calibration };

type Change = { at: number; rating: Rating };
// A claim with everything the replay asks of it per instant precomputed:
// replaying 24 month ends over an outlet's 10,000 claims is the hot loop.
type Prepared = {
  publishedAt: number;
  voidedAt: number;
  stance: ClaimStance;
  certainty: string;
  own: Change[] | undefined;
  rumor: Change[] | undefined;
};

function prepare(data: HistoryData): Prepared[] {
  const rumor = new Map<string, Change[]>();
  const claim = new Map<string, Change[]>();
  // Oldest first, as the current verdict is the latest by publication, then decision.
  const sorted = [...data.verdicts].sort((a, b) => a.publishedAt.getTime() - b.publishedAt.getTime() || a.decidedAt.getTime() - b.decidedAt.getTime());
  for (const v of sorted) {
    const into = v.claimId ? claim : rumor;
    const key = v.claimId ?? v.rumorId;
    const change = { at: v.publishedAt.getTime(), rating: v.rating };
    const list = into.get(key);
    if (list) list.push(change);
    else into.set(key, [change]);
  }
  return data.claims.map((c) => ({
    publishedAt: c.publishedAt.getTime(),
    voidedAt: data.voidedAt.get(c.rumorId)?.getTime() ?? Infinity,
    stance: (CLAIM_STANCES as readonly string[]).includes(c.stance) ? c.stance : "asserts",
    certainty: c.certainty,
    own: claim.get(c.id),
    rumor: rumor.get(c.rumorId),
  }));
}

function latestBy(list: Change[] | undefined, at: number): Rating | null {
  if (!list) return null;
  for (let i = list.length - 1; i >= 0; i--) if (list[i]!.at <= at) return list[i]!.rating;
  return null;
}

function recordWith(claims: Prepared[], at: Date, probabilities: TierProbabilities): RecordAt {
  const t = at.getTime();
  const byStance: Record<ClaimStance, RatingCounts> = { asserts: emptyCounts(), hedges: emptyCounts(), denies: emptyCounts() };
  const byTier: Partial<Record<string, RatingCounts>> = {};
  const counts = emptyCounts();
  let total = 0;
  for (const c of claims) {
    if (c.publishedAt > t || c.voidedAt <= t) continue;
    const key = latestBy(c.own, t) ?? ratingThrough(c.stance, latestBy(c.rumor, t)) ?? "pending";
    byStance[c.stance][key]++;
    counts[key]++;
    total++;
    addToTier(byTier, c.certainty, key, 1);
  }
  return { total, counts, accuracy: weightedAccuracy(byStance), calibration: calibrate(byTier, probabilities) };
}

/** The record as it stood at `at`. */
export function recordAsOf(data: HistoryData, at: Date, probabilities: TierProbabilities): RecordAt {
  return recordWith(prepare(data), at, probabilities);
}

export type HistoryPoint = { month: string; n: number; score: number | null; low: number; high: number };

/**
 * The last instant of calendar months (UTC) from the first claim's month to
 * `now`'s (the current month ends at `now`): every month, or every k-th
 * counted back from the current one so that at most `limit` remain.
 */
export function monthEnds(first: Date, now: Date, limit = 24): { month: string; end: Date }[] {
  const all: { month: string; end: Date }[] = [];
  let y = first.getUTCFullYear();
  let m = first.getUTCMonth();
  while (y < now.getUTCFullYear() || (y === now.getUTCFullYear() && m <= now.getUTCMonth())) {
    const end = new Date(Math.min(Date.UTC(y, m + 1, 1) - 1, now.getTime()));
    all.push({ month: `${y}-${String(m + 1).padStart(2, "0")}`, end });
    m++;
    if (m === 12) [y, m] = [y + 1, 0];
  }
  const step = Math.ceil(all.length / limit);
  return all.filter((_, i) => (all.length - 1 - i) % step === 0);
}

/** The outlet's accuracy at the end of each month (or every k-th month over a long span; the last point is now). */
export function recordHistory(data: HistoryData, now: Date, probabilities: TierProbabilities): HistoryPoint[] {
  if (data.claims.length === 0) return [];
  const claims = prepare(data);
  const first = new Date(claims.reduce((min, c) => Math.min(min, c.publishedAt), Infinity));
  return monthEnds(first, now).map(({ month, end }) => {
    const { accuracy } = recordWith(claims, end, probabilities);
    return { month, n: accuracy.n, score: accuracy.score, low: accuracy.low, high: accuracy.high };
  });
}
