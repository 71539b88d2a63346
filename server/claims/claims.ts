import "server-only";
import { attributionKind } from "@/lib/attribution";
import { claimStanceHint } from "@/lib/candidates/claim-stance";
import { certaintyOf, findAttribution } from "@/lib/candidates/detectors";
import { parseDay } from "@/lib/dates";
import { ClaimCreateSchema, ClaimUpdateSchema } from "@/lib/schemas/claim";
import { VersionSchema } from "@/lib/schemas/common";
import { crossesParagraph, PARAGRAPH_MESSAGE } from "@/lib/quote-bounds";
import { checkSpan } from "@/lib/spans";
import { requireEditor, type Actor } from "@/server/auth/session";
import { readerChanged } from "@/server/cache/reader-cache";
import { db, type Tx } from "@/server/platform/db";
import { invalid, notFound, parseInput } from "@/server/platform/errors";
import { deliverSoon } from "@/server/webhooks/delivery";
import { claimPublished } from "@/server/webhooks/events";
import { withRumorFacts } from "./facts";
import { assertPreEvent, assertRumorRules, eventTimingSelect } from "./rules";
import { audit, bumpRumorVersion, claimSnapshot, rumorOfClaim, rumorSnapshot, rumorWrite } from "./versions";

/**
 * A quote is `body.slice(start, end)` and stays within one paragraph: every
 * write that creates or moves a quote (claims, evidence, boundary edits)
 * checks it here, so API clients meet the rule the desk shows (ADR 0031).
 */
export function assertSpan(body: string, start: number, end: number, quote?: string) {
  const check = checkSpan(body, start, end, quote);
  if (!check.ok) throw invalid(check.message, { start: [check.message] });
  if (crossesParagraph(body, { start, end })) throw invalid(PARAGRAPH_MESSAGE, { start: [PARAGRAPH_MESSAGE] });
  return check.quote;
}

export async function loadEvent(tx: Tx, eventId: string | null | undefined) {
  if (!eventId) return null;
  const event = await tx.event.findUnique({ where: { id: eventId }, select: { id: true, archivedAt: true, ...eventTimingSelect } });
  if (!event) throw invalid("That event does not exist.", { eventId: ["Unknown event."] });
  return event;
}

async function loadOutlet(tx: Tx, outletId: string | null | undefined) {
  if (!outletId) return null;
  const outlet = await tx.outlet.findUnique({ where: { id: outletId }, select: { id: true } });
  if (!outlet) throw invalid("That outlet does not exist.", { relayedFromId: ["Unknown outlet."] });
  return outlet.id;
}

/** The tier the candidates detector reads from the quote, its attribution supplied by the editor. */
export function detectedCertainty(quote: string, attributedTo: string): string {
  return certaintyOf(quote, findAttribution(quote) ?? findAttribution(`${attributedTo} said ${quote}`));
}

/**
 * A claim: one article's quote. With `rumorId` it joins that rumor (which
 * must exist, and whose event its article must precede); otherwise it starts
 * a rumor of its own from its statement, event and deadline. Answers with
 * the claim, its rumor and the rumor's version.
 */
export async function createClaim(input: unknown, actor?: Actor | null) {
  const who = actor === undefined ? await requireEditor() : actor;
  const data = parseInput(ClaimCreateSchema, input);
  const result = await rumorWrite(
    who,
    { action: "claim.create", entityType: "claim", entityId: "-", rumorId: data.rumorId ?? null, after: data },
    async (tx) => {
      const article = await tx.article.findUnique({ where: { id: data.articleId }, select: { id: true, body: true, publishedAt: true, outletId: true } });
      if (!article) throw invalid("That article does not exist.", { articleId: ["Unknown article."] });
      const quoteText = assertSpan(article.body, data.start, data.end, data.quote);
      const relayedFromId = await loadOutlet(tx, data.relayedFromId);
      let rumorId = data.rumorId;
      if (rumorId) {
        const rumor = await tx.rumor.findUnique({ where: { id: rumorId }, select: { id: true } });
        if (!rumor) throw invalid("That rumor does not exist.", { rumorId: ["Unknown rumor."] });
      } else {
        const event = await loadEvent(tx, data.eventId);
        if (event?.archivedAt) throw invalid("That event is archived; unarchive it on the Events page first.", { eventId: ["Archived event."] });
        assertPreEvent(article, event);
        const rumor = await tx.rumor.create({
          data: {
            statement: data.statement,
            eventId: event?.id ?? null,
            deadline: data.deadline ? parseDay(data.deadline) : null,
            confirmedIf: data.confirmedIf ?? null,
            refutedIf: data.refutedIf ?? null,
            createdById: who?.id ?? null,
          },
          select: { id: true },
        });
        rumorId = rumor.id;
        await audit(tx, who, { action: "rumor.create", entityType: "rumor", entityId: rumorId, rumorId, after: await rumorSnapshot(tx, rumorId) });
      }
      // Joining a rumor changes it (compare-and-swap); a new rumor starts at version 1.
      const version = data.rumorId ? await bumpRumorVersion(tx, rumorId, data.version) : 1;
      const created = await withRumorFacts(tx, [rumorId], async () => {
        const claim = await tx.claim.create({
          data: {
            rumorId: rumorId!,
            articleId: article.id,
            quoteStart: data.start,
            quoteEnd: data.end,
            quoteText,
            statement: data.statement,
            attributedTo: data.attributedTo,
            stance: data.stance ?? claimStanceHint(quoteText).stance,
            relayedFromId,
            certainty: data.certainty ?? detectedCertainty(quoteText, data.attributedTo),
            createdById: who?.id ?? null,
            // Denormalized (server/claims/facts.ts); a new claim is unpublished, so no tally counts it yet.
            outletId: article.outletId,
            sourceAt: article.publishedAt,
            own: attributionKind(data.attributedTo) === "own",
          },
          select: { id: true },
        });
        await assertRumorRules(tx, rumorId!);
        return claim;
      });
      await audit(tx, who, {
        action: "claim.create",
        entityType: "claim",
        entityId: created.id,
        claimId: created.id,
        rumorId,
        after: { ...(await claimSnapshot(tx, created.id)), articleId: article.id, quote: { start: data.start, end: data.end, text: quoteText } },
      });
      return { id: created.id, rumorId, version };
    },
  );
  readerChanged({ claimIds: [result.id] });
  return result;
}

