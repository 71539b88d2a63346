import { readFileSync } from "node:fs";
import path from "node:path";
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { db } from "@/server/db";
import { signedIn } from "@/test/auth";
import { POST } from "./route";

let auth: Record<string, string> = {};
beforeAll(async () => {
  auth = (await signedIn()).headers;
});

const URL_ = "http://test/api/v1/articles/import";
const seed = readFileSync(path.resolve(__dirname, "../../../../../seeds/000_f94b17f3090b845b.txt"));
const line = (n: number) => JSON.stringify({ outlet: "Wire", date: `2024-06-0${n}`, text: `Story ${n}.` });

function upload(name: string, content: BlobPart, fields: Record<string, string> = {}) {
  const form = new FormData();
  form.set("file", new File([content], name));
  for (const [k, v] of Object.entries(fields)) form.set(k, v);
  return POST(new Request(URL_, { method: "POST", body: form, headers: auth }), {});
}
const ndjson = (body: string, query = "") =>
  POST(new Request(URL_ + query, { method: "POST", body, headers: { "content-type": "application/x-ndjson", ...auth } }), {});

beforeEach(async () => {
  await db.article.deleteMany();
});

describe("POST /api/v1/articles/import", () => {
  it("imports a seed file with form fields, then reports it as a duplicate", async () => {
    const first = await upload("000.txt", seed, { outlet: "Example" });
    expect(first.status).toBe(201);
    const report = await first.json();
    expect(report).toMatchObject({ created: 1, duplicates: 0, items: [{ status: "created", id: expect.any(String) }] });
    const again = await upload("000.txt", seed, { outlet: "Example", publishedAt: "2024-08-09" });
    expect(again.status).toBe(200);
    expect(await again.json()).toMatchObject({ created: 0, duplicates: 1, items: [{ status: "duplicate", id: report.items[0].id }] });
  });

  it("imports a raw JSON Lines body, using query defaults", async () => {
    const response = await ndjson([line(1), "", JSON.stringify({ date: "2024-06-05", text: "No outlet." })].join("\n"), "?outlet=Fallback");
    expect(response.status).toBe(201);
    expect(await response.json()).toMatchObject({ created: 2, duplicates: 0 });
  });

  it("rejects a file with one bad line and writes nothing", async () => {
    const response = await upload("batch.jsonl", [line(1), "{broken", line(3)].join("\n"));
    expect(response.status).toBe(422);
    const { error } = await response.json();
    expect(error.message).toMatch(/^Nothing was imported\. Line 2: Not valid JSON/);
    expect(error.fields).toHaveProperty(["line 2"]);
    expect(error.details.errors).toEqual([expect.objectContaining({ line: 2 })]);
    expect(await db.article.count()).toBe(0);
  });

  it("maps a missing date to the publishedAt field", async () => {
    const response = await upload("a.txt", "Just text.", { outlet: "O" });
    expect(response.status).toBe(422);
    expect((await response.json()).error.fields.publishedAt[0]).toMatch(/No publication date/);
  });

  it("names the accepted formats for an unknown one", async () => {
    const response = await upload("a.docx", "PK");
    expect(response.status).toBe(422);
    expect((await response.json()).error.message).toMatch(/unknown format\. Accepted: \.jsonl, \.ndjson, \.txt, \.md/);
  });

  it("refuses oversized uploads with 413", async () => {
    const big = new Uint8Array(5 * 1024 * 1024 + 10).fill(0x61);
    const multipart = await upload("big.txt", big, { outlet: "O" });
    expect(multipart.status).toBe(413);
    const raw = await ndjson("x".repeat(5 * 1024 * 1024 + 1));
    expect(raw.status).toBe(413);
    expect((await raw.json()).error.message).toMatch(/the limit is 5 MiB/);
    const declared = await POST(
      new Request(URL_, { method: "POST", body: "{}", headers: { "content-type": "application/x-ndjson", "content-length": String(50 * 1024 * 1024), ...auth } }),
      {},
    );
    expect(declared.status).toBe(413);
  });

  it("answers 400 without a file or with another content type", async () => {
    const form = new FormData();
    form.set("outlet", "O");
    const none = await POST(new Request(URL_, { method: "POST", body: form, headers: auth }), {});
    expect(none.status).toBe(400);
    expect((await none.json()).error.fields.file).toEqual(["Choose a file."]);
    const json = await POST(new Request(URL_, { method: "POST", body: "{}", headers: { "content-type": "application/json", ...auth } }), {});
    expect(json.status).toBe(400);
  });
});
