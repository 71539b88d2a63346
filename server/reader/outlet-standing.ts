import "server-only";
import type { LeadTime, OutletStanding } from "@/lib/contracts/reader";
import { rankByLowerBound } from "@/lib/scoring";
import { db } from "@/server/platform/db";
import { OutletTallies, Tally } from "./stats";

type ScoreRow = { outletId: string; name: string; stance: string; rating: string; count: number | bigint };

/**
 * One outlet's record and its place on the leaderboard, without building
 * every outlet's record (issue 17: at 80 outlets that took most of an outlet
 * page's time): its own OutletTally rows (a few dozen) make the record, and
 * every outlet's counts by stance and rating, summed in the database (a few
 * rows per outlet, no attribution or origin split), make the ranking, with
 * the leaderboard's own rule (`rankByLowerBound`) over the same scores.
 * `record` is null for an outlet with no tally (only named as a source).
 */
export async function outletStanding(outlet: { id: string; name: string; slug: string }): Promise<{ record: OutletStanding | null; ranked: number }> {
  const [mine, scores] = await Promise.all([
    db.outletTally.findMany({ where: { outletId: outlet.id, count: { gt: 0 } }, select: { own: true, stance: true, origin: true, rating: true, count: true } }),
    db.$queryRaw<ScoreRow[]>`
      SELECT t."outletId", o."name", t."stance", t."rating", CAST(SUM(t."count") AS INTEGER) AS "count"
      FROM "OutletTally" t JOIN "Outlet" o ON o."id" = t."outletId"
      WHERE t."count" > 0
      GROUP BY t."outletId", o."name", t."stance", t."rating"
      ORDER BY t."outletId"`,
  ]);
  const byOutlet = new Map<string, { id: string; name: string; tally: Tally }>();
  for (const r of scores) {
    let o = byOutlet.get(r.outletId);
    if (!o) byOutlet.set(r.outletId, (o = { id: r.outletId, name: r.name, tally: new Tally() }));
    o.tally.add(r.stance, r.rating, Number(r.count));
  }
  const ranks = rankByLowerBound([...byOutlet.values()].map((o) => ({ id: o.id, name: o.name, accuracy: o.tally.part().accuracy })));
  const ranked = ranks.filter((o) => o.rank !== null).length;
  if (mine.length === 0) return { record: null, ranked };
  const tallies = new OutletTallies(outlet.name, outlet.slug);
  for (const r of mine) tallies.add(r);
  return { record: { ...tallies.standing(), rank: ranks.find((o) => o.id === outlet.id)?.rank ?? null }, ranked };
}

/**
 * How early an outlet was when it was right: the exact median, over all its
 * published claims rated confirmed (through their stance or override) of
 * rumors that are not void, of the days from the article to the rumor's
 * outcome (its outcome date, else its event's day, else its deadline).
 * `Claim.leadDays` holds exactly those days, and only for those claims
 * (server/claims/facts.ts), so this is a count and one or two rows read at
 * an offset, both on the (outletId, leadDays) index.
 */
export async function outletLeadTime(outletId: string): Promise<LeadTime> {
  const where = { outletId, leadDays: { not: null } };
  const n = await db.claim.count({ where });
  if (n === 0) return { n, medianDays: null };
  const middle = await db.claim.findMany({
    where,
    orderBy: [{ leadDays: "asc" }],
    skip: (n - 1) >> 1,
    take: n % 2 ? 1 : 2,
    select: { leadDays: true },
  });
  const days = middle.map((c) => c.leadDays!);
  return { n, medianDays: days.length === 1 ? days[0]! : (days[0]! + days[1]!) / 2 };
}
