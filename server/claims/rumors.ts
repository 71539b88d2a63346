import "server-only";
import { parseDateInput, parseDay } from "@/lib/dates";
import { ClaimLinkManySchema, ClaimMoveSchema, RumorMergeSchema, RumorUpdateSchema } from "@/lib/schemas/claim";
import { requireEditor, type Actor } from "@/server/auth/session";
import { readerChanged } from "@/server/cache/reader-cache";
import { db, type Tx } from "@/server/platform/db";
import { invalid, notFound, parseInput } from "@/server/platform/errors";
import { loadEvent } from "./claims";
import { withRumorFacts } from "./facts";
import { assertRumorRules } from "./rules";
import { moveOverrides } from "./verdicts";
import { audit, bumpRumorVersion, claimSnapshot, rumorOfClaim, rumorSnapshot, rumorWrite } from "./versions";

// Which rumor a claim belongs to: linking a claim to another rumor, splitting
// it out into a rumor of its own, merging two rumors, and the rumor's own
// wording, event and deadline. An emptied rumor disappears (its audit trail
// stays); every quote is re-checked against the event rule.

/**
 * Edits a rumor's statement, event, deadline, resolution criteria and
 * outcome date (they apply to all its claims). Criteria changed once evidence
 * is attached are marked changed (readers see the date) and audited apart.
 */
export async function updateRumor(id: string, input: unknown, actor?: Actor | null) {
  const who = actor === undefined ? await requireEditor() : actor;
  const data = parseInput(RumorUpdateSchema, input);
  const attempt = { action: "rumor.update", entityType: "rumor" as const, entityId: id, rumorId: id, after: data };
  const result = await rumorWrite(who, attempt, async (tx) => {
    const version = await bumpRumorVersion(tx, id, data.version);
    const before = await rumorSnapshot(tx, id);
    const event = data.eventId === undefined ? undefined : await loadEvent(tx, data.eventId);
    const criteriaChanged =
      (data.confirmedIf !== undefined && data.confirmedIf !== before?.confirmedIf) || (data.refutedIf !== undefined && data.refutedIf !== before?.refutedIf);
    const afterEvidence = criteriaChanged && (await tx.evidence.count({ where: { rumorId: id } })) > 0;
    await withRumorFacts(tx, [id], async () => {
      await tx.rumor.update({
        where: { id },
        data: {
          statement: data.statement,
          eventId: event === undefined ? undefined : (event?.id ?? null),
          deadline: data.deadline === undefined ? undefined : data.deadline ? parseDay(data.deadline) : null,
          confirmedIf: data.confirmedIf,
          refutedIf: data.refutedIf,
          criteriaChangedAt: afterEvidence ? new Date() : undefined,
          outcomeAt: data.outcomeAt === undefined ? undefined : data.outcomeAt ? parseDateInput(data.outcomeAt) : null,
        },
      });
      await assertRumorRules(tx, id);
    });
    const after = await rumorSnapshot(tx, id);
    await audit(tx, who, { ...attempt, before, after });
    if (afterEvidence) {
      await audit(tx, who, {
        action: "rumor.criteria_changed",
        entityType: "rumor",
        entityId: id,
        rumorId: id,
        before: { confirmedIf: before?.confirmedIf ?? null, refutedIf: before?.refutedIf ?? null },
        after: { confirmedIf: after?.confirmedIf ?? null, refutedIf: after?.refutedIf ?? null },
      });
    }
    return { id, version };
  });
  readerChanged({ rumorIds: [id] });
  return result;
}

/** Moves one claim into rumor `to` (or a new rumor made from the claim) inside a transaction. */
export async function move(tx: Tx, actor: Actor | null, claimId: string, from: string, to: string | null) {
  const claim = await claimSnapshot(tx, claimId);
  if (!claim || claim.rumorId !== from) throw notFound("The claim");
  let target = to;
  if (!target) {
    const rumor = await tx.rumor.findUniqueOrThrow({ where: { id: from }, select: { eventId: true, deadline: true } });
    const created = await tx.rumor.create({
      data: { statement: claim.statement, eventId: rumor.eventId, deadline: rumor.deadline, createdById: actor?.id ?? null },
      select: { id: true },
    });
    target = created.id;
    await audit(tx, actor, { action: "rumor.create", entityType: "rumor", entityId: target, rumorId: target, after: await rumorSnapshot(tx, target) });
  } else if (target === from) {
    throw invalid("The claim already belongs to that rumor.", { rumorId: ["Same rumor."] });
  }
  await bumpRumorVersion(tx, target, undefined);
  await withRumorFacts(tx, [from, target], async () => {
    await tx.claim.update({ where: { id: claimId }, data: { rumorId: target! } });
    await moveOverrides(tx, claimId, target!);
    await tx.matchRejection.deleteMany({ where: { claimId, rumorId: target! } });
    await assertRumorRules(tx, target!);
  });
  await audit(tx, actor, {
    action: "claim.move",
    entityType: "claim",
    entityId: claimId,
    claimId,
    rumorId: target,
    before: { rumorId: from },
    after: { rumorId: target },
  });
  await audit(tx, actor, { action: "rumor.claim_left", entityType: "rumor", entityId: from, rumorId: from, after: { claimId, to: target } });
  return target;
}

/**
 * `POST /api/v1/claims/{id}/rumor`: moves the claim into `rumorId`, or
 * without it splits the claim out into a new rumor of its own (same event
 * and deadline). Answers with the claim's rumor and that rumor's version.
 */
