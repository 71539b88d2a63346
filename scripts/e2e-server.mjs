#!/usr/bin/env node
// The server Playwright tests talk to: the production build on its own
// database (data/e2e.db, or the PostgreSQL database E2E_DATABASE_URL names),
// migrated fresh and left empty; tests reset and fill it themselves.
import { spawn, spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdirSync, rmSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import Database from "better-sqlite3";
import { ensureBuild } from "./lib/build.mjs";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const file = path.join(ROOT, "data", "e2e.db");
const port = process.env.E2E_PORT ?? "3210";
const pgUrl = process.env.E2E_DATABASE_URL?.match(/^postgres(ql)?:\/\//) ? process.env.E2E_DATABASE_URL : null;
// Every test signs in from 127.0.0.1, so the per-address sign-in limit is
// raised here; the per-account lockout is what the tests exercise.
const env = {
  ...process.env,
  DATABASE_URL: pgUrl ?? `file:${file}`,
  NEXT_TELEMETRY_DISABLED: "1",
  HINDSIGHT_SITE_URL: `http://127.0.0.1:${port}`,
  HINDSIGHT_SIGNIN_LIMIT: "10000",
  // "Add by URL" tests fetch their own site on loopback (e2e/add-by-url.spec.ts), with caps small enough to hit.
  HINDSIGHT_FETCH_ALLOW_PRIVATE_HOSTS: "127.0.0.1",
  HINDSIGHT_FETCH_MAX_BYTES: String(2 ** 20),
  HINDSIGHT_FETCH_TIMEOUT_MS: "3000",
  HINDSIGHT_CAPTURE_DIR: process.env.E2E_CAPTURE_DIR || path.join(ROOT, "data", "e2e-captures"),
  // The first re-capture soon enough to see the in-app worker take it.
  HINDSIGHT_RECAPTURE_AFTER: "2s,7d",
  // Required of a production server on PostgreSQL (server/platform/env.ts).
  ...(pgUrl && !process.env.BETTER_AUTH_SECRET ? { BETTER_AUTH_SECRET: randomBytes(32).toString("base64url") } : {}),
};

if (pgUrl) {
  // Fresh every run: drop it; migrate deploy creates it again.
  const { default: pg } = await import("pg");
  const name = decodeURIComponent(new URL(pgUrl).pathname.slice(1));
  const admin = new pg.Client({ connectionString: Object.assign(new URL(pgUrl), { pathname: "/postgres" }).toString() });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS "${name.replaceAll('"', '""')}" WITH (FORCE)`);
  await admin.end();
} else {
  mkdirSync(path.dirname(file), { recursive: true });
  for (const suffix of ["", "-wal", "-shm", "-journal"]) rmSync(file + suffix, { force: true });
}
// prisma.config.ts picks the schema and migrations for the URL.
const migrate = spawnSync(path.join(ROOT, "node_modules/.bin/prisma"), ["migrate", "deploy"], { cwd: ROOT, env, stdio: "inherit" });
if (migrate.status !== 0) process.exit(migrate.status ?? 1);
// WAL lets the tests' resets and the server's reads share the file.
if (!pgUrl) new Database(file).pragma("journal_mode = WAL");
await ensureBuild();

// The same server as `npm start` (scripts/serve.mjs): it knows the socket's address.
const server = spawn(process.execPath, ["scripts/serve.mjs"], { cwd: ROOT, env: { ...env, PORT: port, HINDSIGHT_HOST: "127.0.0.1" }, stdio: "inherit" });
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.kill(signal));
server.on("exit", (code) => process.exit(code ?? 0));
