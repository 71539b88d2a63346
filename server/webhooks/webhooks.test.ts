import { Webhook as Verifier } from "standardwebhooks";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/server/platform/db";
import type { JobQueue } from "@/server/jobs/queue";
import { claimWorld } from "@/test/fixtures";
import { signedIn } from "@/test/auth";
import { startWebhookReceiver, type Received, type WebhookReceiver } from "@/test/webhook-receiver";

await vi.hoisted(async () => {
  process.env.HINDSIGHT_FETCH_ALLOW_PRIVATE_HOSTS = "127.0.0.1";
  process.env.HINDSIGHT_WEBHOOK_RETRY_SECONDS = "10";
  process.env.HINDSIGHT_WEBHOOK_ATTEMPTS = "3";
});
const { setClaimPublished } = await import("@/server/claims/claims");
const { recordVerdict, setVerdictPublished } = await import("@/server/claims/verdicts");
const { voidRumor } = await import("@/server/resolution/voids");
const { bulkClaims } = await import("@/server/worklists/bulk-actions");
const { jobs } = await import("@/server/jobs/jobs");
const { createWebhook, deleteWebhook, listDeliveries, sendTest, updateWebhook } = await import("./config");
const { drainWebhook, registerWebhookJobs, WEBHOOK_DRAIN } = await import("./delivery");
const { record, rumorVoided } = await import("./events");

// A receiver on loopback, as a newsroom would run one: it checks every
// signature with the Standard Webhooks library, and a path can be told to
// fail its first requests (test/webhook-receiver.ts).
let receiver: WebhookReceiver;
let received: Received[] = [];
let origin = "";
let admin: Awaited<ReturnType<typeof signedIn>>["user"];
beforeAll(async () => {
  receiver = await startWebhookReceiver();
  ({ received, origin } = receiver);
  admin = (await signedIn("admin")).user;
});
afterAll(async () => {
  await jobs().stop();
  await receiver.close();
});
beforeEach(async () => {
  await db.webhook.deleteMany({});
  received.length = 0;
});

const ALL = ["verdict.published", "verdict.changed", "claim.published", "rumor.voided", "stealth_edit.found"];
let n = 0;
async function hook(events = ALL) {
  const path = `/hook-${++n}`;
  const { webhook, secret } = await createWebhook({ url: `${origin}${path}`, events }, admin);
  receiver.secrets.set(path, secret);
  return { ...webhook, path, secret };
}
const versionOf = async (claimId: string) =>
  (await db.claim.findUniqueOrThrow({ where: { id: claimId }, select: { rumor: { select: { version: true } } } })).rumor.version;
const bodies = (path: string) => received.filter((r) => r.path === path).map((r) => JSON.parse(r.body) as { type: string; data: Record<string, unknown> });
/** A queue that only records what would be scheduled. */
function recordingQueue() {
  const sent: { data: object; startAfter?: Date }[] = [];
  const send = async (_name: string, data: object, options: { startAfter?: Date } = {}) => {
    sent.push({ data, startAfter: options.startAfter });
    return "job";
  };
  return { sent, queue: { send } as unknown as JobQueue };
}

