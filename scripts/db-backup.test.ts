import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { applyMigrations } from "@/test/migrate";

const ROOT = path.resolve(__dirname, "..");
const tsx = path.join(ROOT, "node_modules/.bin/tsx");
const cli = (args: string[], file: string) =>
  spawnSync(tsx, ["scripts/db-backup.ts", ...args], { cwd: ROOT, env: { ...process.env, DATABASE_URL: `file:${file}` }, encoding: "utf8" });

function outlets(file: string) {
  const db = new Database(file, { readonly: true });
  try {
    return (db.prepare(`SELECT name FROM "Outlet" ORDER BY name`).all() as { name: string }[]).map((r) => r.name);
  } finally {
    db.close();
  }
}

function addOutlet(db: Database.Database, name: string) {
  db.prepare(`INSERT INTO "Outlet" (id, name, slug, createdAt) VALUES (?, ?, ?, ?)`).run(name, name, name.toLowerCase(), new Date().toISOString());
}

describe("npm run db:backup / db:restore", () => {
  it("copies the live database while a connection holds it open, and restores it", () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "hindsight-backup-"));
    const live = path.join(dir, "live.db");
    applyMigrations(live);
    // A connection stays open with committed WAL content, like the running app.
    const app = new Database(live);
    app.pragma("journal_mode = WAL");
    addOutlet(app, "Before");

    const target = path.join(dir, "copy.db");
    const made = cli(["backup", target], live);
    expect(made.status, made.stderr).toBe(0);
    expect(outlets(target)).toEqual(["Before"]);

    addOutlet(app, "After");
    const back = cli(["restore", target], live);
    expect(back.status, back.stderr).toBe(0);
    expect(back.stdout).toMatch(/The data it replaced is in .*before-restore-/);
    expect(app.prepare(`SELECT name FROM "Outlet" ORDER BY name`).all()).toEqual([{ name: "Before" }]);
    app.close();
  });

  it("refuses to restore a file that is not a Hindsight database, leaving the live one alone", () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "hindsight-backup-"));
    const live = path.join(dir, "live.db");
    applyMigrations(live);
    const bogus = path.join(dir, "bogus.db");
    writeFileSync(bogus, "definitely not sqlite ".repeat(100));
    const result = cli(["restore", bogus], live);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/not a (SQLite|Hindsight) database/);
    expect(existsSync(path.join(dir, "backups"))).toBe(false);
  });
});

describe("npm run db:backup / db:restore on PostgreSQL", () => {
  const pgCli = (args: string[], url: string) =>
    spawnSync(tsx, ["scripts/db-backup.ts", ...args], { cwd: ROOT, env: { ...process.env, DATABASE_URL: url }, encoding: "utf8" });

  it("restore says how to use pg_restore, without a stack trace", () => {
    const result = pgCli(["restore", "x.dump"], "postgresql://nobody@127.0.0.1:1/none");
    expect(result.status).toBe(1);
    expect(result.stderr).toContain("pg_restore --clean --if-exists --no-owner");
    expect(result.stderr).not.toMatch(/^\s+at /m);
  });

  it.skipIf(!process.env.DATABASE_URL?.startsWith("postgres"))("backup runs pg_dump into a custom-format dump", () => {
    const target = path.join(mkdtempSync(path.join(os.tmpdir(), "hindsight-pgdump-")), "h.dump");
    const result = pgCli(["backup", target], process.env.DATABASE_URL!);
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toContain(target);
    // pg_dump's custom format starts with "PGDMP".
    expect(readFileSync(target).subarray(0, 5).toString()).toBe("PGDMP");
  });

  it("a failed pg_dump is reported in one line, not as a stack trace", () => {
    const result = pgCli(["backup", path.join(os.tmpdir(), "never.dump")], "postgresql://nobody@127.0.0.1:1/none");
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/pg_dump (failed|is not installed)/);
    expect(result.stderr).not.toMatch(/^\s+at /m);
  });
});
