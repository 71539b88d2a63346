#!/usr/bin/env node
// `npm test`: every check and test. First the static checks (types, lint,
// format, dead code: scripts/check.mjs), then Vitest (unit + integration on real SQLite files),
// then Playwright in a real Chromium against the production build. With
// TEST_DATABASE_URL_PG (a PostgreSQL server's base URL, e.g.
// postgresql://postgres@127.0.0.1:5432/postgres) each half also runs on
// PostgreSQL, on throwaway databases, side by side with the SQLite run (output
// lines prefixed [sqlite] / [postgresql]). The Playwright half includes
// e2e/multi-server.spec.ts: two more `next start` processes on a database of
// their own (several app servers on one database, ADR 0016), with a bounded
// load test. Ends with one line of totals.
// `--unit` or `--e2e` runs one half; `--sqlite` or `--pg` one database;
// `--no-checks` skips the static checks.
import { spawn, spawnSync } from "node:child_process";
import { createInterface } from "node:readline";
import { existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { ensureBuild } from "./lib/build.mjs";
import { ensureChromium } from "./lib/ensure-chromium.mjs";
import { runChecks } from "./check.mjs";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const REPORTS = path.join(ROOT, ".test-reports");
const bin = (name) => path.join(ROOT, "node_modules", ".bin", name);
const args = new Set(process.argv.slice(2));
const runUnit = !args.has("--e2e");
const runE2e = !args.has("--unit");
const PG_BASE = process.env.TEST_DATABASE_URL_PG || "";
const databases = [...(args.has("--pg") ? [] : ["sqlite"]), ...(PG_BASE && !args.has("--sqlite") ? ["postgresql"] : [])];
if (args.has("--pg") && !PG_BASE) console.error("--pg: TEST_DATABASE_URL_PG is not set; nothing to run on PostgreSQL.");

function run(cmd, cmdArgs, env = {}) {
  const result = spawnSync(cmd, cmdArgs, { cwd: ROOT, stdio: "inherit", env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", ...env } });
  return result.status ?? 1;
}

function readJson(file) {
  try {
    return JSON.parse(readFileSync(file, "utf8"));
  } catch {
    return null;
  }
}

rmSync(REPORTS, { recursive: true, force: true });
mkdirSync(REPORTS, { recursive: true });
if (!existsSync(path.join(ROOT, "server/generated/prisma/client.ts"))) run(bin("prisma"), ["generate"]);
if (!existsSync(path.join(ROOT, "server/generated/prisma-pg/client.ts"))) run(bin("prisma"), ["generate", "--schema", "prisma/postgresql/schema.prisma"]);

const totals = { passed: 0, failed: 0, skipped: 0 };

const failed = [];

async function addVitest(label, env) {
  const file = path.join(REPORTS, `vitest-${label}.json`);
  const status = await runPrefixed(label, bin("vitest"), ["run", "--reporter=default", "--reporter=json", `--outputFile.json=${file}`], env);
  const report = readJson(file);
  totals.passed += report?.numPassedTests ?? 0;
  totals.failed += report?.numFailedTests ?? (status === 0 ? 0 : 1);
  totals.skipped += (report?.numPendingTests ?? 0) + (report?.numTodoTests ?? 0);
  console.log(`vitest (${label}): ${report?.numPassedTests ?? 0} passed, ${report?.numFailedTests ?? "?"} failed`);
  if (status !== 0) failed.push(`vitest (${label})`);
}

/** Like run(), without blocking: each output line prefixed with the label, so that two runs at once stay readable. */
function runPrefixed(label, cmd, cmdArgs, env = {}) {
  return new Promise((resolve) => {
    const child = spawn(cmd, cmdArgs, { cwd: ROOT, stdio: ["ignore", "pipe", "pipe"], env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", ...env } });
    for (const stream of [child.stdout, child.stderr]) createInterface({ input: stream }).on("line", (line) => console.log(`[${label}] ${line}`));
    child.on("error", () => resolve(1));
    child.on("close", (code) => resolve(code ?? 1));
  });
}

// The browser tests of the two databases run at the same time, each against
// its own server (its own port, database, capture folder and artifacts): one
// Playwright worker mostly waits on the browser and the server, so two runs
// share the two cores well and the suite takes much less than twice as long.
const E2E_PORTS = { sqlite: "3210", postgresql: "3211" };

async function addPlaywright(label, env) {
  const file = path.join(REPORTS, `playwright-${label}.json`);
  const status = await runPrefixed(label, bin("playwright"), ["test"], {
    PLAYWRIGHT_JSON_OUTPUT_FILE: file,
    E2E_PORT: E2E_PORTS[label],
    E2E_OUTPUT_DIR: path.join("test-results", label),
    E2E_REPORT_DIR: path.join("playwright-report", label),
    E2E_CAPTURE_DIR: path.join(ROOT, "data", `e2e-captures-${label}`),
    // As CI: one retry (a test that passes only on its retry is reported as
    // flaky below, never hidden), test.only refused, no HTML report.
    CI: "1",
    ...env,
  });
  const stats = readJson(file)?.stats;
  totals.passed += (stats?.expected ?? 0) + (stats?.flaky ?? 0);
  totals.failed += stats?.unexpected ?? (status === 0 ? 0 : 1);
  totals.skipped += stats?.skipped ?? 0;
  const flaky = stats?.flaky ? ` (${stats.flaky} flaky: failed first, passed on the retry; see the log above)` : "";
  console.log(`playwright (${label}): ${(stats?.expected ?? 0) + (stats?.flaky ?? 0)} passed${flaky}, ${stats?.unexpected ?? "?"} failed`);
  if (status !== 0) failed.push(`playwright (${label})`);
}

async function addPlaywrightAll(labels, envs) {
  let chromium;
  try {
    chromium = await ensureChromium();
    // Once, before the runs start: each run's server would otherwise build at the same time.
    await ensureBuild();
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    totals.failed += 1;
    failed.push("e2e set-up");
    return;
  }
  await Promise.all(labels.map((label) => addPlaywright(label, { CHROMIUM_PATH: chromium ?? "", ...envs[label] })));
}

// The e2e server's PostgreSQL database: one per run, dropped afterwards.
const e2ePgUrl = Object.assign(new URL(PG_BASE || "postgresql://localhost/x"), { pathname: `/hindsight_e2e_${process.pid}` }).toString();
const envFor = {
  // HINDSIGHT_TEST_DB tells test/pg-global-setup.ts and test/setup-db.ts which database to use.
  sqlite: { HINDSIGHT_TEST_DB: "sqlite", E2E_DATABASE_URL: "" },
  postgresql: { HINDSIGHT_TEST_DB: "postgresql", E2E_DATABASE_URL: e2ePgUrl },
};

if (!args.has("--no-checks")) {
  for (const check of await runChecks()) {
    if (check.ok) totals.passed += 1;
    else {
      totals.failed += 1;
      failed.push(`check ${check.name}`);
    }
  }
}
// Vitest runs one test file at a time on a 2-core machine (cores − 1 workers), so
// the two databases' runs go side by side.
if (runUnit) await Promise.all(databases.map((db) => addVitest(db, envFor[db])));
if (runE2e && failed.length === 0) {
  await addPlaywrightAll(databases, envFor);
  if (databases.includes("postgresql")) {
    const { default: pg } = await import("pg");
    const admin = new pg.Client({ connectionString: PG_BASE });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS "hindsight_e2e_${process.pid}" WITH (FORCE)`);
    await admin.end();
  }
}
const failedStep = failed.length ? failed.join(", ") : null;

if (failedStep) console.error(`\n${failedStep} failed.`);
console.log(`\ntotal: ${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
process.exit(failedStep ? 1 : 0);
