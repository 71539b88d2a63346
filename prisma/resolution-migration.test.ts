import { mkdtempSync, readdirSync, readFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { createPgDatabase, dropPgDatabase, PG_BASE_URL, pgDatabaseName, pgUrl } from "@/test/pg";

// Issue 17: the resolution migration keeps every claim and fills in what the
// write path would have: tier "unknown", lead days of published confirmed
// claims (floored, negative when published after the outcome), and the
// per-tier tally, on both providers.
const MIGRATION = "20261202050000_resolution_and_calibration";
const dirs = (root: string) =>
  readdirSync(root, { withFileTypes: true })
    .filter((d) => d.isDirectory() && d.name < MIGRATION)
    .map((d) => d.name)
    .sort();
const sql = (root: string, dir: string) => readFileSync(path.join(root, dir, "migration.sql"), "utf8");

const T = { src: "2024-08-01T10:00:00.000Z", event: "2024-08-10T00:00:00.000Z", deadline: "2024-07-30T00:00:00.000Z" };
const claim = (id: string, rumor: string, published: boolean, rating: string | null) =>
  `('${id}', '${rumor}', 'a1', 0, 4, 'Soon', 'Soon', 'The outlet itself', $src, $src, ${published ? "$src" : "NULL"}, 'o1', $src, ${rating ? `'${rating}'` : "NULL"})`;
const ROWS = [
  `INSERT INTO "Outlet" ("id", "name", "slug", "createdAt") VALUES ('o1', 'Pre Daily', 'pre-daily', $src)`,
  `INSERT INTO "Article" ("id", "outletId", "title", "publishedAt", "body", "sha256", "importedAt") VALUES ('a1', 'o1', 'Before', $src, 'Soon it happens.', 'h1', $src)`,
  `INSERT INTO "Event" ("id", "name", "slug", "date", "createdAt") VALUES ('e1', 'Closing', 'closing', $event, $src)`,
  `INSERT INTO "Rumor" ("id", "statement", "eventId", "deadline", "createdAt", "updatedAt") VALUES
     ('r1', 'Soon', 'e1', NULL, $src, $src), ('r2', 'Soon', NULL, $deadline, $src, $src), ('r3', 'Soon', 'e1', NULL, $src, $src)`,
  `INSERT INTO "Claim" ("id", "rumorId", "articleId", "quoteStart", "quoteEnd", "quoteText", "statement", "attributedTo", "createdAt", "updatedAt", "publishedAt", "outletId", "sourceAt", "rating") VALUES
     ${[claim("c1", "r1", true, "confirmed"), claim("c2", "r2", true, "confirmed"), claim("c3", "r3", true, "refuted"), claim("c4", "r3", false, "confirmed"), claim("c5", "r1", true, null)].join(", ")}`,
];
const CLAIMS = `SELECT "id", "certainty", "leadDays" FROM "Claim" ORDER BY "id"`;
const TALLY = `SELECT "outletId", "certainty", "rating", "count" FROM "CertaintyTally" ORDER BY "rating"`;
const EXPECTED = {
  claims: [
    // 8.6 days before the event; 2.4 days after the deadline (floored to −3); refuted, unpublished, pending: none.
    { id: "c1", certainty: "unknown", leadDays: 8 },
    { id: "c2", certainty: "unknown", leadDays: -3 },
    { id: "c3", certainty: "unknown", leadDays: null },
    { id: "c4", certainty: "unknown", leadDays: null },
    { id: "c5", certainty: "unknown", leadDays: null },
  ],
  tally: [
    { outletId: "o1", certainty: "unknown", rating: "confirmed", count: 2 },
    { outletId: "o1", certainty: "unknown", rating: "pending", count: 1 },
    { outletId: "o1", certainty: "unknown", rating: "refuted", count: 1 },
  ],
};

describe("the resolution migration", () => {
  it("keeps every claim and fills in tiers, lead days and the tier tally on SQLite", () => {
    const root = path.resolve(__dirname, "migrations");
    const db = new Database(path.join(mkdtempSync(path.join(os.tmpdir(), "hindsight-mig-")), "old.db"));
    for (const dir of dirs(root)) db.exec(sql(root, dir));
    const params = Object.fromEntries(Object.entries(T).map(([k, v]) => [k, v.replace("Z", "+00:00")]));
    for (const row of ROWS) db.prepare(row.replaceAll("$", "@")).run(params);
    db.exec(sql(root, MIGRATION));
    expect(db.prepare(CLAIMS).all()).toEqual(EXPECTED.claims);
    expect(db.prepare(TALLY).all()).toEqual(EXPECTED.tally);
    expect(db.pragma("foreign_key_check")).toEqual([]);
    db.close();
  });

  it.skipIf(!PG_BASE_URL)("does the same on PostgreSQL", async () => {
    const root = path.resolve(__dirname, "postgresql/migrations");
    const name = pgDatabaseName("resolution");
    await createPgDatabase(PG_BASE_URL!, name);
    afterAll(() => dropPgDatabase(PG_BASE_URL!, name));
    const client = new pg.Client({ connectionString: pgUrl(PG_BASE_URL!, name) });
    await client.connect();
    try {
      for (const dir of dirs(root)) await client.query(sql(root, dir));
      const keys = Object.keys(T) as (keyof typeof T)[];
      for (const row of ROWS) {
        const used = keys.filter((k) => row.includes(`$${k}`));
        let text = row;
        used.forEach((k, i) => (text = text.replaceAll(`$${k}`, `$${i + 1}`)));
        await client.query(
          text,
          used.map((k) => T[k]),
        );
      }
      await client.query(sql(root, MIGRATION));
      expect((await client.query(CLAIMS)).rows).toEqual(EXPECTED.claims);
      expect((await client.query(TALLY)).rows).toEqual(EXPECTED.tally);
    } finally {
      await client.end();
    }
  });
});