describe("webhook deliveries", () => {
  it("signs each delivery over its id, timestamp and body; a receiver with another secret refuses it", async () => {
    const h = await hook();
    const delivery = await sendTest(h.id, admin);
    expect(delivery).toMatchObject({ state: "delivered", attempts: 1, lastStatus: 204, event: "webhook.test" });
    const [got] = received;
    expect(got!.verified).toBe(true);
    expect(got!.headers["webhook-id"]).toBe(delivery.id);
    expect(Math.abs(Number(got!.headers["webhook-timestamp"]) - Date.now() / 1000)).toBeLessThan(60);
    expect(got!.headers["webhook-signature"]).toMatch(/^v1,[A-Za-z0-9+/]+=*$/);
    expect(() => new Verifier(`whsec_${Buffer.alloc(32, 7).toString("base64")}`).verify(got!.body, got!.headers as Record<string, string>)).toThrow();
    // A changed body fails the check too.
    expect(() => new Verifier(h.secret).verify(got!.body.replace("test", "tset"), got!.headers as Record<string, string>)).toThrow();
    // The secret is stored encrypted, never in the clear.
    const stored = await db.webhook.findUniqueOrThrow({ where: { id: h.id }, select: { secretCipher: true } });
    expect(stored.secretCipher).not.toContain(h.secret.slice(6, 20));
  });

  it("never sends a draft: events follow what readers see, in order", async () => {
    const h = await hook();
    const { claimId } = await claimWorld();
    const draft = await recordVerdict(
      claimId,
      { rating: "confirmed", rationale: "First reasoning, published later.", version: await versionOf(claimId) },
      null,
    );
    // Published verdict on a rumor no reader can see yet: nothing to tell either.
    await setVerdictPublished(draft.id, { version: await versionOf(claimId) }, true, null);
    await setVerdictPublished(draft.id, { version: await versionOf(claimId) }, false, null);
    expect(await db.webhookDelivery.count({ where: { webhookId: h.id } })).toBe(0);

    await setClaimPublished(claimId, { version: await versionOf(claimId) }, true, null);
    await recordVerdict(claimId, { rating: "refuted", rationale: "A second DRAFT-ONLY thought.", version: await versionOf(claimId) }, null);
    await setVerdictPublished(draft.id, { version: await versionOf(claimId) }, true, null);
    await recordVerdict(
      claimId,
      { rating: "partly_confirmed", rationale: "The review shows half of it happened.", version: await versionOf(claimId), publish: true },
      null,
    );
    await drainWebhook(h.id, { queue: recordingQueue().queue });

    const got = bodies(h.path);
    expect(got.map((b) => b.type)).toEqual(["claim.published", "verdict.published", "verdict.changed"]);
    expect(received.every((r) => r.verified)).toBe(true);
    expect(received.some((r) => r.body.includes("DRAFT-ONLY"))).toBe(false);
    const changed = got[2]!.data as { verdict: { rating: string }; previous: { rating: string }; claims: { id: string }[] };
    expect(changed.verdict.rating).toBe("partly_confirmed");
    expect(changed.previous.rating).toBe("confirmed");
    expect(changed.claims.map((c) => c.id)).toEqual([claimId]);
  });

  it("only tells a webhook the events it subscribed to", async () => {
    const onlyClaims = await hook(["claim.published"]);
    const paused = await hook(["claim.published"]);
    await updateWebhook(paused.id, { active: false, version: paused.version }, admin);
    const { claimId } = await claimWorld();
    await setClaimPublished(claimId, { version: await versionOf(claimId) }, true, null);
    await recordVerdict(claimId, { rating: "confirmed", rationale: "The review says so plainly.", version: await versionOf(claimId), publish: true }, null);
    expect((await listDeliveries(onlyClaims.id, admin)).map((d) => d.event)).toEqual(["claim.published"]);
    expect(await listDeliveries(paused.id, admin)).toEqual([]);
  });

  it("tells a void only once readers can see its rumor (stealth edits: server/sources/stealth-webhook.test.ts)", async () => {
    const h = await hook(["rumor.voided", "stealth_edit.found"]);
    const { claimId } = await claimWorld();
    const rumorId = (await db.claim.findUniqueOrThrow({ where: { id: claimId }, select: { rumorId: true } })).rumorId;
    const voided = (tx: Parameters<typeof rumorVoided>[0]) => rumorVoided(tx, rumorId, "The festival was cancelled.");
    expect(await db.$transaction(voided)).toBe(0);
    await setClaimPublished(claimId, { version: await versionOf(claimId) }, true, null);
    expect(await db.$transaction(voided)).toBe(1);
    const rows = await db.webhookDelivery.findMany({ where: { webhookId: h.id }, select: { event: true, payload: true } });
    expect(rows.map((r) => r.event)).toEqual(["rumor.voided"]);
    expect(JSON.parse(rows[0]!.payload).data.rumor.id).toBe(rumorId);
  });

  it("records rumor.voided when an editor voids a published rumor (voidRumor calls the hook)", async () => {
    const h = await hook(["rumor.voided"]);
    const { claimId } = await claimWorld();
    const rumorId = (await db.claim.findUniqueOrThrow({ where: { id: claimId }, select: { rumorId: true } })).rumorId;
    await setClaimPublished(claimId, { version: await versionOf(claimId) }, true, null);
    await voidRumor(rumorId, { reason: "The ceremony was cancelled.", version: await versionOf(claimId) }, null);
    const rows = await db.webhookDelivery.findMany({ where: { webhookId: h.id }, select: { event: true, payload: true } });
    expect(rows.map((r) => r.event)).toEqual(["rumor.voided"]);
    expect(JSON.parse(rows[0]!.payload).data.rumor.id).toBe(rumorId);
  });

  it("records claim.published for each claim a bulk action publishes", async () => {
    const h = await hook(["claim.published"]);
    const { claimId } = await claimWorld();
    const report = await bulkClaims({ action: "publish", claimIds: [claimId] }, admin);
    expect(report.ok).toBe(1);
    const rows = await db.webhookDelivery.findMany({ where: { webhookId: h.id }, select: { event: true } });
    expect(rows.map((r) => r.event)).toEqual(["claim.published"]);
  });

  it("retries a failing receiver with backoff, holding later deliveries back until the first is through", async () => {
    const h = await hook();
    receiver.failNext(h.path, 2);
    const t0 = new Date();
    await db.$transaction(async (tx) => {
      await record(tx, ["claim.published"], async () => ({ event: "claim.published", data: { n: 1 } }), t0);
      await record(tx, ["claim.published"], async () => ({ event: "claim.published", data: { n: 2 } }), new Date(t0.getTime() + 1));
    });
    const { sent, queue } = recordingQueue();
    const at = (s: number) => () => new Date(t0.getTime() + s * 1000);

    await drainWebhook(h.id, { now: at(0), queue });
    let log = await listDeliveries(h.id, admin);
    expect(log.map((d) => [d.state, d.attempts, d.lastStatus])).toEqual([
      ["pending", 0, null],
      ["pending", 1, 503],
    ]);
    expect(log[1]!.nextAttemptAt).toBe(new Date(t0.getTime() + 10_000).toISOString());
    expect(sent.at(-1)!.startAfter).toEqual(new Date(t0.getTime() + 10_000));

    await drainWebhook(h.id, { now: at(5), queue }); // not due yet: nothing sent
    expect(received).toHaveLength(1);
    await drainWebhook(h.id, { now: at(10), queue }); // second attempt fails; the next waits 2 × 10 s
    expect((await listDeliveries(h.id, admin))[1]!.nextAttemptAt).toBe(new Date(t0.getTime() + 30_000).toISOString());
    await drainWebhook(h.id, { now: at(30), queue });

    const ids = received.map((r) => r.headers["webhook-id"]);
    expect(new Set(ids.slice(0, 3)).size).toBe(1);
    expect(bodies(h.path).map((b) => (b.data as { n: number }).n)).toEqual([1, 1, 1, 2]);
    log = await listDeliveries(h.id, admin);
    expect(log.map((d) => [d.state, d.attempts])).toEqual([
      ["delivered", 1],
      ["delivered", 3],
    ]);
  });

  it("gives up after the last attempt and goes on with the next", async () => {
    const h = await hook();
    receiver.failNext(h.path, 3);
    const t0 = new Date();
    await db.$transaction(async (tx) => {
      await record(tx, ["claim.published"], async () => ({ event: "claim.published", data: { n: 1 } }), t0);
      await record(tx, ["claim.published"], async () => ({ event: "claim.published", data: { n: 2 } }), new Date(t0.getTime() + 1));
    });
    const { queue } = recordingQueue();
    for (const s of [0, 10, 30]) await drainWebhook(h.id, { now: () => new Date(t0.getTime() + s * 1000), queue });
    const log = await listDeliveries(h.id, admin);
    expect(log.map((d) => [d.state, d.attempts, d.nextAttemptAt])).toEqual([
      ["delivered", 1, null],
      ["failed", 3, null],
    ]);
  });

  it("sends through the durable job queue after the change commits", async () => {
    const h = await hook(["claim.published"]);
    const queue = jobs();
    await registerWebhookJobs(queue);
    await queue.start();
    const { claimId } = await claimWorld();
    await setClaimPublished(claimId, { version: await versionOf(claimId) }, true, null);
    await vi.waitFor(() => expect(bodies(h.path).map((b) => b.type)).toEqual(["claim.published"]), { timeout: 15_000, interval: 200 });
    await vi.waitFor(async () => expect((await listDeliveries(h.id, admin))[0]!.state).toBe("delivered"), { timeout: 5_000 });
    expect(WEBHOOK_DRAIN).toBe("webhook-drain");
  });
});

