// A track record as it stood at a past instant (issue 17): what an outlet's
// page said then, rebuilt from the verdict history. A claim counts from the
// time it was published; its rating at instant T is its latest override
// published by T, else its rumor's latest rumor-wide verdict published by T
// read through its stance; a rumor void at T counts nowhere, whether it was
// voided for good or the void was undone later, and a rumor voided after T
// counts as it did then. (A verdict or claim unpublished since is not in the
// history: the record follows what is public now, back in time.)
import { addToTier, calibrate, type Calibration, type TierProbabilities } from "./calibration";
import { emptyCounts, weightedAccuracy, type Accuracy, type RatingCounts } from "./scoring";
import { CLAIM_STANCES, ratingThrough, type ClaimStance } from "./stance";
import type { Rating, RatingOrPending } from "./verdicts";

type HistoryClaim = { id: string; rumorId: string; stance: ClaimStance; certainty: string; publishedAt: Date };
type HistoryVerdict = { rumorId: string; claimId: string | null; rating: Rating; publishedAt: Date; decidedAt: Date };
/** A rumor voided (`void: true`) or its void undone, at `at`: the audit log's rumor.void and rumor.unvoid. */
export type VoidChange = { at: Date; void: boolean };
export type HistoryData = { claims: HistoryClaim[]; verdicts: HistoryVerdict[]; voids: Map<string, VoidChange[]> };

/**
 * Whether a rumor was void at instant `at`, from its void changes (any order):
 * the latest change by then decides; none means it was not.
 */
export function voidAt(changes: VoidChange[] | undefined, at: number): boolean {
  let latest: VoidChange | null = null;
  for (const c of changes ?? []) if (c.at.getTime() <= at && (!latest || c.at.getTime() >= latest.at.getTime())) latest = c;
  return latest?.void ?? false;
}

export type RecordAt = { total: number; counts: RatingCounts; accuracy: Accuracy; calibration: Calibration };

type Index = { rumor: Map<string, HistoryVerdict[]>; claim: Map<string, HistoryVerdict[]> };

function index(verdicts: HistoryVerdict[]): Index {
  const rumor = new Map<string, HistoryVerdict[]>();
  const claim = new Map<string, HistoryVerdict[]>();
  // Oldest first, as the current verdict is the latest by publication, then decision.
  const sorted = [...verdicts].sort((a, b) => a.publishedAt.getTime() - b.publishedAt.getTime() || a.decidedAt.getTime() - b.decidedAt.getTime());
  for (const v of sorted) {
    const into = v.claimId ? claim : rumor;
    const key = v.claimId ?? v.rumorId;
    const list = into.get(key);
    if (list) list.push(v);
    else into.set(key, [v]);
  }
  return { rumor, claim };
}

function latestBy(list: HistoryVerdict[] | undefined, at: number): Rating | null {
  if (!list) return null;
  for (let i = list.length - 1; i >= 0; i--) if (list[i]!.publishedAt.getTime() <= at) return list[i]!.rating;
  return null;
}

function recordWith(data: HistoryData, idx: Index, at: Date, probabilities: TierProbabilities): RecordAt {
  const t = at.getTime();
  const byStance: Record<ClaimStance, RatingCounts> = { asserts: emptyCounts(), hedges: emptyCounts(), denies: emptyCounts() };
  const byTier: Partial<Record<string, RatingCounts>> = {};
  const counts = emptyCounts();
  let total = 0;
  for (const c of data.claims) {
    if (c.publishedAt.getTime() > t) continue;
    if (voidAt(data.voids.get(c.rumorId), t)) continue;
    const rating = latestBy(idx.claim.get(c.id), t) ?? ratingThrough(c.stance, latestBy(idx.rumor.get(c.rumorId), t));
    const key = rating ?? "pending";
    byStance[(CLAIM_STANCES as readonly string[]).includes(c.stance) ? c.stance : "asserts"][key]++;
    counts[key]++;
    total++;
    addToTier(byTier, c.certainty, key, 1);
  }
  return { total, counts, accuracy: weightedAccuracy(byStance), calibration: calibrate(byTier, probabilities) };
}

/**
 * One claim as it stood at `at`: null when it was not published yet, "void"
 * when its rumor was void then, else its rating then (same rules as a record).
 */
