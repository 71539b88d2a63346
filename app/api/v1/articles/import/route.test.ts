import { readFileSync } from "node:fs";
import path from "node:path";
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { readNdjson, type ProgressEvent } from "@/lib/import/progress-events";
import { syntheticJsonl } from "@/scripts/lib/synthetic-articles";
import { db } from "@/server/platform/db";
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
      new Request(URL_, {
        method: "POST",
        body: "{}",
        headers: { "content-type": "application/x-ndjson", "content-length": String(50 * 1024 * 1024), ...auth },
      }),
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

  it("refuses a form field that is not UTF-8 instead of storing U+FFFD", async () => {
    const part = (head: string, body: Buffer) =>
      Buffer.concat([Buffer.from(`--B\r\nContent-Disposition: form-data; ${head}\r\n\r\n`), body, Buffer.from("\r\n")]);
    const body = Buffer.concat([
      part('name="file"; filename="a.txt"', Buffer.from("date 2024-08-09 A story in good UTF-8.")),
      part('name="outlet"', Buffer.from([0x43, 0x61, 0x66, 0xe9])), // "Café" in Latin-1
      Buffer.from("--B--\r\n"),
    ]);
    const response = await POST(new Request(URL_, { method: "POST", body, headers: { "content-type": "multipart/form-data; boundary=B", ...auth } }), {});
    expect(response.status).toBe(400);
    expect((await response.json()).error.message).toMatch(/not valid UTF-8/);
    expect(await db.article.count()).toBe(0);
  });
});

describe("POST /api/v1/articles/import with Accept: application/x-ndjson", () => {
  async function events(response: Response): Promise<ProgressEvent[]> {
    expect(response.headers.get("content-type")).toMatch(/^application\/x-ndjson/);
    const out: ProgressEvent[] = [];
    for await (const event of readNdjson(response.body!)) out.push(event as ProgressEvent);
    return out;
  }
  const streamed = (body: BodyInit, headers: Record<string, string> = {}) =>
    POST(new Request(URL_, { method: "POST", body, headers: { accept: "application/x-ndjson", ...auth, ...headers } }), {});

  it("streams each phase's progress to the end, then the report with its status", async () => {
    const form = new FormData();
    form.set("file", new File([syntheticJsonl(300, 7)], "batch.jsonl"));
    const all = await events(await streamed(form));
    const last = all.at(-1)!;
    expect(last).toMatchObject({ type: "result", status: 201, body: { created: 300, duplicates: 0 } });
    const progress = all.filter((e) => e.type === "progress");
    const phases = [...new Set(progress.map((e) => e.phase))];
    expect(phases).toEqual(["reading", "checking", "writing"]);
    for (const phase of phases) {
      const mine = progress.filter((e) => e.phase === phase);
      expect(mine.at(-1)!.done, phase).toBe(mine.at(-1)!.total);
      // Monotonic, never past the total, timed on the server's clock.
      mine.forEach((e, i) => {
        expect(e.done).toBeLessThanOrEqual(e.total);
        if (i > 0) expect(e.done).toBeGreaterThanOrEqual(mine[i - 1]!.done);
        expect(e.ms).toBeGreaterThanOrEqual(0);
      });
    }
    expect(progress.find((e) => e.phase === "writing")!.total).toBe(300);
    expect(await db.article.count()).toBe(300);
  });

  it("ends with the error event and writes nothing when a line is bad", async () => {
    const lines = syntheticJsonl(120, 8).trimEnd().split("\n");
    lines[99] = "{not json";
    const all = await events(await streamed(lines.join("\n"), { "content-type": "application/x-ndjson" }));
    expect(all.at(-1)).toMatchObject({
      type: "error",
      status: 422,
      error: { code: "invalid", message: expect.stringMatching(/^Nothing was imported\. Line 100: Not valid JSON/) },
    });
    expect(all.some((e) => e.type === "progress" && e.phase === "writing")).toBe(false);
    expect(await db.article.count()).toBe(0);
  });

  it("refuses before streaming when signed out, cross-site, or declared too large", async () => {
    const anonymous = await POST(
      new Request(URL_, { method: "POST", body: "{}", headers: { accept: "application/x-ndjson", "content-type": "application/x-ndjson" } }),
      {},
    );
    expect(anonymous.status).toBe(401);
    const crossSite = await streamed("{}", { "content-type": "application/x-ndjson", "sec-fetch-site": "cross-site", authorization: "" });
    expect(crossSite.status).toBe(403);
    const big = await streamed("{}", { "content-type": "application/x-ndjson", "content-length": String(50 * 1024 * 1024) });
    expect(big.status).toBe(413);
    expect(big.headers.get("content-type")).toMatch(/json/);
  });
});
