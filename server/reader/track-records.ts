import "server-only";
import { addToTier, calibrate, type Calibration } from "@/lib/calibration";
import type { LeadTime } from "@/lib/contracts/reader";
import { median } from "@/lib/lead-time";
import { emptyCounts, type RatingCounts } from "@/lib/scoring";
import type { ClaimStance } from "@/lib/stance";
import { recordAsOf, recordHistory, type HistoryData, type HistoryPoint, type RecordAt, type VoidChange } from "@/lib/track-history";
import type { Rating } from "@/lib/verdicts";
import { cachedRead } from "@/server/cache/reader-cache";
import { databaseProvider, db, Prisma } from "@/server/platform/db";
import { epochMs, jsonRows, msOf, parseJsonRows } from "@/server/platform/json-rows";
import { env } from "@/server/platform/env";

// Calibration by certainty tier, lead time and the record over time (issue
// 17). Calibration reads CertaintyTally (a few rows per outlet, kept by the
// write path); an event's reads its claims on the (eventId, certainty)
// index; the history and as-of records rebuild from the verdict history of
// one outlet's published claims (one statement, cached until data changes).

const tiersOf = (rows: { certainty: string; rating: string; count: number }[]): Calibration => {
  const byTier: Partial<Record<string, RatingCounts>> = {};
  for (const r of rows) addToTier(byTier, r.certainty, r.rating, r.count);
  return calibrate(byTier, env.HINDSIGHT_TIER_PROBABILITIES);
};

/** An outlet's published claims by tier (void ones left out). */
export function outletCalibration(outletId: string): Promise<Calibration> {
  return cachedRead(`calibration:${outletId}`, async () =>
    tiersOf(await db.certaintyTally.findMany({ where: { outletId, count: { gt: 0 } }, select: { certainty: true, rating: true, count: true } })),
  );
}

/** The whole press: every outlet's tier counts summed. */
export function overallCalibration(): Promise<Calibration> {
  return cachedRead("calibration:all", async () => {
    const rows = await db.certaintyTally.groupBy({ by: ["certainty", "rating"], where: { count: { gt: 0 } }, _sum: { count: true } });
    return tiersOf(rows.map((r) => ({ certainty: r.certainty, rating: r.rating, count: r._sum.count ?? 0 })));
  });
}

/**
 * An event's published claims by tier (its rumors that are void left out),
 * and the same claims counted by their own rating: one grouped read on the
 * (eventId, certainty) index.
 */
export function eventClaimScores(eventId: string): Promise<{ calibration: Calibration; claims: { total: number; counts: RatingCounts } }> {
  return cachedRead(`calibration:event:${eventId}`, async () => {
    const rows = await db.claim.groupBy({
      by: ["certainty", "rating"],
      where: { eventId, publishedAt: { not: null }, voided: false },
      _count: { _all: true },
    });
    const counts = emptyCounts();
    for (const r of rows) counts[r.rating ?? "pending"] += r._count._all;
    return {
      calibration: tiersOf(rows.map((r) => ({ certainty: r.certainty, rating: r.rating ?? "pending", count: r._count._all }))),
      claims: { total: Object.values(counts).reduce((a, b) => a + b, 0), counts },
    };
  });
}

/** Median lead time when right over an event's claims, or over every claim (no event). */
export function leadTimeOf(eventId: string | null): Promise<LeadTime> {
  return cachedRead(`lead-time:${eventId ?? "all"}`, async () => {
    const where = { leadDays: { not: null }, ...(eventId ? { eventId } : {}) };
    if (eventId) {
      const rows = await db.claim.findMany({ where, select: { leadDays: true } });
      return { n: rows.length, medianDays: median(rows.map((r) => r.leadDays!)) };
    }
    const n = await db.claim.count({ where });
    if (n === 0) return { n, medianDays: null };
    const mid = await db.claim.findMany({ where, orderBy: [{ leadDays: "asc" }], skip: (n - 1) >> 1, take: n % 2 ? 1 : 2, select: { leadDays: true } });
    return { n, medianDays: median(mid.map((r) => r.leadDays!)) };
  });
}

