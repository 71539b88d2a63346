import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { WARCParser } from "warcio";
import { startFixtureSite, storyPage, type FixtureSite } from "@/test/fixture-site";

await vi.hoisted(async () => {
  const { mkdtempSync } = await import("node:fs");
  const { tmpdir } = await import("node:os");
  process.env.HINDSIGHT_CAPTURE_DIR = mkdtempSync(`${tmpdir()}/hindsight-captures-`);
  process.env.HINDSIGHT_FETCH_ALLOW_PRIVATE_HOSTS = "127.0.0.1";
});
const { createArticle } = await import("@/server/articles/articles");
const { jobs } = await import("@/server/jobs/jobs");
const { fetchArticlePreview } = await import("@/server/sources/fetch-article");
const { recapture } = await import("@/server/sources/recapture");
const { archivedCapture, articleWarc } = await import("./archive");

let site: FixtureSite;
beforeAll(async () => {
  site = await startFixtureSite();
});
afterAll(async () => {
  await jobs().stop();
  await site.close();
});

const FIRST = ["The stadium roof will open for the ceremony, the organisers said on Friday.", "Rehearsals continue all week."];
const SECOND = ["The stadium roof will stay closed for the ceremony, the organisers said on Friday.", "Rehearsals continue all week."];

describe("the archive", () => {
  it("exports an article's captures as a WARC that parses back: a response per fetch, the extracted text of each version", async () => {
    site.pages.set("/warc-story", storyPage(FIRST));
    const preview = await fetchArticlePreview({ url: `${site.origin}/warc-story` }, null);
    const article = await createArticle({ outlet: "The Daily Fixture", publishedAt: "2024-08-10", text: preview.text, captureId: preview.captureId }, null);
    site.pages.set("/warc-story", storyPage(SECOND));
    expect(await recapture({ articleId: article.id })).toBe("version");
    site.removed.add("/warc-story");
    expect(await recapture({ articleId: article.id })).toBe("gone");

    const { body, filename } = await articleWarc(article.id, null);
    expect(filename).toBe(`hindsight-article-${article.id}.warc.gz`);
    const records: { type: string | null | undefined; url: string | null | undefined; status?: string; text: string }[] = [];
    async function* chunks() {
      yield body;
    }
    for await (const record of new WARCParser(chunks())) {
      records.push({ type: record.warcType, url: record.warcTargetURI, status: record.httpHeaders?.statusCode?.toString(), text: await record.contentText() });
    }
    expect(records.map((r) => [r.type, r.status])).toEqual([
      ["warcinfo", undefined],
      ["response", "200"],
      ["conversion", undefined],
      ["response", "200"],
      ["conversion", undefined],
      ["response", "410"],
    ]);
    expect(records[1]!.text).toBe(storyPage(FIRST));
    expect(records[1]!.url).toBe(`${site.origin}/warc-story`);
    expect(records[2]!.text).toContain(FIRST[0]);
    expect(records[4]!.text).toContain(SECOND[0]);
  });

  it("shows a capture's stored text to the desk, and nothing to readers while no published claim quotes the article", async () => {
    site.pages.set("/quiet-story", storyPage(["Nobody quoted this page, which says the parade was cancelled on Sunday.", "More details later."]));
    const preview = await fetchArticlePreview({ url: `${site.origin}/quiet-story` }, null);
    await createArticle({ outlet: "The Daily Fixture", publishedAt: "2024-08-10", text: preview.text, captureId: preview.captureId }, null);
    const desk = await archivedCapture(preview.captureId, "desk", null);
    expect(desk).toMatchObject({ status: 200, version: 1, outcome: null });
    expect(desk.text).toBe(preview.text);
    await expect(archivedCapture(preview.captureId, "public")).rejects.toMatchObject({ code: "not_found" });
  });
});
