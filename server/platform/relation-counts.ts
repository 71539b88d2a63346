import "server-only";
import { db } from "./db";

// Counts of a rumor's children, read for the given rumors only. Not a relation
// `_count` in a select: Prisma compiles that into a GROUP BY of the whole child
// table joined to the rows (40–100 ms at 100,000 claims however few rows are
// read); a groupBy filtered on the indexed foreign key reads just these rumors'
// entries. server/platform/relation-counts.test.ts keeps `_count` out of selects.

/** How many claims (published or not) each rumor has; a rumor with none is absent. */
export async function rumorClaimCounts(rumorIds: string[]): Promise<Map<string, number>> {
  const ids = [...new Set(rumorIds)];
  if (!ids.length) return new Map();
  const rows = await db.claim.groupBy({ by: ["rumorId"], where: { rumorId: { in: ids } }, _count: { _all: true } });
  return new Map(rows.map((r) => [r.rumorId, r._count._all]));
}

/** How many evidence quotes each rumor has; a rumor with none is absent. */
export async function rumorEvidenceCounts(rumorIds: string[]): Promise<Map<string, number>> {
  const ids = [...new Set(rumorIds)];
  if (!ids.length) return new Map();
  const rows = await db.evidence.groupBy({ by: ["rumorId"], where: { rumorId: { in: ids } }, _count: { _all: true } });
  return new Map(rows.map((r) => [r.rumorId, r._count._all]));
}

/** How many claims and evidence quotes each article has (0 for none). */
export async function articleQuoteCounts(articleIds: string[]): Promise<Map<string, { claims: number; evidence: number }>> {
  const ids = [...new Set(articleIds)];
  if (!ids.length) return new Map();
  const [claims, evidence] = await Promise.all([
    db.claim.groupBy({ by: ["articleId"], where: { articleId: { in: ids } }, _count: { _all: true } }),
    db.evidence.groupBy({ by: ["articleId"], where: { articleId: { in: ids } }, _count: { _all: true } }),
  ]);
  const claimsOf = new Map(claims.map((c) => [c.articleId, c._count._all]));
  const evidenceOf = new Map(evidence.map((e) => [e.articleId, e._count._all]));
  return new Map(ids.map((id) => [id, { claims: claimsOf.get(id) ?? 0, evidence: evidenceOf.get(id) ?? 0 }]));
}
