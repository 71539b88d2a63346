import { beforeAll, describe, expect, it } from "vitest";
import { GET as claimsApi } from "@/app/api/v1/claims/route";
import { GET as claimReviews } from "@/app/claim-reviews.jsonld/route";
import { GET as feed } from "@/app/feed.xml/route";
import { GET as claimFeed } from "@/app/(reader)/claims/[id]/feed.xml/route";
import { GET as outletFeed } from "@/app/(reader)/outlets/[slug]/feed.xml/route";
import { GET as rumorFeed } from "@/app/(reader)/rumors/[id]/feed.xml/route";
import { seedDemo } from "@/scripts/seed-demo";
import { updateClaim } from "@/server/claims/claims";
import { recordVerdict } from "@/server/claims/verdicts";
import { db } from "@/server/platform/db";
import { claimWorld } from "@/test/fixtures";
import { GET as claimApi } from "@/app/api/v1/claims/[id]/route";
import { GET as exportApi } from "@/app/api/v1/claims/export/route";
import { GET as rumorApi } from "@/app/api/v1/rumors/[id]/route";
import { GET as rumorsApi } from "@/app/api/v1/rumors/route";
import { createNote, listNotes } from "@/server/notes/notes";
import { signedIn } from "@/test/auth";
import { readerPageLoads } from "@/test/reader-pages";
import { getReaderClaim } from "./claims";
import { getOutletRecord } from "./outlet-records";
import { getPublicRumor } from "./rumors";

// Readers learn nothing about unpublished work (issue 11, item 9): not that an
// outlet with only drafts exists, not that a draft id is real, not that a
// draft changed.

let draft: Awaited<ReturnType<typeof claimWorld>>;
const noContext = { params: Promise.resolve({}) };
const versionOf = async (id: string) => (await db.claim.findUniqueOrThrow({ where: { id }, select: { rumor: { select: { version: true } } } })).rumor.version;

beforeAll(async () => {
  await seedDemo();
  draft = await claimWorld();
});

describe("an outlet with only unpublished material", () => {
  it("has no reader page, while a published outlet has one", async () => {
    const outlet = await db.outlet.findFirstOrThrow({ where: { name: "Preview Weekly" }, select: { slug: true } });
    expect(await getOutletRecord(outlet.slug)).toBeNull();
    const published = await db.claim.findFirstOrThrow({ where: { publishedAt: { not: null } }, select: { article: { select: { outlet: true } } } });
    expect((await getOutletRecord(published.article.outlet.slug))?.outlet.name).toBe(published.article.outlet.name);
  });
});

describe("the feeds of unpublished claims, rumors and outlets", () => {
  it("answer exactly as for ids nobody ever used", async () => {
    const { rumorId } = await db.claim.findUniqueOrThrow({ where: { id: draft.claimId }, select: { rumorId: true } });
    const outlet = await db.outlet.findFirstOrThrow({ where: { name: "Preview Weekly" }, select: { slug: true } });
    const ask = async (get: (r: Request, c: never) => Promise<Response>, params: Record<string, string>) => {
      const answer = await get(new Request("http://test/feed"), { params: Promise.resolve(params) } as never);
      return [answer.status, await answer.text()];
    };
    const unknown = await ask(claimFeed, { id: "c0000000000000000000000000" });
    expect(unknown[0]).toBe(404);
    expect(await ask(claimFeed, { id: draft.claimId })).toEqual(unknown);
    expect(await ask(rumorFeed, { id: rumorId })).toEqual(unknown);
    expect(await ask(outletFeed, { slug: outlet.slug })).toEqual(unknown);
    const published = await db.claim.findFirstOrThrow({ where: { publishedAt: { not: null } }, select: { id: true } });
    expect((await ask(claimFeed, { id: published.id }))[0]).toBe(200);
  });
});

describe("a cursor made from a claim id (the old cursor format)", () => {
  const page = (id: string) => claimsApi(new Request(`http://test/api/v1/claims?cursor=${Buffer.from(id).toString("base64url")}`), noContext);

  it("is refused alike for a draft's id and an unknown id, and accepted for a published one", async () => {
    const unknown = await page("c0000000000000000000000000");
    const ofDraft = await page(draft.claimId);
    expect(unknown.status).toBe(422);
    expect(ofDraft.status).toBe(422);
    expect(await ofDraft.json()).toEqual(await unknown.json());
    const published = await db.claim.findFirstOrThrow({ where: { publishedAt: { not: null } }, select: { id: true } });
    expect((await page(published.id)).status).toBe(200);
  });
});

