import { beforeAll, describe, expect, it } from "vitest";
import { PUBLISHED_AT_CLOCK_SKEW_MS } from "@/lib/schemas/article";
import { db } from "@/server/platform/db";
import { signedIn } from "@/test/auth";
import { claimWorld, span } from "@/test/fixtures";
import { POST as postArticle } from "./v1/articles/route";
import { POST as postImport } from "./v1/articles/import/route";
import { POST as postClaim } from "./v1/claims/route";
import { PATCH as patchClaim } from "./v1/claims/[id]/route";
import { POST as postEvidence } from "./v1/claims/[id]/evidence/route";
import { POST as postEvent } from "./v1/events/route";

// Text is stored exactly as sent or refused naming the field (issue 11, items
// 3, 4 and 10): never mended, never rolled over, never invisible.

type Handler = (request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response>;
let auth: Record<string, string>;
let world: Awaited<ReturnType<typeof claimWorld>>;

beforeAll(async () => {
  auth = (await signedIn("editor")).headers;
  world = await claimWorld();
});

const send = (handler: Handler, body: BodyInit, id = "", method = "POST", type = "application/json") =>
  handler(new Request("http://test/api/v1/x", { method, headers: { "content-type": type, ...auth }, body }), { params: Promise.resolve({ id }) });

async function refused(response: Response, status: number, field: string) {
  expect(response.status).toBe(status);
  const { error } = await response.json();
  expect(error.message.length).toBeGreaterThan(0);
  if (field) expect(Object.keys(error.fields ?? {})).toContain(field);
  return error as { message: string; fields?: Record<string, string[]> };
}

describe("ill-formed Unicode is refused, never rewritten", () => {
  it("a lone surrogate in an article's text: 422 naming the field, nothing stored", async () => {
    const before = await db.article.count();
    const text = "Before \ud83c after, the star will jump.";
    const error = await refused(await send(postArticle as Handler, JSON.stringify({ outlet: "Wire", publishedAt: "2024-08-01", text })), 422, "text");
    expect(error.message).toMatch(/^text contains a broken character \(a lone UTF-16 surrogate, U\+D83C, at position 7\)/);
    expect(await db.article.count()).toBe(before);
  });

  it("the same through a JSON Lines import, naming the line", async () => {
    const before = await db.article.count();
    const jsonl = [
      JSON.stringify({ outlet: "Wire", publishedAt: "2024-08-01", text: "Fine." }),
      '{"outlet":"Wire","publishedAt":"2024-08-01","text":"Bad \\udc00."}',
    ].join("\n");
    const error = await refused(await send(postImport as Handler, jsonl, "", "POST", "application/x-ndjson"), 422, "line 2.text");
    expect(error.fields!["line 2.text"]![0]).toMatch(/broken character/);
    expect(await db.article.count()).toBe(before);
  });

  it("in statements and attributions, new or edited", async () => {
    const { pre } = world;
    const claim = { articleId: pre, ...span("Insiders say the band will reunite on stage", "band will reunite"), attributedTo: "insiders" };
    await refused(await send(postClaim as Handler, JSON.stringify({ ...claim, statement: "The band \ud83c will reunite." })), 422, "statement");
    const row = await db.claim.findUniqueOrThrow({
      where: { id: world.claimId },
      select: { statement: true, attributedTo: true, rumor: { select: { version: true } } },
    });
    const edit = { version: row.rumor.version, attributedTo: "ins\udfffiders" };
    await refused(await send(patchClaim as Handler, JSON.stringify(edit), world.claimId, "PATCH"), 422, "attributedTo");
    expect(
      await db.claim.findUniqueOrThrow({ where: { id: world.claimId }, select: { statement: true, attributedTo: true, rumor: { select: { version: true } } } }),
    ).toEqual(row);
  });

  it("bytes that are not UTF-8: 400, not U+FFFD", async () => {
    const before = await db.article.count();
    const bytes = Buffer.concat([Buffer.from('{"outlet":"Wire","publishedAt":"2024-08-01","text":"caf'), Buffer.from([0xe9]), Buffer.from(' au lait."}')]);
    const error = await refused(await send(postArticle as Handler, bytes), 400, "");
    expect(error.message).toMatch(/not valid UTF-8/);
    expect(await db.article.count()).toBe(before);
  });

  it("NUL and other control characters in any text field", async () => {
    await refused(await send(postEvent as Handler, JSON.stringify({ name: "Gala\u0000", date: "2025-01-01" })), 422, "name");
    await refused(await send(postArticle as Handler, JSON.stringify({ outlet: "Wire", publishedAt: "2024-08-01", text: "A\u001b[2Jb" })), 422, "text");
  });
});

describe("impossible and future publication dates", () => {
  const article = (publishedAt: string) => JSON.stringify({ outlet: "Wire", publishedAt, text: `Dated ${publishedAt} ${Math.random()}.` });

  it("refuses a timestamp on a day that does not exist instead of rolling it over", async () => {
    for (const publishedAt of ["2024-02-30T10:00:00Z", "2024-08-12T24:00:00Z", "2024-08-12T10:00:00+15:00"]) {
      await refused(await send(postArticle as Handler, article(publishedAt)), 422, "publishedAt");
    }
    expect(await db.article.count({ where: { publishedAt: new Date("2024-03-01T10:00:00Z") } })).toBe(0);
  });

  it("refuses a publication beyond the clock-skew allowance, accepts one within it", async () => {
    const ahead = (ms: number) => new Date(Date.now() + ms).toISOString();
    const error = await refused(await send(postArticle as Handler, article(ahead(PUBLISHED_AT_CLOCK_SKEW_MS + 60_000))), 422, "publishedAt");
    expect(error.fields!.publishedAt).toEqual(["The publication date is in the future; use the day the article came out."]);
    await refused(await send(postArticle as Handler, article("2999-01-01")), 422, "publishedAt");
    expect((await send(postArticle as Handler, article(ahead(PUBLISHED_AT_CLOCK_SKEW_MS - 60_000)))).status).toBe(201);
    // Today somewhere on Earth: tomorrow's date is accepted until it starts at UTC+14.
    const tomorrow = new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);
    const startsAt = Date.parse(`${tomorrow}T00:00:00+14:00`);
    expect((await send(postArticle as Handler, article(tomorrow))).status).toBe(Date.now() >= startsAt - PUBLISHED_AT_CLOCK_SKEW_MS ? 201 : 422);
  });
});

