import "server-only";
import { attributionKind } from "@/lib/attribution";
import { checkSpan } from "@/lib/spans";
import { parseDay } from "@/lib/dates";
import { ClaimCreateSchema, ClaimUpdateSchema } from "@/lib/schemas/claim";
import { VersionSchema } from "@/lib/schemas/common";
import { db, type Tx } from "@/server/platform/db";
import { claimFacts, syncClaimFacts } from "./facts";
import { audit, bumpClaimVersion, claimSnapshot, claimWrite } from "./versions";
import { invalid, notFound, parseInput } from "@/server/platform/errors";
import { assertLaterEvidence, assertPreEvent } from "./rules";
import { readerChanged } from "@/server/cache/reader-cache";
import { requireEditor, type Actor } from "@/server/auth/session";

export function assertSpan(body: string, start: number, end: number, quote?: string) {
  const check = checkSpan(body, start, end, quote);
  if (!check.ok) throw invalid(check.message, { start: [check.message] });
  return check.quote;
}

async function loadEvent(tx: Tx, eventId: string | null | undefined) {
  if (!eventId) return null;
  const event = await tx.event.findUnique({ where: { id: eventId }, select: { id: true, name: true, date: true } });
  if (!event) throw invalid("That event does not exist.", { eventId: ["Unknown event."] });
  return event;
}

export async function createClaim(input: unknown, actor?: Actor | null) {
  const who = actor === undefined ? await requireEditor() : actor;
  const data = parseInput(ClaimCreateSchema, input);
  const claim = await db.$transaction(async (tx) => {
    const article = await tx.article.findUnique({ where: { id: data.articleId }, select: { id: true, body: true, publishedAt: true, outletId: true } });
    if (!article) throw invalid("That article does not exist.", { articleId: ["Unknown article."] });
    const quoteText = assertSpan(article.body, data.start, data.end, data.quote);
    const event = await loadEvent(tx, data.eventId);
    assertPreEvent(article, event);
    const created = await tx.claim.create({
      data: {
        articleId: article.id,
        eventId: event?.id ?? null,
        quoteStart: data.start,
        quoteEnd: data.end,
        quoteText,
        statement: data.statement,
        attributedTo: data.attributedTo,
        deadline: data.deadline ? parseDay(data.deadline) : null,
        createdById: who?.id ?? null,
        // Denormalized (server/claims/facts.ts); a new claim is unpublished, so no tally counts it yet.
        outletId: article.outletId,
        sourceAt: article.publishedAt,
        own: attributionKind(data.attributedTo) === "own",
      },
      select: { id: true, version: true },
    });
    await audit(tx, who, {
      action: "claim.create",
      entityType: "claim",
      entityId: created.id,
      claimId: created.id,
      after: { ...(await claimSnapshot(tx, created.id)), articleId: article.id, quote: { start: data.start, end: data.end, text: quoteText } },
    });
    return created;
  });
  readerChanged({ claimIds: [claim.id] });
  return claim;
}

/**
 * Edits a claim's wording or event. The edit carries the version it was based
 * on; if someone else changed the claim meanwhile it is refused, not merged.
 */
export async function updateClaim(id: string, input: unknown, actor?: Actor | null) {
  const who = actor === undefined ? await requireEditor() : actor;
  const data = parseInput(ClaimUpdateSchema, input);
  const attempt = { action: "claim.update", entityType: "claim" as const, entityId: id, claimId: id, after: data };
  const result = await claimWrite(who, attempt, async (tx) => {
    const claim = await tx.claim.findUnique({
      where: { id },
      select: {
        article: { select: { publishedAt: true } },
        evidence: { select: { article: { select: { publishedAt: true } } } },
      },
    });
    if (!claim) throw notFound("The claim");
    const before = await claimSnapshot(tx, id);
    await bumpClaimVersion(tx, id, data.version);
    const facts = await claimFacts(tx, id);
    if (data.eventId !== undefined) {
      const event = await loadEvent(tx, data.eventId);
      assertPreEvent(claim.article, event);
      for (const e of claim.evidence) assertLaterEvidence(e.article, claim.article, event);
    }
    await tx.claim.update({
      where: { id },
      data: {
        statement: data.statement,
        attributedTo: data.attributedTo,
        eventId: data.eventId,
        deadline: data.deadline === undefined ? undefined : data.deadline ? parseDay(data.deadline) : null,
      },
    });
    await syncClaimFacts(tx, id, facts);
    await audit(tx, who, { ...attempt, before, after: await claimSnapshot(tx, id) });
    return { id, version: data.version + 1 };
  });
  readerChanged({ claimIds: [id] });
  return result;
}

export async function deleteClaim(id: string, actor?: Actor | null) {
  const who = actor === undefined ? await requireEditor() : actor;
  await db.$transaction(async (tx) => {
    const before = await claimSnapshot(tx, id);
    if (!before) throw notFound("The claim");
    // Clear the pointer first: the current verdict is one of the rows the
    // cascade removes.
    await tx.claim.update({ where: { id }, data: { currentVerdictId: null } });
    const facts = await claimFacts(tx, id);
    await tx.claim.delete({ where: { id } });
    await syncClaimFacts(tx, id, facts);
    await audit(tx, who, { action: "claim.delete", entityType: "claim", entityId: id, claimId: id, before });
  });
  readerChanged({ claimIds: [id] });
}

/** Publishes or unpublishes a claim (readers see only published claims). */
export async function setClaimPublished(id: string, input: unknown, publish: boolean, actor?: Actor | null) {
  const who = actor === undefined ? await requireEditor() : actor;
  const { version } = parseInput(VersionSchema, input);
  const action = publish ? "claim.publish" : "claim.unpublish";
  const attempt = { action, entityType: "claim" as const, entityId: id, claimId: id };
  const result = await claimWrite(who, attempt, async (tx) => {
    const before = await claimSnapshot(tx, id);
    if (!before) throw notFound("The claim");
    await bumpClaimVersion(tx, id, version);
    const facts = await claimFacts(tx, id);
    await tx.claim.update({ where: { id }, data: { publishedAt: publish ? (before.publishedAt ?? new Date()) : null } });
    await syncClaimFacts(tx, id, facts);
    await audit(tx, who, { ...attempt, before, after: await claimSnapshot(tx, id) });
    return { id, version: version + 1, published: publish };
  });
  readerChanged({ claimIds: [id] });
  return result;
}
