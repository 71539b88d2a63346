import "server-only";
import type { OutletStanding } from "@/lib/contracts/reader";
import { emptyCounts, rankByLowerBound, weightedAccuracy, type RatingCounts } from "@/lib/scoring";
import { CLAIM_STANCES, type ClaimStance } from "@/lib/stance";
import { cachedRead } from "@/server/cache/reader-cache";
import { db, Prisma } from "@/server/platform/db";
import { jsonRows, parseJsonRows } from "@/server/platform/json-rows";
import { OutletTallies } from "./stats";

/** What the dashboard shows of an outlet's standing: its rank, claims, verdicts and accuracy (no splits). */
export type OutletRanking = Pick<OutletStanding, "name" | "slug" | "rank" | "total" | "counts" | "accuracy">;

// The ratings the figures count, as literal SQL (code constants; a bound
// parameter would not compare with a PostgreSQL enum). "void" is in none.
const RATING_KEYS = Object.keys(emptyCounts()) as (keyof RatingCounts)[];
const ratingSums = Prisma.raw(
  RATING_KEYS.map((r) => {
    if (!/^[a-z_]+$/.test(r)) throw new Error(`Unexpected rating key ${r}`);
    return `CAST(SUM(CASE WHEN t."rating" = '${r}' THEN t."count" ELSE 0 END) AS INTEGER) AS "${r}"`;
  }).join(", "),
);

const ratingColumns = Prisma.raw(RATING_KEYS.map((r) => `g."${r}"`).join(", "));

type Row = [name: string, slug: string, outletId: string, stance: string, ...sums: number[]];

/**
 * outletStandings (stats.ts) without the splits by voice, role and stance,
 * for the dashboard: the same ranks, totals, counts and accuracy, summed by
 * the database to one row per outlet and stance (about 240 rows at 80
 * outlets) instead of Prisma assembling every tally row (3,800) with its
 * outlet (docs/performance.md), and handed over as one JSON cell
 * (server/platform/json-rows.ts).
 */
async function computeRanking(): Promise<OutletRanking[]> {
  const [result] = await db.$queryRaw<{ rows: unknown }[]>(Prisma.sql`
    SELECT ${jsonRows(
      Prisma.sql`o."name", o."slug", g."outletId", g."stance", ${ratingColumns}`,
      Prisma.sql`FROM (
        SELECT t."outletId", t."stance", ${ratingSums}
        FROM "OutletTally" t
        WHERE t."count" > 0
        GROUP BY t."outletId", t."stance"
      ) g JOIN "Outlet" o ON o."id" = g."outletId"`,
    )} AS "rows"`);
  const byOutlet = new Map<string, { name: string; slug: string; byStance: Record<ClaimStance, RatingCounts> }>();
  for (const [name, slug, outletId, rowStance, ...sums] of parseJsonRows<Row>(result?.rows)) {
    let o = byOutlet.get(outletId);
    if (!o) {
      o = { name, slug, byStance: { asserts: emptyCounts(), hedges: emptyCounts(), denies: emptyCounts() } };
      byOutlet.set(outletId, o);
    }
    // As stats.ts's tallies: a stance it does not know counts as asserting.
    const stance = (CLAIM_STANCES as readonly string[]).includes(rowStance) ? (rowStance as ClaimStance) : "asserts";
    for (const [i, k] of RATING_KEYS.entries()) o.byStance[stance][k] += Number(sums[i]);
  }
  return rankByLowerBound(
    [...byOutlet.values()].map(({ name, slug, byStance }) => {
      const counts = emptyCounts();
      for (const stance of CLAIM_STANCES) for (const k of RATING_KEYS) counts[k] += byStance[stance][k];
      return { name, slug, total: RATING_KEYS.reduce((a, k) => a + counts[k], 0), counts, accuracy: weightedAccuracy(byStance) };
    }),
  );
}

/** Every outlet with reader-visible claims, ranked as on the leaderboard. */
export function outletRanking(): Promise<OutletRanking[]> {
  return cachedRead("ranking", computeRanking);
}

/**
 * One outlet's record and its place on the leaderboard, without building
 * every outlet's record (issue 17: at 80 outlets that took most of an outlet
 * page's time): its own OutletTally rows (a few dozen) make the record, and
 * the dashboard's ranking (`outletRanking`, the leaderboard's own rule over
 * the same scores) gives its rank.
 * `record` is null for an outlet with no tally (only named as a source).
 */
export async function outletStanding(outlet: { id: string; name: string; slug: string }): Promise<{ record: OutletStanding | null; ranked: number }> {
  const [mine, ranking] = await Promise.all([
    db.outletTally.findMany({ where: { outletId: outlet.id, count: { gt: 0 } }, select: { own: true, stance: true, origin: true, rating: true, count: true } }),
    outletRanking(),
  ]);
  const ranked = ranking.filter((o) => o.rank !== null).length;
  if (mine.length === 0) return { record: null, ranked };
  const tallies = new OutletTallies(outlet.name, outlet.slug);
  for (const r of mine) tallies.add(r);
  return { record: { ...tallies.standing(), rank: ranking.find((o) => o.slug === outlet.slug)?.rank ?? null }, ranked };
}
