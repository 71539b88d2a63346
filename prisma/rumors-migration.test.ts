import { mkdtempSync, readdirSync, readFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { createPgDatabase, dropPgDatabase, PG_BASE_URL, pgDatabaseName, pgUrl } from "@/test/pg";

// The rumors migration (issue 12) on a database made by the previous schema,
// on both providers: every claim becomes a rumor of its own with its event,
// deadline, version, evidence, verdict history and rejections, and nothing
// is lost or renumbered.

const RUMORS = "20261201153836_rumors";
const dirs = (root: string) =>
  readdirSync(root, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort();
const sql = (root: string, dir: string) => readFileSync(path.join(root, dir, "migration.sql"), "utf8");

const T = { src: "2024-08-09T10:00:00.000Z", post: "2024-08-12T10:00:00.000Z", event: "2024-08-11T00:00:00.000Z", deadline: "2024-08-20T00:00:00.000Z" };
const ROWS = [
  `INSERT INTO "User" ("id", "name", "email", "role", "createdAt", "updatedAt") VALUES ('u1', 'Eddie', 'e@x.org', 'editor', $src, $src)`,
  `INSERT INTO "Outlet" ("id", "name", "slug", "createdAt") VALUES ('o1', 'Pre Daily', 'pre-daily', $src), ('o2', 'Post Daily', 'post-daily', $src)`,
  `INSERT INTO "Article" ("id", "outletId", "title", "publishedAt", "body", "sha256", "importedAt") VALUES ('a1', 'o1', 'Before', $src, 'Cruise will jump.', 'h1', $src), ('a2', 'o2', 'After', $post, 'Cruise jumped.', 'h2', $post)`,
  `INSERT INTO "Event" ("id", "name", "slug", "date", "createdAt") VALUES ('e1', 'Closing', 'closing', $event, $src)`,
  `INSERT INTO "Claim" ("id", "eventId", "articleId", "quoteStart", "quoteEnd", "quoteText", "statement", "attributedTo", "deadline", "createdById", "createdAt", "updatedAt", "version", "publishedAt", "currentVerdictId", "outletId", "sourceAt", "rating", "ratedAt", "own")
   VALUES ('c1', 'e1', 'a1', 0, 17, 'Cruise will jump.', 'Cruise will jump.', 'The outlet itself', $deadline, 'u1', $src, $post, 5, $post, NULL, 'o1', $src, 'confirmed', $post, $true),
          ('c2', NULL, 'a1', 0, 6, 'Cruise', 'A draft claim.', 'French media', NULL, 'u1', $src, $src, 1, NULL, NULL, 'o1', $src, NULL, NULL, $false)`,
  `INSERT INTO "Verdict" ("id", "claimId", "rating", "rationale", "decidedById", "decidedAt", "publishedAt") VALUES ('v1', 'c1', 'confirmed', 'He jumped.', 'u1', $post, $post), ('v2', 'c1', 'refuted', 'Draft second thoughts.', 'u1', $post, NULL)`,
  `UPDATE "Claim" SET "currentVerdictId" = 'v1' WHERE "id" = 'c1'`,
  `INSERT INTO "Evidence" ("id", "claimId", "articleId", "quoteStart", "quoteEnd", "quoteText", "stance", "createdAt") VALUES ('ev1', 'c1', 'a2', 0, 14, 'Cruise jumped.', 'supports', $post)`,
  `INSERT INTO "SuggestionRejection" ("id", "claimId", "articleId", "quoteStart", "quoteEnd", "createdAt") VALUES ('sr1', 'c1', 'a2', 0, 6, $post)`,
  `INSERT INTO "AuditEvent" ("id", "at", "actorName", "action", "entityType", "entityId", "claimId", "outcome") VALUES ('au1', $src, 'Eddie', 'claim.create', 'claim', 'c1', 'c1', 'ok')`,
  `INSERT INTO "OutletTally" ("outletId", "own", "rating", "count") VALUES ('o1', $true, 'confirmed', 1)`,
  `INSERT INTO "EventTally" ("eventId", "rating", "count") VALUES ('e1', 'confirmed', 1)`,
];

type Query = (text: string) => Promise<Record<string, unknown>[]>;

async function expectMigrated(q: Query, time: (v: unknown) => number, bool: (v: unknown) => boolean) {
  const rumors = await q(`SELECT * FROM "Rumor" ORDER BY "id"`);
  expect(rumors.map((r) => r.id)).toEqual(["c1", "c2"]);
  const [r1, r2] = rumors as [Record<string, unknown>, Record<string, unknown>];
  expect(r1).toMatchObject({ statement: "Cruise will jump.", eventId: "e1", currentVerdictId: "v1", rating: "confirmed", publicClaims: 1 });
  expect(Number(r1.version)).toBe(5);
  expect(time(r1.deadline)).toBe(Date.parse(T.deadline));
  expect(time(r1.firstAt)).toBe(Date.parse(T.src));
  expect(r2).toMatchObject({ eventId: null, currentVerdictId: null, rating: null, publicClaims: 0, firstAt: null });

  const claims = await q(`SELECT "id", "rumorId", "stance", "origin", "rating", "publishedAt" FROM "Claim" ORDER BY "id"`);
  expect(claims.map((c) => [c.id, c.rumorId, c.stance, bool(c.origin), c.rating])).toEqual([
    ["c1", "c1", "asserts", true, "confirmed"],
    ["c2", "c2", "asserts", false, null],
  ]);
  expect(await q(`SELECT "id", "rumorId", "claimId" FROM "Verdict" ORDER BY "id"`)).toEqual([
    { id: "v1", rumorId: "c1", claimId: null },
    { id: "v2", rumorId: "c1", claimId: null },
  ]);
  expect(await q(`SELECT "id", "rumorId" FROM "Evidence"`)).toEqual([{ id: "ev1", rumorId: "c1" }]);
  expect(await q(`SELECT "id", "rumorId" FROM "SuggestionRejection"`)).toEqual([{ id: "sr1", rumorId: "c1" }]);
  expect(await q(`SELECT "claimId", "rumorId" FROM "AuditEvent"`)).toEqual([{ claimId: "c1", rumorId: "c1" }]);
  const tally = await q(`SELECT "outletId", "own", "stance", "origin", "rating", "count" FROM "OutletTally"`);
  expect(tally.map((t) => [t.outletId, bool(t.own), t.stance, bool(t.origin), t.rating, Number(t.count)])).toEqual([
    ["o1", true, "asserts", true, "confirmed", 1],
  ]);
  expect((await q(`SELECT "eventId", "rating", "count" FROM "EventTally"`)).map((t) => [t.eventId, t.rating, Number(t.count)])).toEqual([
    ["e1", "confirmed", 1],
  ]);
}

describe("the rumors migration", () => {
  it("turns every claim of a SQLite database into a rumor of its own, losing nothing", async () => {
    const root = path.resolve(__dirname, "migrations");
    const file = path.join(mkdtempSync(path.join(os.tmpdir(), "hindsight-mig-")), "old.db");
    const db = new Database(file);
    for (const dir of dirs(root).filter((d) => d < RUMORS)) db.exec(sql(root, dir));
    const params = {
      src: T.src.replace("Z", "+00:00"),
      post: T.post.replace("Z", "+00:00"),
      event: T.event.replace("Z", "+00:00"),
      deadline: T.deadline.replace("Z", "+00:00"),
      true: 1,
      false: 0,
    };
    for (const row of ROWS) db.prepare(row.replace(/\$(\w+)/g, "@$1")).run(Object.fromEntries(Object.entries(params).filter(([k]) => row.includes(`$${k}`))));
    db.exec(sql(root, RUMORS));
    await expectMigrated(
      async (text) => db.prepare(text).all() as Record<string, unknown>[],
      (v) => Date.parse(String(v)),
      (v) => v === 1,
    );
    expect(db.pragma("foreign_key_check")).toEqual([]);
    db.close();
  });

  it.skipIf(!PG_BASE_URL)("does the same on PostgreSQL", async () => {
    const root = path.resolve(__dirname, "postgresql/migrations");
    const name = pgDatabaseName("migration");
    await createPgDatabase(PG_BASE_URL!, name);
    afterAll(() => dropPgDatabase(PG_BASE_URL!, name));
    const client = new pg.Client({ connectionString: pgUrl(PG_BASE_URL!, name) });
    await client.connect();
    try {
      for (const dir of dirs(root).filter((d) => d < RUMORS)) await client.query(sql(root, dir));
      const values: Record<string, unknown> = { ...T, true: true, false: false };
      for (const row of ROWS) {
        const names: string[] = [];
        const text = row.replace(/\$(\w+)/g, (_, n: string) => {
          if (!names.includes(n)) names.push(n);
          return `$${names.indexOf(n) + 1}`;
        });
        await client.query(
          text,
          names.map((n) => values[n]),
        );
      }
      await client.query(sql(root, RUMORS));
      await expectMigrated(
        async (text) => (await client.query(text)).rows as Record<string, unknown>[],
        (v) => (v as Date).getTime(),
        (v) => v === true,
      );
    } finally {
      await client.end();
    }
  });
});
