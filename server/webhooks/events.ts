import "server-only";
import type { WebhookEvent } from "@/lib/contracts/webhooks";
import type { Tx } from "@/server/platform/db";
import { claimPayload, verdictPayload, voidPayload } from "./payloads";
import { stealthEditPayload, type StealthEditFound } from "./stealth-edits";

// The write paths' hooks (issue 17, ADR 0033). Each runs inside the
// transaction that makes the change, so an event is recorded exactly when
// its change commits (a transactional outbox): one WebhookDelivery per active
// webhook subscribed to it. After the commit the caller calls
// deliverSoon() (delivery.ts) to queue the sending. A change that readers
// cannot see records nothing (payloads.ts): a draft never goes out.

type Built = { event: WebhookEvent; data: unknown } | null;

/**
 * Records the event `build` makes for every active webhook subscribed to it
 * (one of `kinds`); answers how many. Nothing is built without a subscriber,
 * so a newsroom without webhooks pays one small read per publication.
 */
export async function record(tx: Tx, kinds: readonly WebhookEvent[], build: () => Promise<Built>, at = new Date()): Promise<number> {
  const hooks = await tx.webhook.findMany({ where: { active: true }, select: { id: true, events: true } });
  const listening = hooks.filter((h) => h.events.split(" ").some((e) => kinds.includes(e as WebhookEvent)));
  if (listening.length === 0) return 0;
  const built = await build();
  if (!built) return 0;
  const subscribed = listening.filter((h) => h.events.split(" ").includes(built.event));
  for (const hook of subscribed) {
    const body = JSON.stringify({ type: built.event, timestamp: at.toISOString(), data: built.data });
    await tx.webhookDelivery.create({ data: { webhookId: hook.id, event: built.event, payload: body, createdAt: at, nextAttemptAt: at } });
  }
  return subscribed.length;
}

/** A verdict (or override) was published: verdict.published, or verdict.changed when it replaces a published one. */
export async function verdictPublished(tx: Tx, verdictId: string) {
  return record(tx, ["verdict.published", "verdict.changed"], () => verdictPayload(tx, verdictId));
}

/** A claim became visible to readers. */
export async function claimPublished(tx: Tx, claimId: string) {
  return record(tx, ["claim.published"], () => claimPayload(tx, claimId));
}

/** For the void of issue 17: call inside the transaction that voids a rumor. */
export async function rumorVoided(tx: Tx, rumorId: string, reason: string, voidedAt = new Date()) {
  return record(tx, ["rumor.voided"], () => voidPayload(tx, rumorId, reason, voidedAt));
}

/**
 * A re-capture found a new text of an article (server/sources/versions.ts):
 * call inside the transaction that records the version, so the event and the
 * version commit together. Told only when a published claim quotes the article.
 */
export async function stealthEditFound(tx: Tx, found: Omit<StealthEditFound, "foundAt"> & { foundAt?: Date }) {
  return record(tx, ["stealth_edit.found"], () => stealthEditPayload(tx, { ...found, foundAt: found.foundAt ?? new Date() }));
}
