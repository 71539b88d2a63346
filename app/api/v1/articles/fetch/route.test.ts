import { existsSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/server/platform/db";
import { signedIn } from "@/test/auth";
import { ARTICLE_TEXT, startFixtureSite, type FixtureSite } from "@/test/fixture-site";

// The settings are read once when the env module loads: set before any import of it.
const captures = await vi.hoisted(async () => {
  const { mkdtempSync } = await import("node:fs");
  const { tmpdir } = await import("node:os");
  const dir = mkdtempSync(`${tmpdir()}/hindsight-captures-`);
  process.env.HINDSIGHT_CAPTURE_DIR = dir;
  process.env.HINDSIGHT_FETCH_ALLOW_PRIVATE_HOSTS = "127.0.0.1";
  process.env.HINDSIGHT_FETCH_MAX_BYTES = String(2 ** 20);
  process.env.HINDSIGHT_FETCH_TIMEOUT_MS = "1000";
  return dir;
});
const { POST } = await import("./route");
const { POST: CREATE } = await import("../route");
// Saving with a capture schedules re-captures (on PostgreSQL pg-boss starts in this process to send them).
const { jobs } = await import("@/server/jobs/jobs");

let site: FixtureSite;
let auth: Record<string, string> = {};
beforeAll(async () => {
  site = await startFixtureSite();
  auth = (await signedIn()).headers;
});
afterAll(async () => {
  await jobs().stop();
  await site.close();
});

const call = (handler: typeof POST, body: unknown, headers = auth) =>
  handler(new Request("http://test/api", { method: "POST", body: JSON.stringify(body), headers: { "content-type": "application/json", ...headers } }), {});
const fetchUrl = (url: string) => call(POST, { url });

describe("POST /api/v1/articles/fetch", () => {
  it("answers the article, its metadata and a proposed outlet, archives the page, and creates nothing else", async () => {
    const articles = await db.article.count();
    const response = await fetchUrl(`${site.origin}/article`);
    expect(response.status).toBe(200);
    const preview = await response.json();
    expect(preview).toMatchObject({
      url: `${site.origin}/article`,
      finalUrl: `${site.origin}/article`,
      canonicalUrl: "https://news.example/2024/08/09/closing-ceremony-stunt",
      status: 200,
      title: "Closing ceremony: a stunt from the roof",
      byline: "Jeanne Martin",
      siteName: "The Daily Fixture",
      // JSON-LD's 08:30+02:00 wins over article:published_time (06:00Z) and <time> (7 August).
      publishedAt: "2024-08-09T06:30:00.000Z",
      publishedAtSource: "json-ld",
      outlet: { id: null, name: "The Daily Fixture", domain: "127.0.0.1", existing: false },
    });
    for (const paragraph of ARTICLE_TEXT) expect(preview.text).toContain(paragraph);
    expect(preview.text).not.toContain("Privacy");

    const capture = await db.capture.findUniqueOrThrow({ where: { id: preview.captureId } });
    expect(capture).toMatchObject({ status: 200, finalUrl: `${site.origin}/article`, articleId: null, size: preview.size });
    expect(existsSync(path.join(captures, capture.sha256.slice(0, 2), `${capture.sha256}.gz`))).toBe(true);
    expect(await db.article.count()).toBe(articles);
    expect(await db.outlet.count({ where: { name: "The Daily Fixture" } })).toBe(0);
  });

  it("saves the corrected preview through the article create, linking the capture", async () => {
    const preview = await (await fetchUrl(`${site.origin}/gzip`)).json();
    const saved = await call(CREATE, {
      outlet: preview.outlet.name,
      outletDomain: preview.outlet.domain,
      title: preview.title,
      url: preview.canonicalUrl,
      publishedAt: preview.publishedAt,
      text: preview.text,
      captureId: preview.captureId,
    });
    expect(saved.status).toBe(201);
    const { id } = await saved.json();
    expect(await db.capture.findUniqueOrThrow({ where: { id: preview.captureId } })).toMatchObject({ articleId: id });
    const again = await call(CREATE, { outlet: "X", publishedAt: "2024-08-09", text: "Other text.", captureId: preview.captureId });
    expect(again.status).toBe(422);
  });

  it("matches the outlet the previous save created, by the fetched host", async () => {
    const outlet = await db.outlet.findFirstOrThrow({ where: { domain: "127.0.0.1" } });
    const preview = await (await fetchUrl(`${site.origin}/bare`)).json();
    expect(preview.outlet).toEqual({ id: outlet.id, name: "The Daily Fixture", domain: "127.0.0.1", existing: true });
  });

  it("answers a page without metadata with no date, which cannot be saved without one", async () => {
    const preview = await (await fetchUrl(`${site.origin}/bare`)).json();
    expect(preview).toMatchObject({ publishedAt: null, publishedAtSource: null, byline: null, title: "Untitled notes" });
    const before = await db.article.count();
    const saved = await call(CREATE, { outlet: preview.outlet.name, text: preview.text, captureId: preview.captureId });
    expect(saved.status).toBe(422);
    expect((await saved.json()).error.fields.publishedAt).toEqual(["A date is required."]);
    expect(await db.article.count()).toBe(before);
  });

  it("refuses private addresses and unreadable answers with a reason; archives what it received", async () => {
    const captures = await db.capture.count();
    const refused = await fetchUrl(`${site.origin}/redirect?to=${encodeURIComponent("http://169.254.169.254/latest/meta-data/")}`);
    expect(refused.status).toBe(422);
    expect((await refused.json()).error.details).toEqual({ reason: "private-address" });
    for (const [page, reason] of [
      ["/report.pdf", "content-type"],
      ["/huge", "too-large"],
      ["/slow", "timeout"],
    ]) {
      const response = await fetchUrl(`${site.origin}${page}`);
      expect((await response.json()).error.details, page).toEqual({ reason });
    }
    expect(await db.capture.count()).toBe(captures);

    const gone = await (await fetchUrl(`${site.origin}/gone`)).json();
    expect(gone.error.details).toMatchObject({ reason: "http-status", status: 404, captureId: expect.any(String) });
    const empty = await (await fetchUrl(`${site.origin}/empty`)).json();
    expect(empty.error).toMatchObject({ code: "invalid", details: { reason: "no-text", captureId: expect.any(String) } });
    expect(await db.capture.findUnique({ where: { id: empty.error.details.captureId } })).toMatchObject({ status: 200 });
  });

  it("refuses bad input and anonymous callers", async () => {
    expect((await call(POST, { url: "javascript:alert(1)" })).status).toBe(422);
    expect((await call(POST, {})).status).toBe(422);
    expect((await call(POST, { url: `${site.origin}/article` }, {})).status).toBe(401);
  });
});
