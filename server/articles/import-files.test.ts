import { readFileSync } from "node:fs";
import path from "node:path";
import { beforeEach, describe, expect, it } from "vitest";
import { LIMITS } from "@/lib/schemas/common";
import { importArticleFile, importArticleFiles, readBodyBytes } from "./import-files";
import { db } from "@/server/platform/db";
import { AppError } from "@/server/platform/errors";

const SEEDS = ["000_f94b17f3090b845b.txt", "003_0a268e9d4ae5c4e2.txt"];
const seedFile = (name: string) => ({ name, content: readFileSync(path.resolve(__dirname, "../../seeds", name)), defaults: { outlet: "Example" } });
const count = () => db.article.count();

async function failure(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

beforeEach(async () => {
  await db.article.deleteMany();
});

describe("importing the seed files", () => {
  it("creates both articles with their header dates, then reports duplicates", async () => {
    const first = await importArticleFiles(SEEDS.map(seedFile), null);
    expect(first).toMatchObject({ created: 2, duplicates: 0 });
    const stored = await db.article.findMany({ orderBy: { publishedAt: "asc" }, select: { publishedAt: true, body: true, title: true } });
    expect(stored.map((a) => a.publishedAt.toISOString().slice(0, 10))).toEqual(["2024-08-09", "2024-08-12"]);
    expect(stored[0]!.body.startsWith("From scaling a skyscraper")).toBe(true);
    expect(stored[1]!.body.startsWith("Setting out to prove")).toBe(true);
    expect(stored[0]!.title).toMatch(/^From scaling a skyscraper/);

    const again = await importArticleFiles(SEEDS.map(seedFile), null);
    expect(again).toMatchObject({ created: 0, duplicates: 2 });
    expect(again.items.map((i) => i.status)).toEqual(["duplicate", "duplicate"]);
    expect(again.items.map((i) => i.id)).toEqual(first.items.map((i) => i.id));
    expect(await count()).toBe(2);
  });
});

describe("all or nothing", () => {
  const line = (n: number, extra: object = {}) => JSON.stringify({ outlet: "Wire", date: "2024-06-0" + n, text: `Story ${n}.`, ...extra });

  it("imports a clean JSON Lines file", async () => {
    const report = await importArticleFile({ name: "batch.jsonl", content: [line(1), line(2), line(3)].join("\n") }, null);
    expect(report).toMatchObject({ created: 3, duplicates: 0 });
    expect(await count()).toBe(3);
  });

  it("stores a text repeated within one file once", async () => {
    const report = await importArticleFile({ name: "batch.jsonl", content: [line(1), line(1)].join("\n") }, null);
    expect(report.items.map((i) => i.status)).toEqual(["created", "duplicate"]);
    expect(report.items[1]!.id).toBe(report.items[0]!.id);
    expect(await count()).toBe(1);
  });

  it("writes nothing when one line among good ones is bad", async () => {
    const before = await count();
    const content = [line(1), line(2), "{oops", line(4)].join("\n");
    const error = await failure(importArticleFile({ name: "batch.jsonl", content }, null));
    expect(error.code).toBe("invalid");
    expect(error.status).toBe(422);
    expect(error.message).toMatch(/^Nothing was imported\. Line 3: Not valid JSON/);
    expect(error.fields).toHaveProperty(["line 3"]);
    expect(await count()).toBe(before);
  });

  it("writes nothing when a second file has a problem", async () => {
    const error = await failure(importArticleFiles([seedFile(SEEDS[0]!), { name: "b.txt", content: "No date here." }], null));
    expect(error.message).toMatch(/b\.txt: No publication date/);
    expect(await count()).toBe(0);
  });
});

describe("clear errors, nothing written", () => {
  it.each([
    ["missing date", { name: "a.txt", content: "Text without a date.", defaults: { outlet: "O" } }, /No publication date/, "publishedAt"],
    ["empty text", { name: "a.txt", content: " date 2024-08-09 \n", defaults: { outlet: "O" } }, /no article text/, "text"],
    ["empty file", { name: "a.jsonl", content: "" }, /The file is empty/, "file"],
    ["unknown format", { name: "a.pdf", content: "%PDF-1.4" }, /unknown format.*\.jsonl/, "file"],
    ["binary", { name: "a.txt", content: new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 1]) }, /not a text file/, "file"],
    ["bad UTF-8", { name: "a.txt", content: new Uint8Array([0x64, 0x61, 0xff, 0xfe, 0x41]) }, /not valid UTF-8/, "file"],
  ])("%s", async (_label, file, message, field) => {
    const error = await failure(importArticleFile(file, null));
    expect(error.status).toBe(422);
    expect(error.message).toMatch(message);
    expect(error.fields).toHaveProperty([field]);
    expect(await count()).toBe(0);
  });

  it("too large", async () => {
    const content = new Uint8Array(LIMITS.uploadBytes + 1).fill(0x61);
    const error = await failure(importArticleFile({ name: "big.txt", content }, null));
    expect(error.code).toBe("too_large");
    expect(error.status).toBe(413);
    expect(error.message).toBe("“big.txt” is 5.1 MiB; the limit is 5 MiB. Split it into smaller files.");
    expect(await count()).toBe(0);
  });
});

describe("readBodyBytes", () => {
  const streamOf = (size: number) =>
    new ReadableStream<Uint8Array>({
      start(controller) {
        for (let sent = 0; sent < size; sent += 1000) controller.enqueue(new Uint8Array(Math.min(1000, size - sent)));
        controller.close();
      },
    });

  it("stops reading a body without Content-Length once it passes the limit", async () => {
    const request = new Request("http://x/", { method: "POST", body: streamOf(5000), duplex: "half" } as RequestInit);
    const error = await failure(readBodyBytes(request, { limit: 2000 }));
    expect(error.code).toBe("too_large");
    expect((await readBodyBytes(new Request("http://x/", { method: "POST", body: "abc" }), { limit: 2000 })).byteLength).toBe(3);
  });

  it("trusts a declared Content-Length over the limit without reading", async () => {
    const request = new Request("http://x/", { method: "POST", body: "tiny", headers: { "content-length": "999999" } });
    expect((await failure(readBodyBytes(request, { limit: 2000 }))).message).toBe("The upload is 976.6 KiB; the limit is 2 KiB. Split it into smaller files.");
  });
});