export function claimStateAt(data: HistoryData, claimId: string, at: Date): RatingOrPending | "void" | null {
  const c = data.claims.find((x) => x.id === claimId);
  const t = at.getTime();
  if (!c || c.publishedAt.getTime() > t) return null;
  if (voidAt(data.voids.get(c.rumorId), t)) return "void";
  const idx = index(data.verdicts);
  return latestBy(idx.claim.get(c.id), t) ?? ratingThrough(c.stance, latestBy(idx.rumor.get(c.rumorId), t)) ?? "pending";
}

/** The record as it stood at `at`. */
export function recordAsOf(data: HistoryData, at: Date, probabilities: TierProbabilities): RecordAt {
  return recordWith(data, index(data.verdicts), at, probabilities);
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

type State = RatingOrPending | null;

/** What a claim's state depends on: its overrides, its rumor's rumor-wide verdicts and its rumor's void changes. */
type ClaimInputs = { own: HistoryVerdict[] | undefined; rumor: HistoryVerdict[] | undefined; voids: VoidChange[] | undefined };

/** One claim's state at `t` (null: not counted then, unpublished or void), by the rules of a record. */
function stateAt(c: HistoryClaim, inputs: ClaimInputs, t: number): State {
  if (c.publishedAt.getTime() > t) return null;
  if (voidAt(inputs.voids, t)) return null;
  return latestBy(inputs.own, t) ?? ratingThrough(c.stance, latestBy(inputs.rumor, t)) ?? "pending";
}

/** The instants a claim's state can change, ascending and distinct: its publication, its and its rumor's verdicts, its rumor's voids and undos. */
function changeTimes(c: HistoryClaim, inputs: ClaimInputs): number[] {
  const from = c.publishedAt.getTime();
  const times = [from];
  for (const list of [inputs.own, inputs.rumor]) for (const v of list ?? []) if (v.publishedAt.getTime() >= from) times.push(v.publishedAt.getTime());
  for (const change of inputs.voids ?? []) if (change.at.getTime() >= from) times.push(change.at.getTime());
  if (times.length === 1) return times;
  times.sort((a, b) => a - b);
  return times.filter((t, i) => i === 0 || t !== times[i - 1]);
}

/** The index of the first instant in `sorted` at or after `t` (sorted.length when none). */
function firstAtOrAfter(sorted: number[], t: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! < t) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

const stanceOf = (c: HistoryClaim): ClaimStance => ((CLAIM_STANCES as readonly string[]).includes(c.stance) ? c.stance : "asserts");

/**
 * The outlet's accuracy at the end of each month (or every k-th month over a
 * long span; the last point is now): the accuracy `recordAsOf` gives at each
 * month's end, in one sweep rather than one pass per month: each claim adds
 * its state changes (a claim's state is a step function of time, changing only
 * at its change times) to the first month ending at or after them, and the
 * months' counts are the running sum.
 */
export function recordHistory(data: HistoryData, now: Date): HistoryPoint[] {
  if (data.claims.length === 0) return [];
  const idx = index(data.verdicts);
  const first = new Date(data.claims.reduce((min, c) => Math.min(min, c.publishedAt.getTime()), Infinity));
  const ends = monthEnds(first, now);
  const times = ends.map((e) => e.end.getTime());
  const deltas = ends.map(() => ({ asserts: emptyCounts(), hedges: emptyCounts(), denies: emptyCounts() }) as Record<ClaimStance, RatingCounts>);
  for (const c of data.claims) {
    const stance = stanceOf(c);
    const inputs: ClaimInputs = { own: idx.claim.get(c.id), rumor: idx.rumor.get(c.rumorId), voids: data.voids.get(c.rumorId) };
    let before: State = null;
    for (const t of changeTimes(c, inputs)) {
      const state = stateAt(c, inputs, t);
      if (state === before) continue;
      const month = firstAtOrAfter(times, t);
      if (month === times.length) break;
      if (before) deltas[month]![stance][before]--;
      if (state) deltas[month]![stance][state]++;
      before = state;
    }
  }
  const running: Record<ClaimStance, RatingCounts> = { asserts: emptyCounts(), hedges: emptyCounts(), denies: emptyCounts() };
  return ends.map(({ month }, i) => {
    for (const stance of CLAIM_STANCES) for (const [k, v] of Object.entries(deltas[i]![stance])) running[stance][k as RatingOrPending] += v;
    const accuracy = weightedAccuracy(running);
    return { month, n: accuracy.n, score: accuracy.score, low: accuracy.low, high: accuracy.high };
  });
}
