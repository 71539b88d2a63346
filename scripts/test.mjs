#!/usr/bin/env node
// `npm test`: every test. Vitest (unit + integration on real SQLite files),
// then Playwright in a real Chromium against the production build. Ends
// with one line of totals. `--unit` or `--e2e` runs one half.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { ensureBuild } from "./lib/build.mjs";
import { ensureChromium } from "./lib/ensure-chromium.mjs";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const REPORTS = path.join(ROOT, ".test-reports");
const bin = (name) => path.join(ROOT, "node_modules", ".bin", name);
const args = new Set(process.argv.slice(2));
const runUnit = !args.has("--e2e");
const runE2e = !args.has("--unit");

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
let failedStep = null;

if (runUnit) {
  const file = path.join(REPORTS, "vitest.json");
  const status = run(bin("vitest"), ["run", "--reporter=default", "--reporter=json", `--outputFile.json=${file}`]);
  const report = readJson(file);
  totals.passed += report?.numPassedTests ?? 0;
  totals.failed += report?.numFailedTests ?? (status === 0 ? 0 : 1);
  totals.skipped += (report?.numPendingTests ?? 0) + (report?.numTodoTests ?? 0);
  if (status !== 0) failedStep = "vitest";
}

if (runE2e && !failedStep) {
  try {
    const chromium = await ensureChromium();
    await ensureBuild();
    const file = path.join(REPORTS, "playwright.json");
    const status = run(bin("playwright"), ["test"], { CHROMIUM_PATH: chromium ?? "", PLAYWRIGHT_JSON_OUTPUT_FILE: file });
    const stats = readJson(file)?.stats;
    totals.passed += (stats?.expected ?? 0) + (stats?.flaky ?? 0);
    totals.failed += stats?.unexpected ?? (status === 0 ? 0 : 1);
    totals.skipped += stats?.skipped ?? 0;
    if (status !== 0) failedStep = "playwright";
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    totals.failed += 1;
    failedStep = "e2e set-up";
  }
}

if (failedStep) console.error(`\n${failedStep} failed.`);
console.log(`\ntotal: ${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
process.exit(failedStep ? 1 : 0);
