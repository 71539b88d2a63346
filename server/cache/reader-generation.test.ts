import Database from "better-sqlite3";
import pg from "pg";
import { afterAll, describe, expect, it, vi } from "vitest";
import { createPageServer } from "@/lib/page-cache/page-server";
import { sealPage } from "@/lib/page-cache/seal";
import { readerChanged, readerGeneration } from "./reader-cache";
import { closePgReaderWatcher } from "./reader-change-pg";

// The page cache (ADR 0015) and the data cache (ADR 0010) are only as fresh
// as readerGeneration(): it must move on this process's writes and on every
// commit by any other connection or process (ADR 0016), on either database.
const url = process.env.DATABASE_URL ?? "file:";
const onPostgres = !url.startsWith("file:");

let other: pg.Client | null = null;
async function otherConnection() {
  if (!other) {
    other = new pg.Client({ connectionString: url });
    await other.connect();
  }
  return other;
}
afterAll(async () => {
  await other?.end();
  await closePgReaderWatcher();
});

/** A commit by another connection, as another app server or the CLI would make. */
async function otherProcessCommits(sql?: string) {
  if (onPostgres) {
    const client = await otherConnection();
    await client.query(sql ?? `INSERT INTO "Outlet" (id, name, slug) VALUES ($1, 'Other', $1)`, sql ? [] : [`o-${Math.random().toString(36).slice(2)}`]);
    return;
  }
  const file = new Database(url.replace(/^file:/, ""));
  file.pragma("user_version = " + (Number(file.pragma("user_version", { simple: true })) + 1));
  file.close();
}

describe("readerGeneration", () => {
  it("moves on readerChanged() and on a commit by another connection, and only then", async () => {
    const first = await readerGeneration();
    expect(first).not.toBeNull();
    expect(await readerGeneration()).toBe(first);
    readerChanged({ claimIds: ["c1"] });
    const second = await readerGeneration();
    expect(second).not.toBe(first);
    await otherProcessCommits();
    expect(await readerGeneration()).not.toBe(second);
  });

  it("makes the page cache render again after another process's write", async () => {
    let renders = 0;
    const pages = createPageServer({
      maxBytes: 1 << 20,
      generation: readerGeneration,
      render: async () =>
        sealPage({ pathname: "/", body: `render ${++renders}`, placeholder: "PH", headers: [["content-type", "text/html"]], cacheControl: "public" }),
    });
    expect((await pages.serve("/"))?.page.body.toString()).toBe("render 1");
    expect((await pages.serve("/"))?.hit).toBe(true);
    await otherProcessCommits();
    expect((await pages.serve("/"))?.page.body.toString()).toBe("render 2");
    readerChanged();
    expect((await pages.serve("/"))?.page.body.toString()).toBe("render 3");
  });

  it("is null, so nothing is cached, when HINDSIGHT_READER_CACHE=off", async () => {
    vi.resetModules();
    vi.stubEnv("HINDSIGHT_READER_CACHE", "off");
    try {
      const fresh = await import("./reader-cache");
      expect(await fresh.readerGeneration()).toBeNull();
      let loads = 0;
      await fresh.cachedRead("k", async () => ++loads);
      await fresh.cachedRead("k", async () => ++loads);
      expect(loads).toBe(2);
    } finally {
      vi.unstubAllEnvs();
      vi.resetModules();
    }
  });
});

describe.skipIf(!onPostgres)("readerGeneration on PostgreSQL", () => {
  it("sees a commit that finished before the call, even with reads already under way", async () => {
    // Many requests at once share reads; each must still see a commit made
    // before it asked (lib/fresh-check.ts).
    const before = await readerGeneration();
    const early = Array.from({ length: 20 }, () => readerGeneration());
    await otherProcessCommits();
    const late = await Promise.all(Array.from({ length: 20 }, () => readerGeneration()));
    await Promise.all(early);
    for (const generation of late) expect(generation).not.toBe(before);
    expect(new Set(late).size).toBe(1);
  });

  it("ignores writes readers cannot see and transactions that roll back", async () => {
    const before = await readerGeneration();
    await otherProcessCommits(`INSERT INTO "RateLimit" (id, key, count, "lastRequest") VALUES ('rl-${Date.now()}', 'k${Date.now()}', 1, 0)`);
    await otherProcessCommits(`BEGIN; INSERT INTO "Outlet" (id, name, slug) VALUES ('rolled-back', 'R', 'rolled-back'); ROLLBACK`);
    expect(await readerGeneration()).toBe(before);
    await otherProcessCommits(`TRUNCATE "SuggestionRejection", "Verdict" CASCADE`);
    expect(await readerGeneration()).not.toBe(before);
  });

  it("counts every change once and keeps its table small (compaction keeps the sum)", async () => {
    const client = await otherConnection();
    const sum = async () => Number((await client.query(`SELECT coalesce(sum("count"), 0) AS s FROM "ReaderChange"`)).rows[0].s);
    const start = await sum();
    // One transaction that writes many rows in several statements counts once.
    await otherProcessCommits(
      `BEGIN; INSERT INTO "Outlet" (id, name, slug) SELECT 'bulk' || g, 'B', 'bulk' || g FROM generate_series(1, 50) g; UPDATE "Outlet" SET name = 'B2' WHERE id LIKE 'bulk%'; COMMIT`,
    );
    expect(await sum()).toBe(start + 1);
    for (let i = 0; i < 300; i++) await client.query(`UPDATE "Outlet" SET name = $1 WHERE id = 'bulk1'`, [`n${i}`]);
    expect(await sum()).toBe(start + 301);
    const rows = Number((await client.query(`SELECT count(*) AS n FROM "ReaderChange"`)).rows[0].n);
    expect(rows).toBeLessThan(130);
  });

  it("fails safe when its connection drops: never the old generation, and back once reconnected", async () => {
    const before = await readerGeneration();
    const client = await otherConnection();
    const { rows } = await client.query(
      `SELECT pg_terminate_backend(pid) AS done FROM pg_stat_activity WHERE application_name = 'hindsight-reader-generation' AND datname = current_database() AND pid <> pg_backend_pid()`,
    );
    expect(rows.length).toBeGreaterThan(0);
    await otherProcessCommits();
    // Either this read notices the dead connection (null: caches off) or it
    // already reconnected and reads the new value; never the old one.
    expect(await readerGeneration()).not.toBe(before);
    const back = await readerGeneration();
    expect(back).not.toBeNull();
    expect(back).not.toBe(before);
  });
});
