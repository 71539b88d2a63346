#!/usr/bin/env node
// Makes the database ready before the app starts (`npm run dev`, `npm start`):
// client generated, migrations applied, WAL on, demo loaded into an empty
// database. Every step is safe to repeat, so it simply runs on every start.
import { existsSync, mkdirSync, statSync } from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { DEFAULT_DATABASE_URL, sqliteFile } from "../lib/database-url.mjs";
import { bin, fail, isMain, loadEnv, ROOT, run } from "./lib/run.mjs";

const SCHEMA = path.join(ROOT, "prisma/schema.prisma");
const CLIENTS = [
  [SCHEMA, path.join(ROOT, "server/generated/prisma/client.ts")],
  [path.join(ROOT, "prisma/postgresql/schema.prisma"), path.join(ROOT, "server/generated/prisma-pg/client.ts")],
];

// postinstall generates the client, but a pulled schema change or an install
// run with --ignore-scripts would leave it missing or behind the schema.
// Both clients (SQLite and PostgreSQL) are needed whichever database is used:
// server/platform/db.ts imports both.
function clientIsStale() {
  return CLIENTS.some(([schema, client]) => !existsSync(client) || statSync(client).mtimeMs < statSync(schema).mtimeMs);
}

// WAL lets the web server read while a CLI import writes. The mode is stored
// in the database file, so it only needs setting once.
function enableWal(file) {
  const db = new Database(file);
  try {
    if (db.pragma("journal_mode", { simple: true }) !== "wal") db.pragma("journal_mode = WAL");
  } finally {
    db.close();
  }
}

export async function prepareDatabase() {
  loadEnv();
  process.chdir(ROOT);
  console.log("Preparing database…");
  const file = sqliteFile(process.env.DATABASE_URL ?? DEFAULT_DATABASE_URL, ROOT);
  mkdirSync(path.join(ROOT, "data"), { recursive: true });
  if (file) mkdirSync(path.dirname(file), { recursive: true });

  if (clientIsStale()) {
    console.log("Generating the Prisma client (schema changed)…");
    await run(bin("prisma"), ["generate"]);
    await run(bin("prisma"), ["generate", "--schema", "prisma/postgresql/schema.prisma"]);
  }
  // prisma.config.ts points the CLI at the schema-engine stand-in and at
  // DATABASE_URL; nothing needs setting here.
  await run(bin("prisma"), ["migrate", "deploy"]);
  if (file) enableWal(file);
  // The seed leaves a database that holds data alone.
  await run(bin("tsx"), ["--conditions=react-server", "scripts/seed.ts"]);
  // No default password ships: a fresh install gets an admin with a random
  // one, printed here once (the next start finds the admin and says nothing).
  await run(bin("tsx"), ["--conditions=react-server", "scripts/user.ts", "bootstrap"]);
}

if (isMain(import.meta.url)) prepareDatabase().catch(fail);