// "> epoch" rather than "IS NOT NULL": the planner then walks the small
// index of void rumors whatever its statistics say about the NULLs.
const EPOCH = new Date(0);

/** The audit log's void and undo rows of an outlet's rumors (only their time and kind are read). */
const VOID_ACTIONS = ["rumor.void", "rumor.unvoid"];

type ClaimRow = [id: string, rumorId: string, stance: string, certainty: string, publishedAt: unknown];
type VerdictRow = [rumorId: string, claimId: string | null, rating: string, publishedAt: unknown, decidedAt: unknown];
type VoidRow = [rumorId: string, action: string, at: unknown];
type VoidedRow = [id: string, voidedAt: unknown];

/**
 * The published verdicts of the rumors `rumorsOf` selects. On PostgreSQL each
 * rumor's verdicts are looked up on the (rumorId, …) covering index: as an IN
 * list the planner hashes the whole Verdict table instead (24,000 rows read for
 * an outlet's 1,000 rumors at 100,000 claims, 11 ms against 5; OFFSET 0 keeps
 * the lookup from being flattened back into that join). SQLite already walks
 * the index for the IN list and has no LATERAL.
 */
function verdictsOf(rumorsOf: Prisma.Sql): Prisma.Sql {
  return databaseProvider() === "postgresql"
    ? Prisma.sql`FROM (SELECT DISTINCT r."rumorId" FROM (${rumorsOf}) r) r
        CROSS JOIN LATERAL (
          SELECT v."rumorId", v."claimId", v."rating", v."publishedAt", v."decidedAt" FROM "Verdict" v
          WHERE v."rumorId" = r."rumorId" AND v."publishedAt" IS NOT NULL OFFSET 0
        ) v`
    : Prisma.sql`FROM "Verdict" v WHERE v."publishedAt" IS NOT NULL AND v."rumorId" IN (${rumorsOf})`;
}

/**
 * One outlet's (or event's) published claims, the published verdicts of their rumors, and
 * when each of those rumors was voided or its void undone (the audit log
 * keeps both, on the (rumorId, at) index; the rumor's own voidedAt stands in
 * for data from before voids were audited).
 */