/**
 * Edits a claim's wording, attribution, stance or relayed outlet, and its
 * rumor's event and deadline. The edit carries the rumor version it was
 * based on; if someone else changed the rumor meanwhile it is refused, not merged.
 */
export async function updateClaim(id: string, input: unknown, actor?: Actor | null) {
  const who = actor === undefined ? await requireEditor() : actor;
  const data = parseInput(ClaimUpdateSchema, input);
  const rumorId = await rumorOfClaim(db, id);
  const attempt = { action: "claim.update", entityType: "claim" as const, entityId: id, claimId: id, rumorId, after: data };
  const result = await rumorWrite(who, attempt, async (tx) => {
    const version = await bumpRumorVersion(tx, rumorId, data.version);
    const before = { claim: await claimSnapshot(tx, id), rumor: await rumorSnapshot(tx, rumorId) };
    if (!before.claim || before.claim.rumorId !== rumorId) throw notFound("The claim");
    const relayedFromId = data.relayedFromId === undefined ? undefined : await loadOutlet(tx, data.relayedFromId);
    await withRumorFacts(tx, [rumorId], async () => {
      await tx.claim.update({
        where: { id },
        data: { statement: data.statement, attributedTo: data.attributedTo, stance: data.stance, relayedFromId, certainty: data.certainty },
      });
      if (data.eventId !== undefined || data.deadline !== undefined) {
        const event = data.eventId === undefined ? undefined : await loadEvent(tx, data.eventId);
        await tx.rumor.update({
          where: { id: rumorId },
          data: {
            eventId: event === undefined ? undefined : (event?.id ?? null),
            deadline: data.deadline === undefined ? undefined : data.deadline ? parseDay(data.deadline) : null,
          },
        });
        await assertRumorRules(tx, rumorId);
      }
    });
    await audit(tx, who, { ...attempt, before, after: { claim: await claimSnapshot(tx, id), rumor: await rumorSnapshot(tx, rumorId) } });
    return { id, rumorId, version };
  });
  readerChanged({ claimIds: [id] });
  return result;
}

/** Deletes a claim made in error; a rumor left without claims goes too (its audit trail stays). */
export async function deleteClaim(id: string, actor?: Actor | null) {
  const who = actor === undefined ? await requireEditor() : actor;
  await db.$transaction(async (tx) => {
    const before = await claimSnapshot(tx, id);
    if (!before) throw notFound("The claim");
    await bumpRumorVersion(tx, before.rumorId, undefined);
    await withRumorFacts(tx, [before.rumorId], async () => {
      // Clear the pointer first: the override is one of the rows the cascade removes.
      await tx.claim.update({ where: { id }, data: { overrideVerdictId: null } });
      await tx.claim.delete({ where: { id } });
    });
    await audit(tx, who, { action: "claim.delete", entityType: "claim", entityId: id, claimId: id, rumorId: before.rumorId, before });
  });
  readerChanged({ claimIds: [id] });
}

/** Publishes or unpublishes a claim (readers see only published claims, and rumors with one). */
export async function setClaimPublished(id: string, input: unknown, publish: boolean, actor?: Actor | null) {
  const who = actor === undefined ? await requireEditor() : actor;
  const { version } = parseInput(VersionSchema, input);
  const rumorId = await rumorOfClaim(db, id);
  const action = publish ? "claim.publish" : "claim.unpublish";
  const attempt = { action, entityType: "claim" as const, entityId: id, claimId: id, rumorId };
  let told = 0;
  const result = await rumorWrite(who, attempt, async (tx) => {
    const next = await bumpRumorVersion(tx, rumorId, version);
    const before = await claimSnapshot(tx, id);
    if (!before || before.rumorId !== rumorId) throw notFound("The claim");
    await withRumorFacts(tx, [rumorId], async () => {
      await tx.claim.update({ where: { id }, data: { publishedAt: publish ? (before.publishedAt ?? new Date()) : null } });
      if (publish) await assertRumorRules(tx, rumorId);
    });
    if (publish && !before.publishedAt) told = await claimPublished(tx, id);
    await audit(tx, who, { ...attempt, before, after: await claimSnapshot(tx, id) });
    return { id, rumorId, version: next, published: publish };
  });
  readerChanged({ claimIds: [id] });
  if (told) void deliverSoon();
  return result;
}
