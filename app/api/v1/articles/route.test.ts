import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { db } from "@/server/platform/db";
import { signedIn } from "@/test/auth";
import { GET, POST } from "./route";

let auth: Record<string, string> = {};
beforeAll(async () => {
  auth = (await signedIn()).headers;
});

const post = (body: string, headers: Record<string, string> = { "content-type": "application/json" }) =>
  POST(new Request("http://test/api/v1/articles", { method: "POST", body, headers: { ...headers, ...auth } }), {});
const article = { outlet: "Example", publishedAt: "2024-08-09", text: "Rumour has it that a star will jump. More later." };

beforeEach(async () => {
  await db.article.deleteMany();
});

describe("POST /api/v1/articles", () => {
  it("creates an article, then reports the same text as a duplicate", async () => {
    const first = await post(JSON.stringify(article));
    expect(first.status).toBe(201);
    const created = await first.json();
    expect(created).toEqual({ status: "created", id: expect.any(String), title: "Rumour has it that a star will jump." });

    const again = await post(JSON.stringify({ ...article, title: "Other title" }));
    expect(again.status).toBe(200);
    expect(await again.json()).toEqual({ status: "duplicate", id: created.id, title: created.title });
    expect(await db.article.count()).toBe(1);
  });

  it("answers 422 with field messages keyed by field", async () => {
    const response = await post(JSON.stringify({ ...article, outlet: " ", publishedAt: "2024-02-31", url: "ftp://x" }));
    expect(response.status).toBe(422);
    const { error } = await response.json();
    expect(error.code).toBe("invalid");
    expect(Object.keys(error.fields).sort()).toEqual(["outlet", "publishedAt", "url"]);
    expect(error.fields.outlet).toEqual(["Outlet is required."]);
    expect(await db.article.count()).toBe(0);
  });

  it("answers 400 to malformed JSON and 413 to an oversized body", async () => {
    const bad = await post("{nope");
    expect(bad.status).toBe(400);
    expect((await bad.json()).error.message).toBe("The request body is not valid JSON.");
    const big = await post(JSON.stringify({ ...article, text: "x".repeat(6 * 1024 * 1024) }));
    expect(big.status).toBe(413);
    expect((await big.json()).error.code).toBe("too_large");
  });
});

describe("GET /api/v1/articles", () => {
  it("lists articles with ISO dates and filters by q", async () => {
    await post(JSON.stringify(article));
    await post(JSON.stringify({ ...article, outlet: "Other Paper", text: "Something else entirely." }));
    const response = await GET(new Request("http://test/api/v1/articles", { headers: auth }), {});
    expect(response.status).toBe(200);
    const { items } = await response.json();
    expect(items).toHaveLength(2);
    expect(items[0]).toMatchObject({ publishedAt: "2024-08-09T00:00:00.000Z", claimCount: 0, evidenceCount: 0, outlet: { name: expect.any(String) } });
    expect(items[0].importedAt).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    const filtered = await (await GET(new Request("http://test/api/v1/articles?q=Other", { headers: auth }), {})).json();
    expect(filtered.items.map((i: { outlet: { name: string } }) => i.outlet.name)).toEqual(["Other Paper"]);
  });
});