export async function moveClaim(claimId: string, input: unknown, actor?: Actor | null) {
  const who = actor === undefined ? await requireEditor() : actor;
  const data = parseInput(ClaimMoveSchema, input);
  const from = await rumorOfClaim(db, claimId);
  if (data.rumorId && !(await db.rumor.findUnique({ where: { id: data.rumorId }, select: { id: true } }))) {
    throw invalid("That rumor does not exist.", { rumorId: ["Unknown rumor."] });
  }
  const attempt = { action: "claim.move", entityType: "claim" as const, entityId: claimId, claimId, rumorId: from, after: data };
  const result = await rumorWrite(who, attempt, async (tx) => {
    await bumpRumorVersion(tx, from, data.version);
    const to = await move(tx, who, claimId, from, data.rumorId ?? null);
    const { version } = await tx.rumor.findUniqueOrThrow({ where: { id: to }, select: { version: true } });
    return { id: claimId, rumorId: to, version };
  });
  readerChanged({ claimIds: [claimId], rumorIds: [from, result.rumorId] });
  return result;
}

/** Links many claims to one rumor in one transaction; answers what happened to each. */
export async function linkClaims(input: unknown, actor?: Actor | null) {
  const who = actor === undefined ? await requireEditor() : actor;
  const data = parseInput(ClaimLinkManySchema, input);
  const items = await db.$transaction(async (tx) => {
    if (!(await tx.rumor.findUnique({ where: { id: data.rumorId }, select: { id: true } })))
      throw invalid("That rumor does not exist.", { rumorId: ["Unknown rumor."] });
    const out: { claimId: string; outcome: "linked" | "already" }[] = [];
    for (const claimId of [...new Set(data.claimIds)]) {
      const from = await rumorOfClaim(tx, claimId);
      if (from === data.rumorId) out.push({ claimId, outcome: "already" });
      else {
        await bumpRumorVersion(tx, from, undefined);
        await move(tx, who, claimId, from, data.rumorId);
        out.push({ claimId, outcome: "linked" });
      }
    }
    return out;
  });
  readerChanged({ rumorIds: [data.rumorId] });
  const { version } = await db.rumor.findUniqueOrThrow({ where: { id: data.rumorId }, select: { version: true } });
  return { rumorId: data.rumorId, version, items };
}

/**
 * `POST /api/v1/rumors/{id}/merge`: this rumor's claims, evidence and
 * verdicts move into `intoRumorId`, which then points at the latest
 * published rumor-wide verdict of both; this rumor disappears.
 */
export async function mergeRumors(id: string, input: unknown, actor?: Actor | null) {
  const who = actor === undefined ? await requireEditor() : actor;
  const data = parseInput(RumorMergeSchema, input);
  if (data.intoRumorId === id) throw invalid("A rumor cannot be merged into itself.", { intoRumorId: ["Same rumor."] });
  const attempt = { action: "rumor.merge", entityType: "rumor" as const, entityId: id, rumorId: id, after: data };
  const result = await rumorWrite(who, attempt, async (tx) => {
    const into = await tx.rumor.findUnique({ where: { id: data.intoRumorId }, select: { id: true } });
    if (!into) throw invalid("That rumor does not exist.", { intoRumorId: ["Unknown rumor."] });
    await bumpRumorVersion(tx, id, data.version);
    const before = { from: await rumorSnapshot(tx, id), into: await rumorSnapshot(tx, data.intoRumorId) };
    await withRumorFacts(tx, [id, data.intoRumorId], async () => {
      await tx.rumor.update({ where: { id }, data: { currentVerdictId: null } });
      await tx.claim.updateMany({ where: { rumorId: id }, data: { rumorId: data.intoRumorId } });
      await tx.verdict.updateMany({ where: { rumorId: id }, data: { rumorId: data.intoRumorId } });
      // The same passage attached to both stays once.
      const theirs = await tx.evidence.findMany({ where: { rumorId: id }, select: { id: true, articleId: true, quoteStart: true, quoteEnd: true } });
      for (const e of theirs) {
        const dup = await tx.evidence.findFirst({
          where: { rumorId: data.intoRumorId, articleId: e.articleId, quoteStart: e.quoteStart, quoteEnd: e.quoteEnd },
          select: { id: true },
        });
        if (dup) await tx.evidence.delete({ where: { id: e.id } });
        else await tx.evidence.update({ where: { id: e.id }, data: { rumorId: data.intoRumorId } });
      }
      await tx.suggestionRejection.deleteMany({ where: { rumorId: id } });
      await tx.matchRejection.deleteMany({ where: { rumorId: { in: [id, data.intoRumorId] }, claim: { rumorId: data.intoRumorId } } });
      const latest = await tx.verdict.findFirst({
        where: { rumorId: data.intoRumorId, claimId: null, publishedAt: { not: null } },
        orderBy: [{ publishedAt: "desc" }, { decidedAt: "desc" }],
        select: { id: true },
      });
      await tx.rumor.update({ where: { id: data.intoRumorId }, data: { currentVerdictId: latest?.id ?? null } });
      await assertRumorRules(tx, data.intoRumorId);
    });
    const version = await bumpRumorVersion(tx, data.intoRumorId, undefined);
    await audit(tx, who, { ...attempt, before, after: await rumorSnapshot(tx, data.intoRumorId) });
    await audit(tx, who, { action: "rumor.merged_in", entityType: "rumor", entityId: data.intoRumorId, rumorId: data.intoRumorId, after: { from: id } });
    return { id: data.intoRumorId, version };
  });
  readerChanged({ rumorIds: [id, data.intoRumorId] });
  return result;
}