describe("webhook configuration", () => {
  it("refuses private and non-web addresses, as fetching does", async () => {
    for (const url of ["http://10.0.0.1/hook", "http://169.254.169.254/latest", "ftp://example.org/x", "http://user:pw@example.org/"]) {
      await expect(createWebhook({ url, events: ["claim.published"] }, admin), url).rejects.toMatchObject({ status: 422 });
    }
    // A name resolving to loopback is refused when the delivery connects (only the literal 127.0.0.1 is allowed in tests).
    const { port } = new URL(origin);
    const { webhook } = await createWebhook({ url: `http://localhost:${port}/sneaky`, events: ["claim.published"] }, admin);
    const delivery = await sendTest(webhook.id, admin);
    expect(delivery.state).toBe("pending");
    expect(delivery.lastError).toMatch(/not a public address/);
    expect(received).toHaveLength(0);
  });

  it("audits every change without the secret, and refuses a stale one", async () => {
    const h = await hook(["claim.published"]);
    await updateWebhook(h.id, { events: ["verdict.published"], version: 1 }, admin);
    await expect(updateWebhook(h.id, { active: false, version: 1 }, admin)).rejects.toMatchObject({ status: 409 });
    await expect(createWebhook({ url: `${origin}/x`, events: ["nonsense"] }, admin)).rejects.toMatchObject({ status: 422 });
    await deleteWebhook(h.id, admin);
    const trail = await db.auditEvent.findMany({ where: { entityType: "webhook", entityId: h.id }, orderBy: { at: "asc" } });
    expect(trail.map((a) => a.action)).toEqual(["webhook.create", "webhook.update", "webhook.delete"]);
    expect(trail.every((a) => a.actorId === admin.id)).toBe(true);
    expect(JSON.stringify(trail)).not.toContain(h.secret.slice(6));
    expect(await db.webhookDelivery.count({ where: { webhookId: h.id } })).toBe(0);
  });
});
