import "server-only";
import type { ClaimAsOf, CriteriaChange } from "@/lib/contracts/reader";
import type { ClaimStance } from "@/lib/stance";
import { claimStateAt, voidAt, type VoidChange } from "@/lib/track-history";
import { cachedRead } from "@/server/cache/reader-cache";
import { readerClaimWhere } from "@/server/claims/visibility";
import { db } from "@/server/platform/db";
import { endOfDay } from "./track-records";

// A rumor's resolution as it read on a past day (issue 17): the audit log
// keeps every change of its criteria (rumor.update, with the rumor before and
// after) and, apart, those made after evidence was attached
// (rumor.criteria_changed); every void and its undoing (rumor.void,
// rumor.unvoid). Readers get the criteria texts, the void reasons and the
// times, nothing else of those rows (who acted stays on the desk).

const ACTIONS = ["rumor.update", "rumor.criteria_changed", "rumor.void", "rumor.unvoid"];
type Criteria = CriteriaChange["before"];
type Row = { action: string; at: Date; before: string | null; after: string | null };

const parse = (json: string | null): Record<string, unknown> => {
  try {
    const v: unknown = json ? JSON.parse(json) : null;
    return v && typeof v === "object" ? (v as Record<string, unknown>) : {};
  } catch {
    return {};
  }
};
const text = (v: unknown) => (typeof v === "string" ? v : null);
const criteriaOf = (o: Record<string, unknown>): Criteria => ({ confirmedIf: text(o.confirmedIf), refutedIf: text(o.refutedIf) });
const sameCriteria = (a: Criteria, b: Criteria) => a.confirmedIf === b.confirmedIf && a.refutedIf === b.refutedIf;

function rumorAudit(rumorId: string): Promise<Row[]> {
  return db.auditEvent.findMany({
    where: { rumorId, entityType: "rumor", entityId: rumorId, action: { in: ACTIONS }, outcome: "ok" },
    orderBy: [{ at: "asc" }, { id: "asc" }],
    select: { action: true, at: true, before: true, after: true },
  });
}

/** The changes of criteria made after evidence was attached, oldest first. */
function changesOf(rows: Row[]): CriteriaChange[] {
  return rows
    .filter((r) => r.action === "rumor.criteria_changed")
    .map((r) => ({ at: r.at.toISOString(), before: criteriaOf(parse(r.before)), after: criteriaOf(parse(r.after)) }));
}

/** Every change of a rumor's criteria after evidence was attached, for its pages (cached until data changes). */
export function rumorCriteriaChanges(rumorId: string): Promise<CriteriaChange[]> {
  return cachedRead(`criteria-changes:${rumorId}`, async () => changesOf(await rumorAudit(rumorId)));
}

/**
 * A reader-visible claim's page as it stood at the end of `day` (UTC); null
 * for a claim readers cannot see. The criteria then are today's with every
 * later change undone (each rumor.update's "before"); the void then is the
 * latest void or undo by then (the rumor's voidedAt stands in for data from
 * before voids were audited); the rating then follows lib/track-history.ts.
 */
export function claimAsOf(claimId: string, day: string): Promise<ClaimAsOf | null> {
  return cachedRead(`claim-as-of:${claimId}:${day}`, async () => {
    const claim = await db.claim.findFirst({
      where: { id: claimId, ...readerClaimWhere },
      select: {
        id: true,
        stance: true,
        certainty: true,
        publishedAt: true,
        rumor: { select: { id: true, confirmedIf: true, refutedIf: true, voidedAt: true, voidReason: true } },
      },
    });
    if (!claim?.publishedAt) return null;
    const { rumor } = claim;
    const [verdicts, rows] = await Promise.all([
      db.verdict.findMany({
        where: { rumorId: rumor.id, publishedAt: { not: null }, OR: [{ claimId: null }, { claimId }] },
        select: { rumorId: true, claimId: true, rating: true, publishedAt: true, decidedAt: true },
      }),
      rumorAudit(rumor.id),
    ]);
    const at = endOfDay(day);
    const t = at.getTime();
    const voids: VoidChange[] = rows
      .filter((r) => r.action === "rumor.void" || r.action === "rumor.unvoid")
      .map((r) => ({ at: r.at, void: r.action === "rumor.void" }));
    if (rumor.voidedAt) voids.push({ at: rumor.voidedAt, void: true });
    const state = claimStateAt(
      {
        claims: [{ id: claim.id, rumorId: rumor.id, stance: claim.stance as ClaimStance, certainty: claim.certainty, publishedAt: claim.publishedAt }],
        verdicts: verdicts.map((v) => ({ ...v, publishedAt: v.publishedAt! })),
        voids: new Map([[rumor.id, voids]]),
      },
      claim.id,
      at,
    );
    // The criteria then: undo, newest first, every change made after that day.
    let criteria: Criteria = { confirmedIf: rumor.confirmedIf, refutedIf: rumor.refutedIf };
    for (const r of [...rows].reverse()) {
      if (r.at.getTime() <= t || r.action !== "rumor.update") continue;
      const before = criteriaOf(parse(r.before));
      if (!sameCriteria(before, criteriaOf(parse(r.after)))) criteria = before;
    }
    return { day, state, ...criteria, void: voidThen(rows, rumor, t), changes: changesOf(rows).filter((c) => Date.parse(c.at) <= t) };
  });
}

/** The void in force at instant `t`, with its reason then. */
function voidThen(rows: Row[], rumor: { voidedAt: Date | null; voidReason: string | null }, t: number): ClaimAsOf["void"] {
  const audited = rows.filter((r) => (r.action === "rumor.void" || r.action === "rumor.unvoid") && r.at.getTime() <= t);
  const changes: VoidChange[] = audited.map((r) => ({ at: r.at, void: r.action === "rumor.void" }));
  if (rumor.voidedAt && rumor.voidedAt.getTime() <= t) changes.push({ at: rumor.voidedAt, void: true });
  if (!voidAt(changes, t)) return null;
  const last = audited.filter((r) => r.action === "rumor.void").at(-1);
  if (rumor.voidedAt && rumor.voidedAt.getTime() <= t && (!last || rumor.voidedAt >= last.at)) {
    return { at: rumor.voidedAt.toISOString(), reason: rumor.voidReason ?? "" };
  }
  return last ? { at: last.at.toISOString(), reason: text(parse(last.after).voidReason) ?? "" } : null;
}
