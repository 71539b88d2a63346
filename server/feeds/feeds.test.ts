import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/server/platform/db";
import { databaseProvider } from "@/server/platform/env";
import { startFixtureSite, type FixtureSite } from "@/test/fixture-site";

await vi.hoisted(async () => {
  const { mkdtempSync } = await import("node:fs");
  const { tmpdir } = await import("node:os");
  process.env.HINDSIGHT_CAPTURE_DIR = mkdtempSync(`${tmpdir()}/hindsight-captures-`);
  process.env.HINDSIGHT_FETCH_ALLOW_PRIVATE_HOSTS = "127.0.0.1";
  process.env.HINDSIGHT_FEED_POLL_EVERY = "30m";
});
const { jobs } = await import("@/server/jobs/jobs");
const { SqliteJobQueue } = await import("@/server/jobs/sqlite-queue");
const { addFeed, dismissItems, importItems, listFeeds, listInbox } = await import("./inbox");
const { FEED_POLL, canonicalLink, pollFeed, registerFeedJobs } = await import("./poll");

// Feeds into the inbox against the fixture site's RSS (issue 15).

let site: FixtureSite;
let outletId: string;
beforeAll(async () => {
  site = await startFixtureSite();
  outletId = (await db.outlet.create({ data: { name: "The Daily Fixture", slug: "the-daily-fixture", domain: "127.0.0.1" } })).id;
});
afterAll(async () => {
  await jobs().stop();
  await site.close();
});

describe("feeds", () => {
  it("canonical links drop fragments and utm_* parameters and refuse other schemes", () => {
    expect(canonicalLink("/a?utm_source=x&id=3#top", "https://news.example/feed")).toBe("https://news.example/a?id=3");
    expect(canonicalLink("javascript:alert(1)", "https://news.example/")).toBeNull();
  });

  it("polls a feed into the inbox once per article: the same link with tracking, or the same text elsewhere, is not new", async () => {
    const { id } = await addFeed({ outletId, url: `${site.origin}/feed.xml` }, null);
    expect(await pollFeed(id)).toEqual({ status: "ok", added: 2 });
    const inbox = await listInbox(null);
    expect(inbox.map((i) => [i.url, i.title, i.outlet])).toEqual([
      [`${site.origin}/bare`, "What the rehearsals showed", "The Daily Fixture"],
      [`${site.origin}/article`, "Closing ceremony: a stunt from the roof", "The Daily Fixture"],
    ]);
    expect(inbox[1]!.excerpt).toMatch(/^The organisers of the closing ceremony/);
    expect(await pollFeed(id)).toEqual({ status: "ok", added: 0 });
    const [feed] = await listFeeds(null);
    expect(feed).toMatchObject({ lastStatus: "ok", lastError: null, waiting: 2, title: "The Daily Fixture" });
    expect(new Date(feed!.nextPollAt!).getTime() - new Date(feed!.lastPolledAt!).getTime()).toBe(30 * 60_000);
    await expect(addFeed({ outletId, url: `${site.origin}/feed.xml` }, null)).rejects.toMatchObject({ code: "duplicate" });
  });

  it("asks robots.txt first and records the refusal; the feed itself is never requested", async () => {
    const { id } = await addFeed({ outletId, url: `${site.origin}/private/feed.xml` }, null);
    const before = site.requests.length;
    expect(await pollFeed(id)).toEqual({ status: "robots", added: 0 });
    expect(site.requests.slice(before).map((r) => r.path)).toEqual(["/robots.txt"]);
    expect((await db.feed.findUniqueOrThrow({ where: { id } })).lastStatus).toBe("robots");
  });

  it("waits while the site fails to serve its robots.txt (503): the poll throws, so the job retries", async () => {
    const { id } = await addFeed({ outletId, url: `${site.origin}/feed.xml?robots-down` }, null);
    site.statuses.set("/robots.txt", 503);
    const before = site.requests.length;
    await expect(pollFeed(id)).rejects.toThrow("robots.txt answered 503");
    site.statuses.delete("/robots.txt");
    expect(site.requests.slice(before).map((r) => r.path)).toEqual(["/robots.txt"]);
    await db.feed.delete({ where: { id } });
  });

  it("imports through fetch and save (a failed fetch leaves no article and the item), or dismisses", async () => {
    const inbox = await listInbox(null);
    const article = inbox.find((i) => i.url.endsWith("/article"))!;
    const bare = inbox.find((i) => i.url.endsWith("/bare"))!;
    const articles = await db.article.count();

    site.removed.add("/article");
    const [failed] = await importItems({ ids: [article.id] }, null);
    expect(failed).toMatchObject({ status: "failed", articleId: null, message: expect.stringMatching(/410/) });
    expect(await db.article.count()).toBe(articles);
    site.removed.delete("/article");

    // The bare page states no date: the feed's date stands in.
    const results = await importItems({ ids: [article.id, bare.id] }, null);
    expect(results.map((r) => r.status)).toEqual(["imported", "imported"]);
    const saved = await db.article.findUniqueOrThrow({ where: { id: results.find((r) => r.id === bare.id)!.articleId! } });
    expect(saved.publishedAt.toISOString()).toBe("2024-08-09T09:00:00.000Z");
    const full = await db.article.findUniqueOrThrow({ where: { id: results.find((r) => r.id === article.id)!.articleId! } });
    expect(full).toMatchObject({ byline: "Jeanne Martin", outletId });
    expect(await listInbox(null)).toEqual([]);
    await expect(dismissItems({ ids: [bare.id] }, null)).rejects.toMatchObject({ code: "not_found" });
    expect(await db.auditEvent.count({ where: { action: "feed-item.import" } })).toBe(2);
  });

  it("dismisses many at once, in the audit log", async () => {
    const feed = await db.feed.create({ data: { outletId, url: `${site.origin}/feed.xml?second` } });
    const items = await Promise.all(
      ["one", "two"].map((k) => db.feedItem.create({ data: { feedId: feed.id, url: `${site.origin}/dismiss-${k}`, title: k, excerpt: "" } })),
    );
    expect(await dismissItems({ ids: items.map((i) => i.id) }, null)).toEqual({ dismissed: 2 });
    expect(await db.feedItem.count({ where: { feedId: feed.id, state: "dismissed" } })).toBe(2);
    expect(await db.auditEvent.count({ where: { action: "feed-item.dismiss" } })).toBe(2);
  });
});

describe.runIf(databaseProvider() === "sqlite")("feed polls as jobs (SQLite clock)", () => {
  it("a poll job polls and queues the next one", async () => {
    const feed = await db.feed.create({ data: { outletId, url: `${site.origin}/feed.xml?jobs` } });
    await db.job.deleteMany({ where: { name: FEED_POLL } });
    let now = new Date("2030-01-01T00:00:00Z");
    const queue = new SqliteJobQueue(db, { now: () => now });
    await registerFeedJobs(queue, () => now);
    await queue.send(FEED_POLL, { feedId: feed.id }, { startAfter: now });
    expect(await queue.runDue()).toBe(1);
    expect((await db.feed.findUniqueOrThrow({ where: { id: feed.id } })).lastStatus).toBe("ok");
    const next = await db.job.findMany({ where: { name: FEED_POLL, state: "created" } });
    expect(next.map((j) => j.runAt.toISOString())).toEqual(["2030-01-01T00:30:00.000Z"]);
    now = new Date("2030-01-01T00:29:00Z");
    expect(await queue.runDue()).toBe(0);
    now = new Date("2030-01-01T00:30:00Z");
    expect(await queue.runDue()).toBe(1);
  });
});
