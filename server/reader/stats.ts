import "server-only";
import type { EventTally, OutletStanding } from "@/lib/contracts/reader";
import { dayOf } from "@/lib/dates";
import { emptyCounts, rankByLowerBound, weightedAccuracy, type Accuracy, type RatingCounts } from "@/lib/scoring";
import { CLAIM_STANCES, type ClaimStance } from "@/lib/stance";
import type { RatingOrPending } from "@/lib/verdicts";
import { db, type Prisma } from "@/server/platform/db";
import { decodeKey, encodeKey } from "@/server/platform/keyset";
import { cachedRead } from "@/server/cache/reader-cache";

// Every figure on the dashboard, the outlet pages and the events list comes
// from the tallies (OutletTally, EventTally: published claims counted by
// outlet, attribution and rating, and by event and rating), which the write
// path keeps in the same transaction as each change (server/claims/facts.ts).
// So a render reads a few rows per outlet or event, never every claim.

type Part = { total: number; counts: RatingCounts; accuracy: Accuracy };

// "void" (claims of a void rumor, issue 17) is in no count and no score.
function add(into: RatingCounts, rating: string, n: number) {
  if (rating in into) into[rating as RatingOrPending] += n;
}

/** Counts per stance and rating, scored with each stance's weight. */
class Tally {
  readonly byStance: Record<ClaimStance, RatingCounts> = { asserts: emptyCounts(), hedges: emptyCounts(), denies: emptyCounts() };
  add(stance: string, rating: string, n: number) {
    add(this.byStance[(CLAIM_STANCES as readonly string[]).includes(stance) ? (stance as ClaimStance) : "asserts"], rating, n);
  }
  part(only?: ClaimStance): Part {
    const counts = emptyCounts();
    for (const stance of only ? [only] : CLAIM_STANCES) for (const [k, v] of Object.entries(this.byStance[stance])) add(counts, k, v);
    const total = Object.values(counts).reduce((a, b) => a + b, 0);
    return { total, counts, accuracy: weightedAccuracy(only ? { [only]: this.byStance[only] } : this.byStance) };
  }
}

type TallyRow = { own: boolean; stance: string; origin: boolean; rating: string; count: number };

/** One outlet's OutletTally rows as its record: all its claims, its own, those it relayed, its first appearances, by stance. */
export class OutletTallies {
  readonly all = new Tally();
  readonly own = new Tally();
  readonly relayed = new Tally();
  readonly origins = new Tally();
  constructor(
    readonly name: string,
    readonly slug: string,
  ) {}
  add(r: TallyRow) {
    this.all.add(r.stance, r.rating, r.count);
    (r.own ? this.own : this.relayed).add(r.stance, r.rating, r.count);
    if (r.origin) this.origins.add(r.stance, r.rating, r.count);
  }
  standing(): Omit<OutletStanding, "rank"> {
    const { name, slug, all, own, relayed, origins } = this;
    return {
      name,
      slug,
      ...all.part(),
      own: own.part(),
      relayed: relayed.part(),
      origins: origins.part(),
      stances: { asserts: all.part("asserts"), hedges: all.part("hedges"), denies: all.part("denies") },
    };
  }
}

async function computeStandings(): Promise<OutletStanding[]> {
  // outlet × own × stance × origin × rating: a few dozen rows per outlet at most.
  const rows = await db.outletTally.findMany({
    where: { count: { gt: 0 } },
    select: { own: true, stance: true, origin: true, rating: true, count: true, outlet: { select: { id: true, name: true, slug: true } } },
  });
  const byOutlet = new Map<string, OutletTallies>();
  for (const r of rows) {
    let o = byOutlet.get(r.outlet.id);
    if (!o) byOutlet.set(r.outlet.id, (o = new OutletTallies(r.outlet.name, r.outlet.slug)));
    o.add(r);
  }
  return rankByLowerBound([...byOutlet.values()].map((o) => o.standing()));
}

/** Every outlet with reader-visible claims, ranked (the leaderboard). */
export function outletStandings(): Promise<OutletStanding[]> {
  return cachedRead("standings", computeStandings);
}

