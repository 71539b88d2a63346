import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { StealthEditData } from "@/lib/contracts/webhooks";
import { db } from "@/server/platform/db";
import { signedIn } from "@/test/auth";
import { startFixtureSite, storyPage, type FixtureSite } from "@/test/fixture-site";
import { startWebhookReceiver, type WebhookReceiver } from "@/test/webhook-receiver";

await vi.hoisted(async () => {
  const { mkdtempSync } = await import("node:fs");
  const { tmpdir } = await import("node:os");
  process.env.HINDSIGHT_CAPTURE_DIR = mkdtempSync(`${tmpdir()}/hindsight-captures-`);
  process.env.HINDSIGHT_FETCH_ALLOW_PRIVATE_HOSTS = "127.0.0.1";
  process.env.HINDSIGHT_SITE_URL = "https://hindsight.example";
  // Saved articles' own re-captures stay far off: the tests run theirs.
  process.env.HINDSIGHT_RECAPTURE_AFTER = "30d";
  process.env.HINDSIGHT_WEBHOOK_RETRY_SECONDS = "1";
  process.env.HINDSIGHT_WEBHOOK_ATTEMPTS = "3";
});
const { createArticle } = await import("@/server/articles/articles");
const { createEvent } = await import("@/server/articles/events");
const { createClaim, setClaimPublished } = await import("@/server/claims/claims");
const { archivedCapture } = await import("@/server/archive/archive");
const { jobs } = await import("@/server/jobs/jobs");
const { createWebhook, listDeliveries } = await import("@/server/webhooks/config");
const { registerWebhookJobs } = await import("@/server/webhooks/delivery");
const { fetchArticlePreview } = await import("./fetch-article");
const { recapture, recaptureNow, registerSourceJobs, RECAPTURE } = await import("./recapture");

// A stealth edit told to newsroom systems (issues 15 and 17, ADR 0033 update
// of 2026-12-02): the fixture site on loopback rewrites a page a published
// claim quotes; the re-capture records the new version and, in the same
// transaction, one `stealth_edit.found` delivery per subscribed webhook,
// which a receiver on loopback checks like a newsroom would.

let site: FixtureSite;
let receiver: WebhookReceiver;
let admin: Awaited<ReturnType<typeof signedIn>>["user"];
beforeAll(async () => {
  site = await startFixtureSite();
  receiver = await startWebhookReceiver();
  admin = (await signedIn("admin")).user;
});
afterAll(async () => {
  await jobs().stop();
  await site.close();
  await receiver.close();
});

const SITE = "https://hindsight.example";
const KEPT = "The organisers confirmed the rehearsals will continue all week at the stadium.";
const CHANGED = "A Hollywood actor will jump from the roof of the stadium during the ceremony.";
const REWRITTEN = "A stunt performer may appear near the roof of the stadium during the ceremony.";
const DRAFTED = "Two people involved in the rehearsals described the plan in detail to our reporter.";

let n = 0;
/**
 * A page saved as an article: a claim on CHANGED (published when asked) and a
 * draft claim on DRAFTED, which the rewrite drops and which never goes out.
 */
async function quotedStory({ publish }: { publish: boolean }) {
  const path = `/hooked-${++n}`;
  const tail = `Story ${n} of the stealth-edit webhook tests.`;
  site.pages.set(path, storyPage([KEPT, CHANGED, DRAFTED, tail]));
  const preview = await fetchArticlePreview({ url: `${site.origin}${path}` }, null);
  const article = await createArticle({ outlet: "The Daily Fixture", publishedAt: "2024-08-10", text: preview.text, captureId: preview.captureId }, null);
  const span = (q: string) => ({ start: preview.text.indexOf(q), end: preview.text.indexOf(q) + q.length, quote: q });
  const event = await createEvent({ name: `Ceremony ${n}`, date: "2024-08-11", slug: `hooked-ceremony-${n}` }, null);
  const claim = await createClaim(
    { articleId: article.id, ...span(CHANGED), statement: "An actor will jump.", attributedTo: "the newspaper", eventId: event.id },
    null,
  );
  const draft = await createClaim({ articleId: article.id, ...span(DRAFTED), statement: "DRAFT-ONLY reporting.", attributedTo: "two people" }, null);
  if (publish) await setClaimPublished(claim.id, { version: claim.version }, true, null);
  return { path, articleId: article.id, claimId: claim.id, draftId: draft.id, rewrite: () => site.pages.set(path, storyPage([KEPT, REWRITTEN, tail])) };
}

