import "server-only";
import { addToTier, calibrate, type Calibration } from "@/lib/calibration";
import type { LeadTime } from "@/lib/contracts/reader";
import { median } from "@/lib/lead-time";
import type { RatingCounts } from "@/lib/scoring";
import type { ClaimStance } from "@/lib/stance";
import { recordAsOf, recordHistory, type HistoryData, type HistoryPoint, type RecordAt } from "@/lib/track-history";
import type { Rating } from "@/lib/verdicts";
import { cachedRead } from "@/server/cache/reader-cache";
import { db, Prisma } from "@/server/platform/db";
import { env } from "@/server/platform/env";

// Calibration by certainty tier, lead time and the record over time (issue
// 17). Calibration reads CertaintyTally (a few rows per outlet, kept by the
// write path); an event's reads its claims on the (eventId, certainty)
// index; the history and as-of records rebuild from the verdict history of
// one outlet's published claims (two queries, cached until data changes).

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

/** An event's published claims by tier (its rumors that are void left out). */
export function eventCalibration(eventId: string): Promise<Calibration> {
  return cachedRead(`calibration:event:${eventId}`, async () => {
    const rows = await db.claim.groupBy({
      by: ["certainty", "rating"],
      where: { eventId, publishedAt: { not: null }, rumor: { voidedAt: null } },
      _count: { _all: true },
    });
    return tiersOf(rows.map((r) => ({ certainty: r.certainty, rating: r.rating ?? "pending", count: r._count._all })));
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

type ClaimRow = { id: string; rumorId: string; stance: string; certainty: string; publishedAt: Date | string };
type VerdictRow = { rumorId: string; claimId: string | null; rating: string; publishedAt: Date | string; decidedAt: Date | string };
type VoidRow = { id: string; voidedAt: Date | string };
// "> epoch" rather than "IS NOT NULL": the planner then walks the small
// index of void rumors whatever its statistics say about the NULLs.
const EPOCH = new Date(0);

/** One outlet's published claims, the published verdicts of their rumors, and which of those rumors are void. */
async function loadHistory(outletId: string): Promise<HistoryData> {
  // Plain SQL: Prisma would send the rumor ids back as an IN (…) list. The
  // first two are answered from covering indexes (the largest outlet has
  // about 10,000 claims at 100,000 in all); void rumors, rare, come from their
  // own index rather than a join to each claim's rumor.
  const ofOutlet = Prisma.sql`SELECT c."rumorId" FROM "Claim" c WHERE c."outletId" = ${outletId} AND c."publishedAt" IS NOT NULL`;
  const [claims, verdicts, voids] = await Promise.all([
    db.$queryRaw<ClaimRow[]>(Prisma.sql`
      SELECT c."id", c."rumorId", CAST(c."stance" AS TEXT) AS "stance", c."certainty", c."publishedAt"
      FROM "Claim" c
      WHERE c."outletId" = ${outletId} AND c."publishedAt" IS NOT NULL`),
    db.$queryRaw<VerdictRow[]>(Prisma.sql`
      SELECT v."rumorId", v."claimId", CAST(v."rating" AS TEXT) AS "rating", v."publishedAt", v."decidedAt"
      FROM "Verdict" v
      WHERE v."publishedAt" IS NOT NULL AND v."rumorId" IN (${ofOutlet})`),
    db.$queryRaw<VoidRow[]>(Prisma.sql`
      SELECT r."id", r."voidedAt" FROM "Rumor" r
      WHERE r."voidedAt" > ${EPOCH}
        AND EXISTS (SELECT 1 FROM "Claim" c WHERE c."rumorId" = r."id" AND c."outletId" = ${outletId} AND c."publishedAt" IS NOT NULL)`),
  ]);
  return {
    claims: claims.map((c) => ({
      id: c.id,
      rumorId: c.rumorId,
      stance: c.stance as ClaimStance,
      certainty: c.certainty,
      publishedAt: new Date(c.publishedAt),
    })),
    verdicts: verdicts.map((v) => ({
      rumorId: v.rumorId,
      claimId: v.claimId,
      rating: v.rating as Rating,
      publishedAt: new Date(v.publishedAt),
      decidedAt: new Date(v.decidedAt),
    })),
    voidedAt: new Map(voids.map((r) => [r.id, new Date(r.voidedAt)])),
  };
}

/**
 * The outlet's accuracy at the end of each of its last 24 months and, with
 * `at`, its record as it stood then: both from one load of its history.
 */
export function outletTimeline(outletId: string, at: Date | null): Promise<{ history: HistoryPoint[]; asOf: RecordAt | null }> {
  return cachedRead(`timeline:${outletId}:${at?.toISOString() ?? ""}`, async () => {
    const data = await loadHistory(outletId);
    const probabilities = env.HINDSIGHT_TIER_PROBABILITIES;
    return { history: recordHistory(data, new Date(), probabilities), asOf: at ? recordAsOf(data, at, probabilities) : null };
  });
}
