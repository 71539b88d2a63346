import { mkdtempSync, readdirSync, readFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { createPgDatabase, dropPgDatabase, PG_BASE_URL, pgDatabaseName, pgUrl } from "@/test/pg";

// Issue 11: the audit trail names people by their email at the time, not by
// a display name they chose; the migration fills that in for existing rows.
const MIGRATION = "20261201190000_sign_in_guard_audit_actor";
const dirs = (root: string) =>
  readdirSync(root, { withFileTypes: true })
    .filter((d) => d.isDirectory() && d.name < MIGRATION)
    .map((d) => d.name)
    .sort();
const sql = (root: string, dir: string) => readFileSync(path.join(root, dir, "migration.sql"), "utf8");

const AT = "2024-08-09T10:00:00.000Z";
const ROWS = [
  `INSERT INTO "User" ("id", "name", "email", "role", "createdAt", "updatedAt") VALUES ('u1', 'admin@hindsight.local (Administrator)', 'eddie@x.org', 'editor', $at, $at)`,
  `INSERT INTO "AuditEvent" ("id", "at", "actorId", "actorName", "action", "entityType", "entityId", "outcome") VALUES
     ('au1', $at, 'u1', 'admin@hindsight.local (Administrator)', 'claim.create', 'claim', 'c1', 'ok'),
     ('au2', $at, NULL, 'system', 'article.import', 'article', 'a1', 'ok'),
     ('au3', $at, NULL, 'Gone Editor', 'claim.create', 'claim', 'c2', 'ok')`,
];
const EXPECTED = [
  { id: "au1", actorId: "u1", actorEmail: "eddie@x.org" },
  { id: "au2", actorId: null, actorEmail: null },
  { id: "au3", actorId: null, actorEmail: "Gone Editor" },
];
const AFTER = `SELECT "id", "actorId", "actorEmail" FROM "AuditEvent" ORDER BY "id"`;

describe("the audit-actor migration", () => {
  it("names each audit row's actor by the account's email on SQLite, and drops the self-chosen name", () => {
    const root = path.resolve(__dirname, "migrations");
    const db = new Database(path.join(mkdtempSync(path.join(os.tmpdir(), "hindsight-mig-")), "old.db"));
    for (const dir of dirs(root)) db.exec(sql(root, dir));
    for (const row of ROWS) db.prepare(row.replaceAll("$at", "@at")).run({ at: AT.replace("Z", "+00:00") });
    db.exec(sql(root, MIGRATION));
    expect(db.prepare(AFTER).all()).toEqual(EXPECTED);
    const columns = (table: string) => (db.prepare(`PRAGMA table_info("${table}")`).all() as { name: string }[]).map((c) => c.name);
    expect(columns("AuditEvent")).not.toContain("actorName");
    expect(columns("User")).not.toContain("lockedUntil");
    expect(db.pragma("foreign_key_check")).toEqual([]);
    db.close();
  });

  it.skipIf(!PG_BASE_URL)("does the same on PostgreSQL", async () => {
    const root = path.resolve(__dirname, "postgresql/migrations");
    const name = pgDatabaseName("audit_actor");
    await createPgDatabase(PG_BASE_URL!, name);
    afterAll(() => dropPgDatabase(PG_BASE_URL!, name));
    const client = new pg.Client({ connectionString: pgUrl(PG_BASE_URL!, name) });
    await client.connect();
    try {
      for (const dir of dirs(root)) await client.query(sql(root, dir));
      for (const row of ROWS) await client.query(row.replaceAll("$at", "$1"), [AT]);
      await client.query(sql(root, MIGRATION));
      expect((await client.query(AFTER)).rows).toEqual(EXPECTED);
    } finally {
      await client.end();
    }
  });
});
