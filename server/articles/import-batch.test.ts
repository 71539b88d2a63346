import { beforeEach, describe, expect, it } from "vitest";
import type { ImportProgress } from "@/lib/import/progress";
import { syntheticArticle, syntheticJsonl } from "@/scripts/lib/synthetic-articles";
import { importArticleFile } from "./import-files";
import { importArticles } from "./articles";
import { db } from "@/server/platform/db";
import { AppError } from "@/server/platform/errors";

// The batched importer (multi-row INSERTs, 500 articles a chunk, one
// transaction): the same promises as one INSERT per article, across chunk
// boundaries. Runs on SQLite and, with HINDSIGHT_TEST_DB=postgresql, on PostgreSQL.

const counts = async () => ({
  articles: await db.article.count(),
  outlets: await db.outlet.count(),
  audit: await db.auditEvent.count({ where: { action: "article.import" } }),
});
// Files over the desk's 5 MiB, as the CLI allows.
const LARGE = { maxBytes: 256 * 2 ** 20 };
const jsonl = (count: number, seed: number) => ({ name: "batch.jsonl", content: syntheticJsonl(count, seed) });
const lines = (count: number, seed: number) => syntheticJsonl(count, seed).trimEnd().split("\n");

async function failure(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

beforeEach(async () => {
  await db.auditEvent.deleteMany();
  await db.article.deleteMany();
  await db.outlet.deleteMany();
});

describe("a large batch", () => {
  it("stores every article with its outlet and audit row, in file order", async () => {
    const report = await importArticleFile(jsonl(1_234, 1), null, LARGE);
    expect(report).toMatchObject({ created: 1_234, duplicates: 0 });
    expect(await counts()).toMatchObject({ articles: 1_234, audit: 1_234 });
    // Reported in file order, each id the stored article of that line's text.
    const first = syntheticArticle(0, 1);
    const last = syntheticArticle(1_233, 1);
    const stored = await db.article.findMany({
      where: { id: { in: [report.items[0]!.id, report.items[1_233]!.id] } },
      select: { id: true, body: true, title: true, url: true, publishedAt: true, outlet: { select: { name: true, domain: true } } },
    });
    const byId = new Map(stored.map((a) => [a.id, a]));
    expect(byId.get(report.items[0]!.id)).toMatchObject({ body: first.text, url: first.url ?? null, outlet: { name: first.outlet } });
    expect(byId.get(report.items[1_233]!.id)!.body).toBe(last.text);
    expect(report.items[0]!.title).toBe(first.title ?? byId.get(report.items[0]!.id)!.title);
    const audit = await db.auditEvent.findFirst({ where: { entityId: report.items[0]!.id } });
    expect(audit).toMatchObject({ action: "article.import", entityType: "article", actorId: null, actorEmail: null, outcome: "ok" });
    expect(JSON.parse(audit!.after!)).toMatchObject({ outlet: first.outlet, sha256: expect.stringMatching(/^[0-9a-f]{64}$/) });
  });

  it("writes nothing when one line in the middle is bad, and names it", async () => {
    const content = lines(1_200, 2);
    content[700] = JSON.stringify({ outlet: "Wire", publishedAt: "2024-02-31", text: "An impossible date." });
    const error = await failure(importArticleFile({ name: "batch.jsonl", content: content.join("\n") }, null, LARGE));
    expect(error.status).toBe(422);
    expect(error.message).toMatch(/^Nothing was imported\. Line 701: /);
    expect(error.fields).toHaveProperty(["line 701.publishedAt"]);
    expect(await counts()).toEqual({ articles: 0, outlets: 0, audit: 0 });
  });

  it("lists an outlet name that cannot be matched with its line", async () => {
    const content = lines(600, 3);
    content[550] = JSON.stringify({ outlet: "Ελεύθερη Ώρα", publishedAt: "2024-05-01", text: "Greek-only outlet name." });
    const error = await failure(importArticleFile({ name: "batch.jsonl", content: content.join("\n") }, null, LARGE));
    expect(error.fields?.["line 551.outlet"]?.[0]).toMatch(/Latin letter or digit/);
    expect(await counts()).toEqual({ articles: 0, outlets: 0, audit: 0 });
  });

  it("rolls back every chunk already written when writing fails part-way", async () => {
    const onProgress = (p: ImportProgress) => {
      if (p.phase === "writing" && p.done >= 1_000) throw new Error("the disk is full (simulated)");
    };
    await expect(importArticleFile(jsonl(1_300, 4), null, { ...LARGE, onProgress })).rejects.toThrow(/simulated/);
    expect(await counts()).toEqual({ articles: 0, outlets: 0, audit: 0 });
  });
});

describe("duplicates", () => {
  it("skips texts stored by an earlier batch, across chunk boundaries, and reports them with the stored id", async () => {
    const earlier = await importArticleFile(
      {
        name: "a.jsonl",
        content: lines(1_500, 5)
          .filter((_, i) => i % 3 === 0)
          .join("\n"),
      },
      null,
    );
    expect(earlier.created).toBe(500);
    const report = await importArticleFile(jsonl(1_500, 5), null, LARGE);
    expect(report).toMatchObject({ created: 1_000, duplicates: 500 });
    report.items.forEach((item, i) => {
      if (i % 3 === 0) expect(item).toEqual({ status: "duplicate", id: earlier.items[i / 3]!.id, title: earlier.items[i / 3]!.title });
      else expect(item.status).toBe("created");
    });
    expect(await counts()).toMatchObject({ articles: 1_500, audit: 1_500 });
  });

  it("stores a text repeated within one file once, the later copies pointing at the first, even chunks apart", async () => {
    const content = lines(1_100, 6);
    content.push(content[3]!, content[1_050]!, content[3]!);
    const report = await importArticleFile({ name: "batch.jsonl", content: content.join("\n") }, null, LARGE);
    expect(report).toMatchObject({ created: 1_100, duplicates: 3 });
    expect(report.items.slice(1_100)).toEqual([
      { status: "duplicate", ...pick(report.items[3]!) },
      { status: "duplicate", ...pick(report.items[1_050]!) },
      { status: "duplicate", ...pick(report.items[3]!) },
    ]);
    expect(await counts()).toMatchObject({ articles: 1_100, audit: 1_100 });
  });

  it("lets two imports of overlapping files race without doubling anything", async () => {
    const a = lines(800, 9).slice(0, 600).join("\n");
    const b = lines(800, 9).slice(200).join("\n");
    const [ra, rb] = await Promise.all([
      importArticleFile({ name: "a.jsonl", content: a }, null, LARGE),
      importArticleFile({ name: "b.jsonl", content: b }, null, LARGE),
    ]);
    // The 400 shared texts were created by exactly one of them.
    expect(ra.created + rb.created).toBe(800);
    expect(ra.duplicates + rb.duplicates).toBe(400);
    expect(await counts()).toMatchObject({ articles: 800, audit: 800 });
  });
});

describe("outlets", () => {
  it("ends as upserting per article would: first spelling of the name, last domain given", async () => {
    await db.outlet.create({ data: { name: "Old Wire", slug: "old-wire", domain: "old.example" } });
    const rows = [
      { outlet: "Old Wire", publishedAt: "2024-01-01", text: "One." },
      { outlet: "New Paper", publishedAt: "2024-01-02", text: "Two." },
      { outlet: "new paper", outletDomain: "first.example", publishedAt: "2024-01-03", text: "Three." },
      { outlet: "Old Wire", outletDomain: "wire.example", publishedAt: "2024-01-04", text: "Four." },
      { outlet: "NEW PAPER", outletDomain: "last.example", publishedAt: "2024-01-05", text: "Five." },
      { outlet: "New Paper", publishedAt: "2024-01-06", text: "Six." },
    ];
    await importArticles(rows, null);
    const outlets = await db.outlet.findMany({
      orderBy: { slug: "asc" },
      select: { name: true, slug: true, domain: true, _count: { select: { articles: true } } },
    });
    expect(outlets).toEqual([
      { name: "New Paper", slug: "new-paper", domain: "last.example", _count: { articles: 4 } },
      { name: "Old Wire", slug: "old-wire", domain: "wire.example", _count: { articles: 2 } },
    ]);
  });
});

describe("progress", () => {
  it("reports each phase from 0 to its total, in order", async () => {
    await importArticleFile({ name: "a.jsonl", content: lines(300, 10).slice(0, 100).join("\n") }, null);
    const seen: ImportProgress[] = [];
    await importArticleFile(jsonl(1_200, 10), null, { ...LARGE, onProgress: (p) => seen.push(p) });
    const phases = [...new Set(seen.map((p) => p.phase))];
    expect(phases).toEqual(["reading", "checking", "writing"]);
    const ends = Object.fromEntries(phases.map((phase) => [phase, seen.filter((p) => p.phase === phase).at(-1)]));
    expect(ends).toEqual({
      reading: { phase: "reading", done: 1_200, total: 1_200 },
      checking: { phase: "checking", done: 1_200, total: 1_200 },
      // Only what is not stored yet is written.
      writing: { phase: "writing", done: 1_100, total: 1_100 },
    });
    for (const phase of phases) {
      const mine = seen.filter((p) => p.phase === phase);
      expect(mine[0]!.done).toBe(0);
      mine.forEach((p, i) => i > 0 && expect(p.done).toBeGreaterThanOrEqual(mine[i - 1]!.done));
    }
    // Writing reports once per chunk of 500.
    expect(seen.filter((p) => p.phase === "writing").map((p) => p.done)).toEqual([0, 500, 1_000, 1_100]);
  });
});

function pick(item: { id: string; title: string }) {
  return { id: item.id, title: item.title };
}
