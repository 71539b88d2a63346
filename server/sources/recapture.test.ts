import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/server/platform/db";
import { databaseProvider } from "@/server/platform/env";
import { startFixtureSite, type FixtureSite } from "@/test/fixture-site";

await vi.hoisted(async () => {
  const { mkdtempSync } = await import("node:fs");
  const { tmpdir } = await import("node:os");
  process.env.HINDSIGHT_CAPTURE_DIR = mkdtempSync(`${tmpdir()}/hindsight-captures-`);
  process.env.HINDSIGHT_FETCH_ALLOW_PRIVATE_HOSTS = "127.0.0.1";
  process.env.HINDSIGHT_RECAPTURE_AFTER = "1h,1d,7d";
});
const { createArticle } = await import("@/server/articles/articles");
const { jobs } = await import("@/server/jobs/jobs");
const { SqliteJobQueue } = await import("@/server/jobs/sqlite-queue");
const { fetchArticlePreview } = await import("./fetch-article");
const { recapture, registerSourceJobs, scheduleRecaptures, RECAPTURE } = await import("./recapture");

let site: FixtureSite;
beforeAll(async () => {
  site = await startFixtureSite();
});
afterAll(async () => {
  await jobs().stop();
  await site.close();
});

let n = 0;
/** An article saved from the fixture page at `path`, as the desk saves one. */
async function savedFrom(path: string) {
  const preview = await fetchArticlePreview({ url: `${site.origin}${path}` }, null);
  const outcome = await createArticle(
    { outlet: "The Daily Fixture", publishedAt: "2024-08-09", text: `${preview.text} (${++n}-${Date.now()})`, captureId: preview.captureId },
    null,
  );
  return outcome.id;
}
const capturesOf = (articleId: string) => db.capture.findMany({ where: { articleId }, orderBy: { fetchedAt: "asc" }, select: { status: true, sha256: true } });

describe("re-captures", () => {
  it("archives the page again under the article, unchanged bytes sharing one file", async () => {
    const id = await savedFrom("/article");
    expect(await recapture({ articleId: id })).toBe("same");
    const [first, again] = await capturesOf(id);
    expect(again).toEqual({ status: 200, sha256: first!.sha256 });
  });

  it("records a page taken down as its 410, not as an edit", async () => {
    const id = await savedFrom("/bare");
    site.removed.add("/bare");
    expect(await recapture({ articleId: id })).toBe("gone");
    expect((await capturesOf(id)).map((c) => c.status)).toEqual([200, 410]);
    site.removed.delete("/bare");
  });

  it("asks robots.txt first and leaves a disallowed page alone", async () => {
    const id = await savedFrom("/private/article");
    const before = site.requests.length;
    expect(await recapture({ articleId: id })).toBe("robots");
    expect(site.requests.slice(before).map((r) => r.path)).toEqual(["/robots.txt"]);
    expect(await capturesOf(id)).toHaveLength(1);
  });

  it("takes a robots.txt the site fails to serve (503, 429) as a reason to wait: nothing fetched, the job retries", async () => {
    const id = await savedFrom("/article");
    for (const status of [503, 429]) {
      site.statuses.set("/robots.txt", status);
      const before = site.requests.length;
      await expect(recapture({ articleId: id })).rejects.toThrow(`robots.txt answered ${status}`);
      expect(site.requests.slice(before).map((r) => r.path)).toEqual(["/robots.txt"]);
    }
    // A site without one (404) lets it through.
    site.statuses.set("/robots.txt", 404);
    expect(await recapture({ articleId: id })).toBe("same");
    site.statuses.delete("/robots.txt");
    expect(await capturesOf(id)).toHaveLength(2);
  });
});

describe.runIf(databaseProvider() === "sqlite")("re-captures as jobs (SQLite clock)", () => {
  it("saving from a URL schedules the re-captures, and a worker runs each when it falls due", async () => {
    const id = await savedFrom("/article");
    const scheduled = await db.job.findMany({ where: { name: RECAPTURE, data: JSON.stringify({ articleId: id }) }, orderBy: { runAt: "asc" } });
    expect(scheduled).toHaveLength(3);
    const savedAt = (await db.capture.findFirstOrThrow({ where: { articleId: id } })).fetchedAt.getTime();
    const hours = scheduled.map((j) => Math.round((j.runAt.getTime() - savedAt) / 3_600_000));
    expect(hours).toEqual([1, 24, 168]);

    // A worker of its own with a movable clock takes exactly the jobs that are due.
    await db.job.deleteMany({ where: { name: RECAPTURE } });
    const from = new Date("2030-01-01T00:00:00Z");
    let now = from;
    const queue = new SqliteJobQueue(db, { now: () => now });
    await registerSourceJobs(queue);
    await scheduleRecaptures(id, from, queue);
    expect(await queue.runDue()).toBe(0);
    now = new Date("2030-01-01T01:00:00Z");
    expect(await queue.runDue()).toBe(1);
    now = new Date("2030-01-08T00:00:00Z");
    expect(await queue.runDue()).toBe(2);
    expect(await capturesOf(id)).toHaveLength(4);
  });
});
