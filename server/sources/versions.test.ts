import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/server/platform/db";
import { startFixtureSite, storyPage, type FixtureSite } from "@/test/fixture-site";

await vi.hoisted(async () => {
  const { mkdtempSync } = await import("node:fs");
  const { tmpdir } = await import("node:os");
  process.env.HINDSIGHT_CAPTURE_DIR = mkdtempSync(`${tmpdir()}/hindsight-captures-`);
  process.env.HINDSIGHT_FETCH_ALLOW_PRIVATE_HOSTS = "127.0.0.1";
});
const { createArticle } = await import("@/server/articles/articles");
const { createClaim, setClaimPublished } = await import("@/server/claims/claims");
const { createEvent } = await import("@/server/articles/events");
const { jobs } = await import("@/server/jobs/jobs");
const { getWorkQueue } = await import("@/server/desk/queue");
const { fetchArticlePreview } = await import("./fetch-article");
const { recapture, recaptureNow } = await import("./recapture");
const { deskClaimSource, outletStealthEdits, publicClaimSource, reviewQuoteEdit } = await import("@/server/archive/edits");
const { archivedCapture } = await import("@/server/archive/archive");
const { extractArticle } = await import("./extract");

// Stealth edits end to end against the fixture site (issue 15): the page is
// saved, quoted, then rewritten, taken down or moved between re-captures.

let site: FixtureSite;
beforeAll(async () => {
  site = await startFixtureSite();
});
afterAll(async () => {
  await jobs().stop();
  await site.close();
});

const KEPT = "The organisers confirmed the rehearsals will continue all week at the stadium.";
const CHANGED = "A Hollywood actor will jump from the roof of the stadium during the ceremony.";
const REWRITTEN = "A stunt performer may appear near the roof of the stadium during the ceremony.";
const DROPPED = "Two people involved in the rehearsals described the plan in detail to our reporter.";

let n = 0;
/** A story page saved as an article, with a claim on one passage and evidence on another. */
async function trackedStory() {
  const path = `/story-${++n}`;
  const paragraphs = [KEPT, CHANGED, DROPPED, `Story number ${n} of this test file, published on the fixture site.`];
  site.pages.set(path, storyPage(paragraphs));
  const preview = await fetchArticlePreview({ url: `${site.origin}${path}` }, null);
  const article = await createArticle({ outlet: "The Daily Fixture", publishedAt: "2024-08-10", text: preview.text, captureId: preview.captureId }, null);
  const quote = (q: string) => ({ start: preview.text.indexOf(q), end: preview.text.indexOf(q) + q.length, quote: q });
  const event = await createEvent({ name: `Closing ceremony ${n}`, date: "2024-08-11", slug: `closing-ceremony-${n}` }, null);
  const claim = await createClaim(
    { articleId: article.id, ...quote(CHANGED), statement: "An actor will jump from the roof.", attributedTo: "the newspaper", eventId: event.id },
    null,
  );
  const kept = await createClaim({ articleId: article.id, ...quote(KEPT), statement: "Rehearsals continue all week.", attributedTo: "the organisers" }, null);
  const dropped = quote(DROPPED);
  const evidence = await db.evidence.create({
    data: { rumorId: claim.rumorId, articleId: article.id, quoteStart: dropped.start, quoteEnd: dropped.end, quoteText: DROPPED, stance: "mentions" },
  });
  return { path, paragraphs, articleId: article.id, claim, kept, evidenceId: evidence.id };
}
const edits = (articleId: string) => db.quoteEdit.findMany({ where: { articleId }, orderBy: { kind: "asc" } });
const versions = (articleId: string) => db.articleVersion.findMany({ where: { articleId }, orderBy: { number: "asc" } });

