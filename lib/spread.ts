// How a rumor spread: who printed it first, who relayed, who doubted it, and
// its appearances bucketed over time for the rumor page's chart (issue 12).
import type { ClaimStance } from "./stance";

type Appearance = { stance: ClaimStance; own: boolean; origin: boolean; article: { outlet: string; outletSlug: string; publishedAt: string } };
type OutletRef = { name: string; slug: string };

export type SpreadSummary = {
  first: { outlet: OutletRef; publishedAt: string } | null;
  /** Outlets that carried it in their own voice (asserting or hedging), after the first. */
  followed: OutletRef[];
  /** Outlets that attributed it to someone else. */
  relayed: OutletRef[];
  /** Outlets that hedged it ("reportedly", "may"). */
  hedged: OutletRef[];
  /** Outlets that denied it. */
  denied: OutletRef[];
};

function outlets(list: Appearance[]): OutletRef[] {
  const seen = new Map<string, OutletRef>();
  for (const a of list) if (!seen.has(a.article.outletSlug)) seen.set(a.article.outletSlug, { name: a.article.outlet, slug: a.article.outletSlug });
  return [...seen.values()];
}

/** Who did what, each outlet once per role, in order of first appearance (`appearances` oldest first). */
export function spreadSummary(appearances: Appearance[]): SpreadSummary {
  const origin = appearances.find((a) => a.origin) ?? appearances[0];
  const rest = appearances.filter((a) => a !== origin);
  return {
    first: origin ? { outlet: { name: origin.article.outlet, slug: origin.article.outletSlug }, publishedAt: origin.article.publishedAt } : null,
    followed: outlets(rest.filter((a) => a.own && a.stance !== "denies")),
    relayed: outlets(appearances.filter((a) => !a.own && a.stance !== "denies")),
    hedged: outlets(appearances.filter((a) => a.stance === "hedges")),
    denied: outlets(appearances.filter((a) => a.stance === "denies")),
  };
}

type SpreadBucket = { start: string; counts: Record<ClaimStance, number>; total: number };
export type SpreadSeries = { days: number; buckets: SpreadBucket[]; until: string | null };

const DAY_MS = 86_400_000;
const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);
/** At most this many bars: a longer span groups days into weeks or longer. */
const MAX_BUCKETS = 40;

/**
 * Appearances per stretch of days, from the first appearance to the event
 * (or deadline; to the last appearance when there is neither or it came
 * later), every stretch present even when empty so the gaps show.
 */
export function spreadSeries(appearances: Pick<Appearance, "stance" | "article">[], until: string | null): SpreadSeries {
  if (appearances.length === 0) return { days: 1, buckets: [], until };
  const times = appearances.map((a) => Date.parse(a.article.publishedAt.slice(0, 10)));
  const start = Math.min(...times);
  const end = Math.max(...times, until ? Date.parse(until) : start);
  const span = Math.floor((end - start) / DAY_MS) + 1;
  const days = span <= MAX_BUCKETS ? 1 : span <= MAX_BUCKETS * 7 ? 7 : Math.ceil(span / MAX_BUCKETS);
  const buckets: SpreadBucket[] = Array.from({ length: Math.ceil(span / days) }, (_, i) => ({
    start: day(start + i * days * DAY_MS),
    counts: { asserts: 0, hedges: 0, denies: 0 },
    total: 0,
  }));
  appearances.forEach((a, i) => {
    const b = buckets[Math.floor((times[i]! - start) / DAY_MS / days)]!;
    b.counts[a.stance]++;
    b.total++;
  });
  return { days, buckets, until };
}