/** Headline figures from the standings (or the dashboard's ranking): reader-visible claims by rating (the sum over the outlets, every claim has one). */
export function totalsOf(standings: Pick<OutletStanding, "counts">[]): { total: number; counts: RatingCounts } {
  const counts = emptyCounts();
  for (const o of standings) for (const [k, v] of Object.entries(o.counts)) add(counts, k, v);
  return { total: Object.values(counts).reduce((a, b) => a + b, 0), counts };
}

/** Headline figures: reader-visible claims by rating. */
export async function readerTotals(): Promise<{ total: number; counts: RatingCounts }> {
  return totalsOf(await outletStandings());
}

/**
 * Rumors readers see (those with a published claim): the event tallies'
 * sum (they count such rumors per event) plus those without an event (only
 * data from before publishing required an event has them), so the cost
 * follows the number of events, not of rumors.
 */
export function readerRumorCount(): Promise<number> {
  return cachedRead("rumor-count", async () => {
    const [withEvent, withoutEvent] = await Promise.all([
      db.eventTally.aggregate({ _sum: { count: true } }),
      db.rumor.count({ where: { eventId: null, publicClaims: { gt: 0 } } }),
    ]);
    return (withEvent._sum.count ?? 0) + withoutEvent;
  });
}

const eventSelect = {
  id: true,
  name: true,
  slug: true,
  date: true,
  timeZone: true,
  place: true,
  description: true,
  tallies: { where: { count: { gt: 0 } }, select: { rating: true, count: true } },
} as const;

function toTally(e: Prisma.EventGetPayload<{ select: typeof eventSelect }>): EventTally {
  const counts = emptyCounts();
  for (const t of e.tallies) add(counts, t.rating, t.count);
  const { tallies: _t, date, ...event } = e;
  void _t;
  return { ...event, date: dayOf(date), total: Object.values(counts).reduce((a, b) => a + b, 0), counts };
}

export type EventTallyPage = { items: EventTally[]; nextCursor: string | null };

// Events newest first (then by name, then id): the cursor is that key.
const eventOrder: Prisma.EventOrderByWithRelationInput[] = [{ date: "desc" }, { name: "asc" }, { id: "asc" }];

function afterEvent(cursor: string | undefined): Prisma.EventWhereInput {
  if (!cursor) return {};
  const [date, name, id] = decodeKey(cursor, ["date", "string", "string"]);
  return {
    date: { lte: date },
    OR: [{ date: { lt: date } }, { date, name: { gt: name } }, { date, name, id: { gt: id } }],
  };
}

/**
 * Events with their verdict counts, newest first, one page at a time.
 * `withClaims` keeps only events readers have claims for (the chart); the
 * API lists every event.
 */
export function eventTallies(page: { cursor?: string; limit?: number; withClaims?: boolean } = {}): Promise<EventTallyPage> {
  const limit = page.limit ?? 50;
  return cachedRead(`event-tallies:${JSON.stringify(page)}`, async () => {
    const rows = await db.event.findMany({
      where: { AND: [afterEvent(page.cursor), page.withClaims === false ? {} : { tallies: { some: { count: { gt: 0 } } } }] },
      orderBy: eventOrder,
      take: limit + 1,
      select: eventSelect,
    });
    const items = rows.slice(0, limit).map(toTally);
    const last = rows.length > limit ? rows[limit - 1]! : null;
    return { items, nextCursor: last ? encodeKey([last.date, last.name, last.id]) : null };
  });
}

/** One event's verdict counts (its reader-visible claims). */
export async function eventCounts(eventId: string): Promise<{ total: number; counts: RatingCounts }> {
  const rows = await db.eventTally.findMany({ where: { eventId, count: { gt: 0 } }, select: { rating: true, count: true } });
  const counts = emptyCounts();
  for (const r of rows) add(counts, r.rating, r.count);
  return { total: Object.values(counts).reduce((a, b) => a + b, 0), counts };
}
