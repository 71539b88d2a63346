import "server-only";
import type { DeliveryRow, WebhookCreated, WebhookEvent, WebhookRow } from "@/lib/contracts/webhooks";
import { WebhookCreateSchema, WebhookPatchSchema } from "@/lib/schemas/webhook";
import { audit } from "@/server/auth/audit";
import { requireAdmin, type Actor } from "@/server/auth/session";
import { db } from "@/server/platform/db";
import { AppError, invalid, notFound, parseInput } from "@/server/platform/errors";
import { checkUrl } from "@/server/outbound/safe-fetch";
import { drainWebhook } from "./delivery";
import { newSecret, seal } from "./secret-box";

// Admins configure webhooks on the desk (issue 17). Every change is audited
// in its transaction, without the secret; a stale change is refused (409).

const rowSelect = { id: true, url: true, description: true, events: true, active: true, version: true, createdAt: true } as const;
type Stored = { id: string; url: string; description: string; events: string; active: boolean; version: number; createdAt: Date };
const toRow = (w: Stored): WebhookRow => ({ ...w, events: w.events.split(" ") as WebhookEvent[], createdAt: w.createdAt.toISOString() });

/** The same refusal as fetching (scheme, credentials, a literal private address); names are checked again at each delivery. */
function checkTarget(url: string) {
  try {
    checkUrl(new URL(url));
  } catch (error) {
    if (error instanceof AppError) throw invalid(error.message, { url: [error.message] });
    throw error;
  }
}

export async function listWebhooks(actor?: Actor): Promise<WebhookRow[]> {
  if (actor === undefined) await requireAdmin();
  return (await db.webhook.findMany({ orderBy: { createdAt: "asc" }, select: rowSelect })).map(toRow);
}

export async function createWebhook(input: unknown, actor?: Actor): Promise<WebhookCreated> {
  const who = actor ?? (await requireAdmin());
  const data = parseInput(WebhookCreateSchema, input);
  checkTarget(data.url);
  const secret = newSecret();
  const created = await db.$transaction(async (tx) => {
    const hook = await tx.webhook.create({
      data: { url: data.url, description: data.description, events: data.events.join(" "), secretCipher: seal(secret), createdById: who.id },
      select: rowSelect,
    });
    await audit(tx, who, { action: "webhook.create", entityType: "webhook", entityId: hook.id, after: toRow(hook) });
    return hook;
  });
  return { webhook: toRow(created), secret };
}

export async function updateWebhook(id: string, input: unknown, actor?: Actor): Promise<WebhookRow> {
  const who = actor ?? (await requireAdmin());
  const data = parseInput(WebhookPatchSchema, input);
  if (data.url) checkTarget(data.url);
  return db.$transaction(async (tx) => {
    const before = await tx.webhook.findUnique({ where: { id }, select: rowSelect });
    if (!before) throw notFound("The webhook");
    const changed = await tx.webhook.updateMany({
      where: { id, version: data.version },
      data: {
        url: data.url,
        description: data.description,
        events: data.events?.join(" "),
        active: data.active,
        version: { increment: 1 },
      },
    });
    if (changed.count !== 1)
      throw new AppError("conflict", "Someone else changed this webhook meanwhile. Reload to see their change.", undefined, { currentVersion: before.version });
    const after = await tx.webhook.findUniqueOrThrow({ where: { id }, select: rowSelect });
    await audit(tx, who, { action: "webhook.update", entityType: "webhook", entityId: id, before: toRow(before), after: toRow(after) });
    return toRow(after);
  });
}

export async function deleteWebhook(id: string, actor?: Actor) {
  const who = actor ?? (await requireAdmin());
  await db.$transaction(async (tx) => {
    const before = await tx.webhook.findUnique({ where: { id }, select: rowSelect });
    if (!before) throw notFound("The webhook");
    await tx.webhook.delete({ where: { id } });
    await audit(tx, who, { action: "webhook.delete", entityType: "webhook", entityId: id, before: toRow(before) });
  });
}

type DeliveryStored = Omit<DeliveryRow, "event" | "state" | "nextAttemptAt" | "deliveredAt" | "createdAt"> & {
  event: string;
  state: string;
  nextAttemptAt: Date;
  deliveredAt: Date | null;
  createdAt: Date;
};
const toDelivery = (d: DeliveryStored): DeliveryRow => ({
  ...d,
  event: d.event as DeliveryRow["event"],
  state: d.state as DeliveryRow["state"],
  nextAttemptAt: d.state === "pending" ? d.nextAttemptAt.toISOString() : null,
  deliveredAt: d.deliveredAt?.toISOString() ?? null,
  createdAt: d.createdAt.toISOString(),
});
const deliverySelect = {
  id: true,
  webhookId: true,
  event: true,
  state: true,
  attempts: true,
  lastStatus: true,
  lastError: true,
  nextAttemptAt: true,
  deliveredAt: true,
  createdAt: true,
} as const;

/** The delivery log: the latest deliveries, newest first. */
export async function listDeliveries(webhookId: string, actor?: Actor, take = 50): Promise<DeliveryRow[]> {
  if (actor === undefined) await requireAdmin();
  const rows = await db.webhookDelivery.findMany({ where: { webhookId }, orderBy: [{ createdAt: "desc" }, { id: "desc" }], take, select: deliverySelect });
  return rows.map(toDelivery);
}

/** "Send test": a webhook.test delivery, queued behind the others and tried at once; answers it as it stands. */
export async function sendTest(webhookId: string, actor?: Actor): Promise<DeliveryRow> {
  const who = actor ?? (await requireAdmin());
  const now = new Date();
  const delivery = await db.$transaction(async (tx) => {
    const hook = await tx.webhook.findUnique({ where: { id: webhookId }, select: { id: true, active: true } });
    if (!hook) throw notFound("The webhook");
    if (!hook.active) throw invalid("This webhook is paused; turn it on to send a test.");
    const payload = JSON.stringify({ type: "webhook.test", timestamp: now.toISOString(), data: { webhookId, message: "A test delivery from Hindsight." } });
    const created = await tx.webhookDelivery.create({
      data: { webhookId, event: "webhook.test", payload, createdAt: now, nextAttemptAt: now },
      select: { id: true },
    });
    await audit(tx, who, { action: "webhook.test", entityType: "webhook", entityId: webhookId, after: { deliveryId: created.id } });
    return created;
  });
  await drainWebhook(webhookId);
  return toDelivery(await db.webhookDelivery.findUniqueOrThrow({ where: { id: delivery.id }, select: deliverySelect }));
}