describe("quotes must show something", () => {
  const TEXT = "Zero\u200b\u200c\u200dwidth here, \u202E reversed, a mark e\u0301 \u0301 alone, and the star will jump.";
  let articleId = "";
  let laterId = "";
  beforeAll(async () => {
    const create = async (publishedAt: string, text: string) => {
      const response = await send(postArticle as Handler, JSON.stringify({ outlet: "Invisible Ink", publishedAt, text }));
      expect(response.status).toBe(201);
      return (await response.json()).id as string;
    };
    articleId = await create("2025-05-01", TEXT);
    // After the fixture's event: where its evidence comes from.
    laterId = await create("2025-07-01", `${TEXT} Later.`);
  });

  it("refuses claim and evidence quotes without a visible letter or digit", async () => {
    const claims = await db.claim.count();
    const evidence = await db.evidence.count();
    for (const part of ["\u200b\u200c\u200d", "\u202E", " \u0301 "]) {
      const quote = span(TEXT, part);
      const claim = await refused(
        await send(postClaim as Handler, JSON.stringify({ articleId, ...quote, statement: "Something.", attributedTo: "someone" })),
        422,
        "",
      );
      expect(claim.message).toBe("A quote needs at least one visible letter or digit; this selection has none.");
      const proof = await refused(
        await send(postEvidence as Handler, JSON.stringify({ articleId: laterId, ...quote, stance: "supports" }), world.claimId),
        422,
        "",
      );
      expect(proof.message).toBe(claim.message);
    }
    expect([await db.claim.count(), await db.evidence.count()]).toEqual([claims, evidence]);
    const ok = await send(
      postClaim as Handler,
      JSON.stringify({ articleId, ...span(TEXT, "the star will jump"), statement: "A star will jump.", attributedTo: "someone" }),
    );
    expect(ok.status).toBe(201);
  });

  it("refuses a statement made only of invisible characters", async () => {
    const quote = span(TEXT, "the star");
    await refused(
      await send(postClaim as Handler, JSON.stringify({ articleId, ...quote, statement: "\u200b\u2060\u202E", attributedTo: "someone" })),
      422,
      "statement",
    );
  });
});