async function loadHistory(scope: { outletId: string } | { eventId: string }): Promise<HistoryData & { leadDays: number[] }> {
  // Plain SQL: Prisma would send the rumor ids back as an IN (…) list. An
  // outlet's claims and their rumors' verdicts are answered from covering
  // indexes (the largest outlet has about 10,000 claims at 100,000 in all);
  // the rumors void now, rare, come from their own index rather than a join
  // to each claim's rumor. One statement, each list one JSON cell
  // (server/platform/json-rows.ts): one round trip, and no per-row mapping.
  const [column, id] = "outletId" in scope ? [Prisma.raw(`c."outletId"`), scope.outletId] : [Prisma.raw(`c."eventId"`), scope.eventId];
  const rumorsOf = Prisma.sql`SELECT c."rumorId" FROM "Claim" c WHERE ${column} = ${id} AND c."publishedAt" IS NOT NULL`;
  // An outlet's lead days, on its (outletId, leadDays) index (an event's page reads them elsewhere).
  const leadDays =
    "outletId" in scope
      ? jsonRows(Prisma.sql`c."leadDays"`, Prisma.sql`FROM "Claim" c WHERE c."outletId" = ${id} AND c."leadDays" IS NOT NULL`)
      : Prisma.sql`NULL`;
  const [row] = await db.$queryRaw<{ claims: unknown; verdicts: unknown; voidRows: unknown; voidedNow: unknown; leadDays: unknown }[]>(Prisma.sql`
    SELECT
      ${jsonRows(
        Prisma.sql`c."id", c."rumorId", CAST(c."stance" AS TEXT), c."certainty", ${epochMs('c."publishedAt"')}`,
        Prisma.sql`FROM "Claim" c WHERE ${column} = ${id} AND c."publishedAt" IS NOT NULL`,
      )} AS "claims",
      ${jsonRows(
        Prisma.sql`v."rumorId", v."claimId", CAST(v."rating" AS TEXT), ${epochMs('v."publishedAt"')}, ${epochMs('v."decidedAt"')}`,
        verdictsOf(rumorsOf),
      )} AS "verdicts",
      ${jsonRows(
        Prisma.sql`a."rumorId", a."action", ${epochMs('a."at"')}`,
        Prisma.sql`FROM "AuditEvent" a WHERE a."rumorId" IN (${rumorsOf}) AND a."action" IN (${Prisma.join(VOID_ACTIONS)}) AND a."outcome" = 'ok'`,
      )} AS "voidRows",
      ${jsonRows(
        Prisma.sql`r."id", ${epochMs('r."voidedAt"')}`,
        Prisma.sql`FROM "Rumor" r
          WHERE r."voidedAt" > ${EPOCH}
            AND EXISTS (SELECT 1 FROM "Claim" c WHERE c."rumorId" = r."id" AND ${column} = ${id} AND c."publishedAt" IS NOT NULL)`,
      )} AS "voidedNow",
      ${leadDays} AS "leadDays"`);
  const voids = new Map<string, VoidChange[]>();
  const addVoid = (rumorId: string, change: VoidChange) => {
    const list = voids.get(rumorId);
    if (list) list.push(change);
    else voids.set(rumorId, [change]);
  };
  for (const [rumorId, action, at] of parseJsonRows<VoidRow>(row?.voidRows)) addVoid(rumorId, { at: new Date(msOf(at)), void: action === "rumor.void" });
  // The current void is the latest: it stands whatever the log holds.
  for (const [rumorId, at] of parseJsonRows<VoidedRow>(row?.voidedNow)) addVoid(rumorId, { at: new Date(msOf(at)), void: true });
  return {
    leadDays: parseJsonRows<[number]>(row?.leadDays).map(([days]) => days),
    claims: parseJsonRows<ClaimRow>(row?.claims).map(([id, rumorId, stance, certainty, publishedAt]) => ({
      id,
      rumorId,
      stance: stance as ClaimStance,
      certainty,
      publishedAt: new Date(msOf(publishedAt)),
    })),
    verdicts: parseJsonRows<VerdictRow>(row?.verdicts).map(([rumorId, claimId, rating, publishedAt, decidedAt]) => ({
      rumorId,
      claimId,
      rating: rating as Rating,
      publishedAt: new Date(msOf(publishedAt)),
      decidedAt: new Date(msOf(decidedAt)),
    })),
    voids,
  };
}

/**
 * The outlet's accuracy at the end of each of its last 24 months, how early
 * it was when right, and, with `at`, its record as it stood then: all from
 * one load of its history.
 *
 * The lead time is the exact median, over its published claims rated
 * confirmed (through their stance or override) of rumors that are not void,
 * of the days from the article to the rumor's outcome (its outcome date,
 * else its event's day, else its deadline): what `Claim.leadDays` holds, and
 * only for those claims (server/claims/facts.ts).
 */
export function outletTimeline(outletId: string, at: Date | null): Promise<{ history: HistoryPoint[]; leadTime: LeadTime; asOf: RecordAt | null }> {
  return cachedRead(`timeline:${outletId}:${at?.toISOString() ?? ""}`, async () => {
    const data = await loadHistory({ outletId });
    const probabilities = env.HINDSIGHT_TIER_PROBABILITIES;
    return {
      history: recordHistory(data, new Date()),
      leadTime: { n: data.leadDays.length, medianDays: median(data.leadDays) },
      asOf: at ? recordAsOf(data, at, probabilities) : null,
    };
  });
}

/** An event's record as it stood at `at`: its claims then, rated by the verdicts published by then, void as they were then. */
export function eventAsOf(eventId: string, at: Date): Promise<RecordAt> {
  return cachedRead(`event-as-of:${eventId}:${at.toISOString()}`, async () => recordAsOf(await loadHistory({ eventId }), at, env.HINDSIGHT_TIER_PROBABILITIES));
}

/** The last millisecond of `day` (YYYY-MM-DD) in UTC: "as of" a day includes all of it. */
export const endOfDay = (day: string) => new Date(Date.parse(`${day}T00:00:00.000Z`) + 86_400_000 - 1);
