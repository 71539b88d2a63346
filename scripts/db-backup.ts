// npm run db:backup [-- <file>]      consistent copy of the live database
// npm run db:restore -- <file>       bring a backup back (the current data is backed up first)
//
// On PostgreSQL, backup runs pg_dump and restore says how to use pg_restore.
//
// On SQLite both use SQLite's online backup API (through better-sqlite3), which copies
// page by page under SQLite's own locks: safe while the app is running, and
// the copy is a consistent snapshot even with a WAL file beside the database.
import "dotenv/config";
import { spawnSync } from "node:child_process";
import { randomUUID } from "node:crypto";
import { existsSync, mkdirSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import Database from "better-sqlite3";
import { DEFAULT_DATABASE_URL, isPostgresUrl, sqliteFile } from "../lib/database-url.mjs";

const USAGE = `Usage:
  npm run db:backup [-- <file>]     default: data/backups/hindsight-<time>.db
  npm run db:restore -- <file>`;

function fail(message: string, code = 1): never {
  console.error(message);
  process.exit(code);
}

export function databaseFile(url = process.env.DATABASE_URL?.trim() || DEFAULT_DATABASE_URL): string {
  if (isPostgresUrl(url)) fail(PG_RESTORE);
  if (!url.startsWith("file:")) fail("DATABASE_URL must be a file: URL (SQLite).");
  return sqliteFile(url) ?? fail("DATABASE_URL names no database file (an in-memory database cannot be backed up).");
}

const PG_RESTORE = `On PostgreSQL, restore with pg_restore while every app server is stopped (docs/deploy.md):
  pg_restore --clean --if-exists --no-owner --dbname "$DATABASE_URL" <file.dump>
then \`npm run db:migrate\` if the dump is older than this version of Hindsight, and start the app servers.`;

/**
 * PostgreSQL: `db:backup` runs pg_dump (custom format, what pg_restore reads)
 * when it is installed; `db:restore` only says how, because replacing a
 * shared database needs every app server stopped first.
 */
function postgres(command: string | undefined, file: string | undefined, url: string) {
  if (command === "restore") fail(PG_RESTORE);
  if (command !== "backup") fail(USAGE, 2);
  const target = path.resolve(file ?? path.join("data", "backups", `hindsight-${stamp()}.dump`));
  mkdirSync(path.dirname(target), { recursive: true });
  const dump = spawnSync("pg_dump", ["--format=custom", `--file=${target}`, url], { stdio: ["ignore", "inherit", "inherit"] });
  if (dump.error && (dump.error as NodeJS.ErrnoException).code === "ENOENT") {
    fail(`pg_dump is not installed here. On PostgreSQL, back up with pg_dump from a machine that has it:
  pg_dump --format=custom --file=hindsight.dump "$DATABASE_URL"`);
  }
  if (dump.status !== 0) fail(`pg_dump failed (exit ${dump.status ?? dump.signal}); nothing was backed up.`);
  console.log(`Backed up the PostgreSQL database to ${target} (pg_dump custom format; restore with pg_restore).`);
}

const stamp = () => new Date().toISOString().replace(/[-:]/g, "").replace("T", "-").slice(0, 15);

export async function backup(source: string, target: string) {
  if (!existsSync(source)) throw new Error(`No database at ${source}.`);
  mkdirSync(path.dirname(target), { recursive: true });
  const db = new Database(source, { readonly: true, fileMustExist: true, timeout: 10_000 });
  try {
    await db.backup(target);
  } finally {
    db.close();
  }
  return target;
}

/** Checks that a file is an intact Hindsight database before it replaces the live one. */
function assertRestorable(file: string) {
  if (!existsSync(file)) throw new Error(`No backup at ${file}.`);
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    const check = db.pragma("integrity_check", { simple: true });
    if (check !== "ok") throw new Error(`${file} is damaged: ${String(check)}`);
    const tables = db.prepare(`SELECT name FROM sqlite_master WHERE type = 'table' AND name IN ('Claim', 'User', 'AuditEvent')`).all();
    if (tables.length < 3) throw new Error(`${file} is not a Hindsight database.`);
  } catch (error) {
    if (error instanceof Error && /not a database|file is not/i.test(error.message)) throw new Error(`${file} is not a SQLite database.`);
    throw error;
  } finally {
    db.close();
  }
}

/**
 * Marks the live data as a new copy (the DataEpoch row), so every running
 * server rebuilds what it derived from the old one (the search index; ADR
 * 0011). A backup older than the table gets it from `npm run db:migrate`.
 */
function newEpoch(live: string) {
  const db = new Database(live, { timeout: 10_000 });
  try {
    const table = db.prepare(`SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'DataEpoch'`).get();
    if (table) {
      db.prepare(
        `INSERT INTO "DataEpoch" ("id", "epoch", "changedAt") VALUES (1, ?, ?) ON CONFLICT ("id") DO UPDATE SET "epoch" = excluded."epoch", "changedAt" = excluded."changedAt"`,
      ).run(randomUUID(), new Date().toISOString());
    }
  } finally {
    db.close();
  }
}

export async function restore(file: string, live: string) {
  assertRestorable(file);
  const safety = existsSync(live) ? await backup(live, path.join(path.dirname(live), "backups", `before-restore-${stamp()}.db`)) : null;
  // The backup API writes into the live database under its locks, so a
  // running server sees the restored data on its next read.
  const source = new Database(file, { readonly: true, fileMustExist: true });
  try {
    await source.backup(live);
  } finally {
    source.close();
  }
  newEpoch(live);
  return safety;
}

async function main() {
  const [command, file] = process.argv.slice(2).filter((a) => a !== "--");
  const url = process.env.DATABASE_URL?.trim() ?? "";
  if (isPostgresUrl(url)) return postgres(command, file, url);
  const live = databaseFile();
  try {
    if (command === "backup") {
      const target = path.resolve(file ?? path.join(path.dirname(live), "backups", `hindsight-${stamp()}.db`));
      await backup(live, target);
      console.log(`Backed up ${live} to ${target}.`);
    } else if (command === "restore") {
      if (!file) fail(USAGE, 2);
      const safety = await restore(path.resolve(file), live);
      console.log(`Restored ${path.resolve(file)} into ${live}.${safety ? ` The data it replaced is in ${safety}.` : ""}`);
      console.log("Run `npm run db:migrate` if the backup is older than this version of Hindsight.");
    } else fail(USAGE, 2);
  } catch (error) {
    fail(error instanceof Error ? error.message : String(error));
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) void main();