describe("article versions and stealth edits", () => {
  it("an unchanged page is the same version; a rewritten one is the next, flagging each changed or dropped quote", async () => {
    const story = await trackedStory();
    expect(await recapture({ articleId: story.articleId })).toBe("same");
    expect(await versions(story.articleId)).toHaveLength(1);
    expect(await edits(story.articleId)).toEqual([]);

    site.pages.set(story.path, storyPage([KEPT, REWRITTEN, story.paragraphs[3]!]));
    expect(await recapture({ articleId: story.articleId })).toBe("version");
    const [first, second] = await versions(story.articleId);
    expect(first!.text).toContain(CHANGED);
    // Stored exactly as extracted.
    expect(second!.text).toBe(extractArticle(storyPage([KEPT, REWRITTEN, story.paragraphs[3]!]), site.origin)!.text);
    expect(second!.text).not.toContain(CHANGED);
    const [changed, removed] = await edits(story.articleId);
    expect(changed).toMatchObject({ kind: "changed", claimId: story.claim.id, quoteText: CHANGED, replacement: REWRITTEN, versionId: second!.id });
    expect(removed).toMatchObject({ kind: "removed", evidenceId: story.evidenceId, quoteText: DROPPED, replacement: null });

    // The same rewritten text again is no further edit.
    expect(await recapture({ articleId: story.articleId })).toBe("same");
    expect(await edits(story.articleId)).toHaveLength(2);
  });

  it("a page taken down (410) or redirected elsewhere is recorded as such, never as an edit", async () => {
    const story = await trackedStory();
    site.removed.add(story.path);
    expect(await recapture({ articleId: story.articleId })).toBe("gone");
    site.removed.delete(story.path);
    site.redirects.set(story.path, "/article");
    expect(await recapture({ articleId: story.articleId })).toBe("moved");
    site.redirects.delete(story.path);
    const outcomes = await db.capture.findMany({
      where: { articleId: story.articleId },
      orderBy: { fetchedAt: "asc" },
      select: { status: true, outcome: true },
    });
    expect(outcomes).toEqual([
      { status: 200, outcome: null },
      { status: 410, outcome: "gone" },
      { status: 200, outcome: "moved" },
    ]);
    expect(await db.articleVersion.count({ where: { articleId: story.articleId } })).toBe(0);
    expect(await edits(story.articleId)).toEqual([]);
  });

  it("a page without article text keeps its capture, and makes no version", async () => {
    const story = await trackedStory();
    site.pages.set(story.path, "<!doctype html><title>Menu</title><nav><a href='/'>Home</a></nav>");
    expect(await recapture({ articleId: story.articleId })).toBe("no-text");
    expect(await db.capture.count({ where: { articleId: story.articleId } })).toBe(2);
    expect(await edits(story.articleId)).toEqual([]);
  });

  it("the desk sees the diff and the queue entry; readers see the notice only once the claim is published", async () => {
    const story = await trackedStory();
    site.pages.set(story.path, storyPage([KEPT, REWRITTEN, story.paragraphs[3]!]));
    expect(await recaptureNow(story.articleId, null)).toMatchObject({ outcome: "version" });

    const source = await deskClaimSource(story.claim.id, null);
    expect(source.versions).toBe(2);
    expect(source.captures.map((c) => c.outcome)).toEqual([null, "version"]);
    const [edit] = source.edits;
    const words = (op: string) =>
      edit!.diff
        .filter((p) => p.op === op)
        .map((p) => p.text)
        .join(" ");
    expect(words("removed")).toMatch(/Hollywood/);
    expect(words("added")).toMatch(/performer/);
    expect(words("same")).toMatch(/roof of the stadium/);
    expect((await getWorkQueue()).edited.map((e) => e.claim?.id)).toContain(story.claim.id);

    // Unpublished: readers see nothing of it.
    await expect(publicClaimSource(story.claim.id)).rejects.toMatchObject({ code: "not_found" });
    await expect(archivedCapture(source.captures[1]!.id, "public")).rejects.toMatchObject({ code: "not_found" });
    const outletSlug = (await db.article.findUniqueOrThrow({ where: { id: story.articleId }, select: { outlet: { select: { slug: true } } } })).outlet.slug;
    expect(await outletStealthEdits(outletSlug)).toEqual([]);

    // (The fixture's evidence quotes the claim's own pre-event article, which publishing refuses.)
    await db.evidence.delete({ where: { id: story.evidenceId } });
    await setClaimPublished(story.claim.id, { version: story.claim.version }, true, null);
    const pub = await publicClaimSource(story.claim.id);
    expect(pub.edits).toEqual([{ kind: "changed", quoteText: CHANGED, replacement: REWRITTEN, editedAt: expect.any(String) }]);
    expect((await outletStealthEdits(outletSlug)).map((e) => e.claimId)).toEqual([story.claim.id]);
    const archived = await archivedCapture(source.captures[0]!.id, "public");
    expect(archived).toMatchObject({ version: 1, status: 200 });
    expect(archived.text).toContain(CHANGED);

    // Reviewed: off the queue, in the audit log, and not twice.
    await reviewQuoteEdit(edit!.id, null);
    expect((await getWorkQueue()).edited.map((e) => e.id)).not.toContain(edit!.id);
    expect(await db.auditEvent.count({ where: { action: "quote-edit.review", claimId: story.claim.id } })).toBe(1);
    await expect(reviewQuoteEdit(edit!.id, null)).rejects.toMatchObject({ code: "conflict" });
  });
});
