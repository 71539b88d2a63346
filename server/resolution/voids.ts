import "server-only";
import { EventVoidSchema, RumorVoidSchema } from "@/lib/schemas/claim";
import { VersionSchema } from "@/lib/schemas/common";
import { requireEditor, type Actor } from "@/server/auth/session";
import { readerChanged } from "@/server/cache/reader-cache";
import { db, type Tx } from "@/server/platform/db";
import { AppError, invalid, notFound, parseInput } from "@/server/platform/errors";
import { deliverSoon } from "@/server/webhooks/delivery";
import { rumorVoided } from "@/server/webhooks/events";
import { withRumorFacts } from "@/server/claims/facts";
import { audit, bumpRumorVersion, rumorSnapshot, rumorWrite } from "@/server/claims/versions";

// Void (issue 17): an event cancelled or changed beyond recognition leaves
// its open rumors with nothing to come true. A void rumor is neither refuted
// nor unverifiable: readers see it with the reason, and no score counts it
// (server/claims/facts.ts tallies it as "void"). Only an open rumor (no
// published verdict) can be voided; undoing brings its claims back as pending.

async function voidOne(tx: Tx, actor: Actor | null, id: string, reason: string, at: Date) {
  const before = await rumorSnapshot(tx, id);
  if (!before) throw notFound("The rumor");
  if (before.voidedAt) throw new AppError("conflict", "The rumor is already void.");
  if (before.currentVerdict) throw new AppError("conflict", "The rumor has a published verdict: unpublish it before voiding the rumor.");
  await withRumorFacts(tx, [id], () => tx.rumor.update({ where: { id }, data: { voidedAt: at, voidReason: reason } }));
  await audit(tx, actor, { action: "rumor.void", entityType: "rumor", entityId: id, rumorId: id, before, after: await rumorSnapshot(tx, id) });
  // Newsrooms' systems are told (ADR 0033); nothing goes out for a rumor readers cannot see.
  await rumorVoided(tx, id, reason, at);
}

/** `POST /api/v1/rumors/{id}/void`: this rumor is void, for `reason`. */
export async function voidRumor(id: string, input: unknown, actor?: Actor | null) {
  const who = actor === undefined ? await requireEditor() : actor;
  const data = parseInput(RumorVoidSchema, input);
  const attempt = { action: "rumor.void", entityType: "rumor" as const, entityId: id, rumorId: id, after: data };
  const result = await rumorWrite(who, attempt, async (tx) => {
    const version = await bumpRumorVersion(tx, id, data.version);
    await voidOne(tx, who, id, data.reason, new Date());
    return { id, version };
  });
  readerChanged({ rumorIds: [id] });
  void deliverSoon();
  return result;
}

/** `DELETE /api/v1/rumors/{id}/void`: undoes the void; the rumor is open again. */
export async function unvoidRumor(id: string, input: unknown, actor?: Actor | null) {
  const who = actor === undefined ? await requireEditor() : actor;
  const data = parseInput(VersionSchema, input);
  const attempt = { action: "rumor.unvoid", entityType: "rumor" as const, entityId: id, rumorId: id, after: data };
  const result = await rumorWrite(who, attempt, async (tx) => {
    const version = await bumpRumorVersion(tx, id, data.version);
    const before = await rumorSnapshot(tx, id);
    if (!before?.voidedAt) throw new AppError("conflict", "The rumor is not void.");
    await withRumorFacts(tx, [id], () => tx.rumor.update({ where: { id }, data: { voidedAt: null, voidReason: null } }));
    await audit(tx, who, { ...attempt, before, after: await rumorSnapshot(tx, id) });
    return { id, version };
  });
  readerChanged({ rumorIds: [id] });
  return result;
}

/**
 * `POST /api/v1/events/{id}/void`: every open rumor of the event (not void,
 * no published verdict) becomes void with one reason, in one transaction.
 * Answers with the rumors voided; each can be undone on its own.
 */
export async function voidEventRumors(eventId: string, input: unknown, actor?: Actor | null) {
  const who = actor === undefined ? await requireEditor() : actor;
  const data = parseInput(EventVoidSchema, input);
  const result = await db.$transaction(async (tx) => {
    const event = await tx.event.findUnique({ where: { id: eventId }, select: { id: true } });
    if (!event) throw invalid("That event does not exist.", { eventId: ["Unknown event."] });
    const open = await tx.rumor.findMany({ where: { eventId, voidedAt: null, currentVerdictId: null }, select: { id: true }, orderBy: { id: "asc" } });
    const at = new Date();
    for (const { id } of open) {
      await bumpRumorVersion(tx, id, undefined);
      await voidOne(tx, who, id, data.reason, at);
    }
    await audit(tx, who, {
      action: "event.void_rumors",
      entityType: "event",
      entityId: eventId,
      after: { reason: data.reason, rumorIds: open.map((r) => r.id) },
    });
    return { eventId, rumorIds: open.map((r) => r.id) };
  });
  readerChanged({ eventIds: [eventId], rumorIds: result.rumorIds });
  if (result.rumorIds.length) void deliverSoon();
  return result;
}
