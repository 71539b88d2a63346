import "server-only";
import { Webhook as Signer } from "standardwebhooks";
import { jobs } from "@/server/jobs/jobs";
import type { JobQueue } from "@/server/jobs/queue";
import { db } from "@/server/platform/db";
import { env } from "@/server/platform/env";
import { FetchRefused, safeFetch } from "@/server/outbound/safe-fetch";
import { open } from "./secret-box";

// Sending (ADR 0033). A webhook's deliveries go out one at a time, oldest
// first: a worker holds the webhook (Webhook.lockedUntil, compare-and-swap)
// while it sends, and the next delivery waits until the one before it is
// delivered or given up. A failed attempt is retried after
// HINDSIGHT_WEBHOOK_RETRY_SECONDS · 2^(attempt−1) by a job queued for that
// time (server/jobs, ADR 0027), up to HINDSIGHT_WEBHOOK_ATTEMPTS attempts.
// Each attempt is signed afresh (Standard Webhooks: HMAC-SHA256 over id,
// timestamp and body) and sent through the fetcher's private-address guard.

export const WEBHOOK_DRAIN = "webhook-drain";
type DrainJob = { webhookId: string };

const LEASE_MS = 120_000;
const TIMEOUT_MS = 10_000;
const BATCH = 100;

export type DrainOptions = { now?: () => Date; queue?: JobQueue };

const retryDelayMs = (attempts: number) => env.HINDSIGHT_WEBHOOK_RETRY_SECONDS * 1000 * 2 ** (attempts - 1);

/** One signed POST; answers the status, or throws when the receiver could not be reached. */
async function sendSigned(url: string, secret: string, delivery: { id: string; event: string; payload: string }, at: Date) {
  const signature = new Signer(secret).sign(delivery.id, at, delivery.payload);
  const answer = await safeFetch(url, {
    accept: "any",
    timeoutMs: TIMEOUT_MS,
    maxBytes: 64 * 1024,
    post: {
      body: delivery.payload,
      headers: {
        "content-type": "application/json",
        "webhook-id": delivery.id,
        "webhook-timestamp": String(Math.floor(at.getTime() / 1000)),
        "webhook-signature": signature,
        "hindsight-event": delivery.event,
      },
    },
  });
  return answer.status;
}

async function hold(webhookId: string, now: Date): Promise<boolean> {
  const taken = await db.webhook.updateMany({
    where: { id: webhookId, OR: [{ lockedUntil: null }, { lockedUntil: { lt: now } }] },
    data: { lockedUntil: new Date(now.getTime() + LEASE_MS) },
  });
  return taken.count === 1;
}

const release = (webhookId: string) => db.webhook.updateMany({ where: { id: webhookId }, data: { lockedUntil: null } });

const head = (webhookId: string) => db.webhookDelivery.findFirst({ where: { webhookId, state: "pending" }, orderBy: [{ createdAt: "asc" }, { id: "asc" }] });

/**
 * Sends what is due, in order, while this worker holds the webhook; stops at
 * a delivery that must wait (a job is queued for its time). "idle": nothing
 * was left; anything else: stop looking.
 */
async function sendDue(webhookId: string, now: () => Date, queue: JobQueue): Promise<"idle" | "waiting" | "paused" | "batch"> {
  const hook = await db.webhook.findUnique({ where: { id: webhookId }, select: { url: true, secretCipher: true, active: true } });
  if (!hook?.active) return "paused";
  for (let i = 0; i < BATCH; i++) {
    const next = await head(webhookId);
    if (!next) return "idle";
    if (next.nextAttemptAt > now()) {
      await queue.send<DrainJob>(WEBHOOK_DRAIN, { webhookId }, { startAfter: next.nextAttemptAt });
      return "waiting";
    }
    const attempts = next.attempts + 1;
    let status: number | null = null;
    let error: string | null = null;
    try {
      status = await sendSigned(hook.url, open(hook.secretCipher), next, now());
      if (status < 200 || status >= 300) error = `The receiver answered ${status}.`;
    } catch (e) {
      error = e instanceof FetchRefused ? e.message : `Not sent: ${(e as Error).message}`;
    }
    const at = now();
    if (!error) {
      await db.webhookDelivery.update({ where: { id: next.id }, data: { state: "delivered", attempts, lastStatus: status, lastError: null, deliveredAt: at } });
      continue;
    }
    const giveUp = attempts >= env.HINDSIGHT_WEBHOOK_ATTEMPTS;
    const retryAt = new Date(at.getTime() + retryDelayMs(attempts));
    await db.webhookDelivery.update({
      where: { id: next.id },
      data: { state: giveUp ? "failed" : "pending", attempts, lastStatus: status, lastError: error.slice(0, 500), nextAttemptAt: giveUp ? at : retryAt },
    });
    if (giveUp) continue;
    await queue.send<DrainJob>(WEBHOOK_DRAIN, { webhookId }, { startAfter: retryAt });
    return "waiting";
  }
  await queue.send<DrainJob>(WEBHOOK_DRAIN, { webhookId });
  return "batch";
}

/**
 * Sends the webhook's due deliveries. Another worker already sending them
 * will see anything recorded meanwhile (it looks again after letting go);
 * one that died holding the webhook is taken over after its lease.
 */
export async function drainWebhook(webhookId: string, options: DrainOptions = {}) {
  const now = options.now ?? (() => new Date());
  const queue = options.queue ?? jobs();
  for (;;) {
    if (!(await hold(webhookId, now()))) {
      const hook = await db.webhook.findUnique({ where: { id: webhookId }, select: { lockedUntil: true } });
      if (hook?.lockedUntil) await queue.send<DrainJob>(WEBHOOK_DRAIN, { webhookId }, { startAfter: hook.lockedUntil });
      return;
    }
    let outcome: Awaited<ReturnType<typeof sendDue>>;
    try {
      outcome = await sendDue(webhookId, now, queue);
    } finally {
      await release(webhookId);
    }
    // Recorded while we were letting go: whoever recorded it may have found us still holding.
    const next = outcome === "idle" ? await head(webhookId) : null;
    if (!next || next.nextAttemptAt > now()) return;
  }
}

/** After a commit that recorded events: queue a drain for every webhook with a delivery due. Never throws (the worker's start sweeps again). */
export async function deliverSoon(queue?: JobQueue) {
  try {
    const due = await db.webhookDelivery.findMany({
      where: { state: "pending", nextAttemptAt: { lte: new Date() }, webhook: { active: true } },
      distinct: ["webhookId"],
      select: { webhookId: true },
    });
    for (const { webhookId } of due) await (queue ?? jobs()).send<DrainJob>(WEBHOOK_DRAIN, { webhookId });
  } catch (error) {
    console.warn(`Webhooks: could not queue deliveries: ${(error as Error).message}`);
  }
}

export async function registerWebhookJobs(queue: JobQueue) {
  await queue.work<DrainJob>(WEBHOOK_DRAIN, async ({ webhookId }) => drainWebhook(webhookId, { queue }));
  // Deliveries recorded by a process that stopped before queuing them.
  await deliverSoon(queue);
}