describe("reader ETags", () => {
  const routes = {
    "/api/v1/claims": (r: Request) => claimsApi(r, noContext),
    "/feed.xml": (r: Request) => feed(r),
    "/claim-reviews.jsonld": (r: Request) => claimReviews(r),
  };

  it("stay the same on draft-only edits and change when published data does", async () => {
    const tags: Record<string, string> = {};
    for (const [path, get] of Object.entries(routes)) tags[path] = (await get(new Request(`http://test${path}`))).headers.get("etag")!;
    const ask = (path: keyof typeof routes) => routes[path](new Request(`http://test${path}`, { headers: { "if-none-match": tags[path]! } }));

    // A draft claim reworded, a draft verdict on a published rumor, another draft claim.
    await updateClaim(draft.claimId, { version: await versionOf(draft.claimId), statement: "Reworded in secret." }, null);
    const published = await db.claim.findFirstOrThrow({ where: { publishedAt: { not: null }, ratedAt: { not: null } }, select: { id: true } });
    await recordVerdict(published.id, { rating: "unverifiable", rationale: "A draft nobody has read.", version: await versionOf(published.id) }, null);
    await claimWorld();
    for (const path of Object.keys(routes) as (keyof typeof routes)[]) expect((await ask(path)).status, path).toBe(304);

    await recordVerdict(published.id, { rating: "refuted", rationale: "Published after all.", version: await versionOf(published.id), publish: true }, null);
    for (const path of Object.keys(routes) as (keyof typeof routes)[]) expect((await ask(path)).status, path).toBe(200);
  });
});

describe("internal notes (issue 14)", () => {
  it("never appear in a reader page's data, a feed, an export or the public API, though the desk shows them", async () => {
    const SECRET = "Desk-only whisper 7f3a: the source is the promoter's cousin";
    const author = await signedIn();
    const published = await db.claim.findMany({ where: { publishedAt: { not: null } }, select: { id: true, articleId: true, rumorId: true } });
    expect(published.length).toBeGreaterThan(0);
    for (const c of published) {
      await createNote({ claimId: c.id }, { body: `${SECRET} (claim ${c.id}) @{${author.user.id}}` }, author.user);
      await createNote({ articleId: c.articleId }, { body: `${SECRET} (article ${c.articleId})` }, author.user);
    }
    // The desk sees the note, so a search for its words below can find them.
    expect((await listNotes({ claimId: published[0]!.id }, author.user)).map((n) => n.body.slice(0, SECRET.length))).toEqual([SECRET]);

    const api = async (handler: (r: Request, c: unknown) => Promise<Response>, path: string, params: Record<string, string> = {}) =>
      (await handler(new Request(`http://test${path}`), { params: Promise.resolve(params) })).text();
    const claim = published[0]!;
    const answers: [string, string][] = [];
    for (const load of await readerPageLoads()) answers.push([load.name, JSON.stringify(await load.load())]);
    answers.push(["reader claim page of every claim", JSON.stringify(await Promise.all(published.map((c) => getReaderClaim(c.id))))]);
    answers.push(["public rumor of every claim", JSON.stringify(await Promise.all(published.map((c) => getPublicRumor(c.rumorId))))]);
    answers.push(["API claim", await api(claimApi, `/api/v1/claims/${claim.id}`, { id: claim.id })]);
    answers.push(["API rumors", await api(rumorsApi, "/api/v1/rumors")]);
    answers.push(["API rumor", await api(rumorApi, `/api/v1/rumors/${claim.rumorId}`, { id: claim.rumorId })]);
    answers.push(["export JSON", await api(exportApi, "/api/v1/claims/export?format=json")]);
    answers.push(["export CSV", await api(exportApi, "/api/v1/claims/export?format=csv")]);
    answers.push(["Atom feed", await (await feed(new Request("http://test/feed.xml"))).text()]);
    answers.push(["ClaimReview feed", await (await claimReviews(new Request("http://test/claim-reviews.jsonld"))).text()]);
    for (const [name, body] of answers) {
      expect(body.length, name).toBeGreaterThan(0);
      expect(body, name).not.toContain("7f3a");
      expect(body, name).not.toContain(author.user.id);
    }
  });
});
