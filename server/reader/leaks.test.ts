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
import { getOutletRecord } from "./outlet-records";

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