async function hook(events: string[]) {
  const path = `/stealth-${++n}`;
  const { webhook, secret } = await createWebhook({ url: `${receiver.origin}${path}`, events }, admin);
  receiver.secrets.set(path, secret);
  return { id: webhook.id, path };
}
const deliveries = (webhookId: string) => db.webhookDelivery.findMany({ where: { webhookId }, orderBy: { createdAt: "asc" } });

describe("stealth_edit.found", () => {
  it("a scheduled re-capture that finds a rewritten quote tells a subscriber once, signed, also after a failed attempt", async () => {
    const story = await quotedStory({ publish: true });
    // Evidence from this article on a rumor readers see (another article's published claim), on the passage the rewrite drops.
    const elsewhere = await quotedStory({ publish: true });
    const { rumorId } = await db.claim.findUniqueOrThrow({ where: { id: elsewhere.claimId }, select: { rumorId: true } });
    const { body: text } = await db.article.findUniqueOrThrow({ where: { id: story.articleId }, select: { body: true } });
    const evidence = await db.evidence.create({
      data: {
        rumorId,
        articleId: story.articleId,
        quoteStart: text.indexOf(DRAFTED),
        quoteEnd: text.indexOf(DRAFTED) + DRAFTED.length,
        quoteText: DRAFTED,
        stance: "mentions",
      },
    });
    const h = await hook(["stealth_edit.found"]);
    const other = await hook(["claim.published", "verdict.published"]);
    receiver.failNext(h.path, 1);
    story.rewrite();

    // The worker as the app runs it: the re-capture job, then the webhook drain and its retry.
    const queue = jobs();
    await registerSourceJobs(queue);
    await registerWebhookJobs(queue);
    await queue.start();
    await queue.send(RECAPTURE, { articleId: story.articleId });
    const accepted = () => receiver.received.filter((r) => r.path === h.path && r.status === 204);
    await vi.waitFor(() => expect(accepted()).toHaveLength(1), { timeout: 30_000, interval: 200 });

    const requests = receiver.received.filter((r) => r.path === h.path);
    expect(requests.map((r) => r.status)).toEqual([503, 204]);
    expect(requests.every((r) => r.verified)).toBe(true);
    // One event: the retry carries the same id and body.
    expect(new Set(requests.map((r) => r.headers["webhook-id"])).size).toBe(1);
    expect(requests[1]!.body).toBe(requests[0]!.body);
    expect(requests[0]!.headers["hindsight-event"]).toBe("stealth_edit.found");
    // The receiver answers before the worker records the answer.
    await vi.waitFor(async () => expect((await listDeliveries(h.id, admin))[0]?.state).toBe("delivered"), { timeout: 10_000, interval: 100 });
    const log = await listDeliveries(h.id, admin);
    expect(log.map((d) => [d.event, d.state, d.attempts])).toEqual([["stealth_edit.found", "delivered", 2]]);
    expect(await deliveries(other.id)).toEqual([]);

    const body = JSON.parse(requests[0]!.body) as { type: string; timestamp: string; data: StealthEditData };
    expect(body.type).toBe("stealth_edit.found");
    const [first, latest] = await db.capture.findMany({ where: { articleId: story.articleId }, orderBy: { fetchedAt: "asc" } });
    const [v1, v2] = await db.articleVersion.findMany({ where: { articleId: story.articleId }, orderBy: { number: "asc" } });
    expect([first!.versionId, latest!.versionId, latest!.outcome]).toEqual([v1!.id, v2!.id, "version"]);
    const article = await db.article.findUniqueOrThrow({ where: { id: story.articleId }, select: { title: true, url: true } });
    expect(body.data).toEqual({
      article: { id: story.articleId, title: article.title, url: article.url, outlet: { name: "The Daily Fixture", url: `${SITE}/outlets/the-daily-fixture` } },
      previous: {
        id: v1!.id,
        number: 1,
        capturedAt: first!.fetchedAt.toISOString(),
        lastSeenAt: first!.fetchedAt.toISOString(),
        captureId: first!.id,
        archiveUrl: `${SITE}/archive/${first!.id}`,
      },
      version: { id: v2!.id, number: 2, capturedAt: latest!.fetchedAt.toISOString(), captureId: latest!.id, archiveUrl: `${SITE}/archive/${latest!.id}` },
      quotesAffected: true,
      affected: [
        {
          target: "claim",
          id: story.claimId,
          kind: "changed",
          quoteText: CHANGED,
          replacement: REWRITTEN,
          url: `${SITE}/claims/${story.claimId}`,
          deskUrl: `${SITE}/desk/claims/${story.claimId}`,
        },
        {
          target: "evidence",
          id: evidence.id,
          kind: "removed",
          quoteText: DRAFTED,
          replacement: null,
          url: `${SITE}/rumors/${rumorId}`,
          deskUrl: `${SITE}/desk/claims/${elsewhere.claimId}`,
        },
      ],
      deskUrl: `${SITE}/desk/claims/${story.claimId}`,
      foundAt: latest!.fetchedAt.toISOString(),
      summary: "Version 2 of the article's text differs from version 1: 1 quoted passage changed, 1 quoted passage removed.",
      claims: [expect.objectContaining({ id: story.claimId, url: `${SITE}/claims/${story.claimId}`, statement: "An actor will jump." })],
    });
    // The draft claim's dropped quote was flagged for the desk, and the draft is nowhere in what went out.
    expect(await db.quoteEdit.count({ where: { claimId: story.draftId, kind: "removed" } })).toBe(1);
    expect(requests[0]!.body).not.toContain(story.draftId);
    expect(requests[0]!.body).not.toContain("DRAFT-ONLY");
    // The archive links are ones readers may open.
    await expect(archivedCapture(latest!.id, "public")).resolves.toMatchObject({ version: 2 });
    await expect(archivedCapture(first!.id, "public")).resolves.toMatchObject({ version: 1 });
  });

  it("an unchanged page, a page gone or moved tell nobody; the desk's own re-check of a rewrite tells once", async () => {
    const story = await quotedStory({ publish: true });
    const h = await hook(["stealth_edit.found"]);
    expect(await recapture({ articleId: story.articleId })).toBe("same");
    site.removed.add(story.path);
    expect(await recapture({ articleId: story.articleId })).toBe("gone");
    site.removed.delete(story.path);
    site.redirects.set(story.path, "/article");
    expect(await recapture({ articleId: story.articleId })).toBe("moved");
    site.redirects.delete(story.path);
    expect(await deliveries(h.id)).toEqual([]);

    story.rewrite();
    expect(await recaptureNow(story.articleId, null)).toMatchObject({ outcome: "version" });
    expect((await deliveries(h.id)).map((d) => d.event)).toEqual(["stealth_edit.found"]);
    expect(await recapture({ articleId: story.articleId })).toBe("same");
    expect(await deliveries(h.id)).toHaveLength(1);
  });

  it("an article no published claim quotes tells nobody, though the desk sees its edits", async () => {
    const story = await quotedStory({ publish: false });
    const h = await hook(["stealth_edit.found"]);
    story.rewrite();
    expect(await recapture({ articleId: story.articleId })).toBe("version");
    expect(await db.quoteEdit.count({ where: { articleId: story.articleId } })).toBe(2);
    expect(await deliveries(h.id)).toEqual([]);
  });

  it("two re-captures of one rewrite at once record one version and one event", async () => {
    const story = await quotedStory({ publish: true });
    const h = await hook(["stealth_edit.found"]);
    expect(await recapture({ articleId: story.articleId })).toBe("same");
    story.rewrite();
    // The loser either sees the new version ("same") or collides on its number and rolls back, event included.
    const outcomes = await Promise.allSettled([recapture({ articleId: story.articleId }), recapture({ articleId: story.articleId })]);
    expect(outcomes.filter((o) => o.status === "fulfilled" && o.value === "version")).toHaveLength(1);
    expect(await db.articleVersion.count({ where: { articleId: story.articleId } })).toBe(2);
    expect(await deliveries(h.id)).toHaveLength(1);
  });
});
