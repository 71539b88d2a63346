// `npm run bench:import`: how fast the JSON Lines importer stores 20,000
// realistic articles (scripts/lib/synthetic-articles.ts), on a fresh SQLite
// database and, for information, on a throwaway PostgreSQL database. Not part
// of `npm test` (it takes a minute or two).
//
//   npm run bench:import [-- --count 20000] [--seed 1] [--no-pg] [--keep]
//   BENCH_PG_URL  PostgreSQL server to create the throwaway database on
//                 (default postgresql://postgres@127.0.0.1:5432/postgres);
//                 the database is dropped afterwards.
//
// Each database is measured in a child process that imports the file through
// importArticleFiles, the code behind `npm run import` and the desk's upload,
// with the CLI's file-size limit, as the CLI runs it (no suggestion index in
// the process). The same file is then imported a second time (every article a
// duplicate), and finally the suggestion index is built from the database, as
// an app server does on its first suggestion request after such an import
// (an app server importing the file itself does the same indexing in its
// "indexing" phase instead).
import { execFile, spawn } from "node:child_process";
import { createWriteStream, mkdirSync, rmSync, statSync } from "node:fs";
import { readFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { parseArgs } from "node:util";
import { syntheticJsonLines } from "./lib/synthetic-articles";

const ROOT = path.resolve(__dirname, "..");
const GOAL_SECONDS = 60;

type PhaseTiming = { phase: string; ms: number; total: number };
type RunResult = { ms: number; cpuMs: number; created: number; duplicates: number; phases: PhaseTiming[] };
type ChildResult = {
  provider: string;
  readFileMs: number;
  first: RunResult;
  inserts: Record<string, { rows: number; ms: number }>;
  again: RunResult;
  catchUpMs: number;
  catchUpCpuMs: number;
  heapMiB: number;
};

const fmt = new Intl.NumberFormat("en", { maximumFractionDigits: 0 });
const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
const rate = (n: number, ms: number) => `${fmt.format((n * 1000) / Math.max(ms, 1))}/s`;

// ---------------------------------------------------------------- child ---

async function child(url: string, file: string) {
  process.env.DATABASE_URL = url;
  const { importArticleFiles } = await import("@/server/articles/import-files");
  const { resetSuggestionIndex, syncIndex } = await import("@/server/suggest/passage-index");
  const { insertTimings } = await import("@/server/platform/bulk-insert");
  const { databaseProvider, db } = await import("@/server/platform/db");
  async function timed(content: Buffer): Promise<RunResult> {
    const phases: PhaseTiming[] = [];
    let current: PhaseTiming | null = null;
    let phaseStart = 0;
    const cpu0 = process.cpuUsage();
    const t0 = performance.now();
    const report = await importArticleFiles([{ name: path.basename(file), content }], null, {
      maxBytes: 1024 * 1024 * 1024,
      onProgress: (p) => {
        const now = performance.now();
        if (current?.phase !== p.phase) {
          if (current) current.ms = now - phaseStart;
          current = { phase: p.phase, ms: 0, total: p.total };
          phases.push(current);
          phaseStart = now;
        }
        current.total = p.total;
        current.ms = now - phaseStart;
      },
    });
    const ms = performance.now() - t0;
    const cpu = process.cpuUsage(cpu0);
    return { ms, cpuMs: (cpu.user + cpu.system) / 1000, created: report.created, duplicates: report.duplicates, phases };
  }

  const r0 = performance.now();
  const content = await readFile(file);
  const readFileMs = performance.now() - r0;
  const first = await timed(content);
  const inserts = structuredClone(insertTimings);
  const again = await timed(content);
  // What an app server pays on its first suggestion request after a CLI
  // import (the CLI keeps no index): reading every article and indexing it.
  resetSuggestionIndex();
  const c0 = performance.now();
  const cpu0 = process.cpuUsage();
  await syncIndex();
  const catchUpMs = performance.now() - c0;
  const cpu = process.cpuUsage(cpu0);
  const catchUpCpuMs = (cpu.user + cpu.system) / 1000;
  const result: ChildResult = {
    provider: databaseProvider(),
    readFileMs,
    first,
    inserts,
    again,
    catchUpMs,
    catchUpCpuMs,
    heapMiB: process.memoryUsage().heapUsed / 2 ** 20,
  };
  await db.$disconnect();
  process.stdout.write(`RESULT ${JSON.stringify(result)}\n`);
}

// --------------------------------------------------------------- parent ---

const run = promisify(execFile);

async function migrate(url: string) {
  await run(path.join(ROOT, "node_modules/.bin/prisma"), ["migrate", "deploy"], { cwd: ROOT, env: { ...process.env, DATABASE_URL: url } });
}

function measure(url: string, file: string): Promise<ChildResult> {
  return new Promise((resolve, reject) => {
    const proc = spawn(
      path.join(ROOT, "node_modules/.bin/tsx"),
      ["--conditions=react-server", "scripts/bench-import.ts", "--child-url", url, "--child-file", file],
      { cwd: ROOT, env: { ...process.env, DATABASE_URL: url, NODE_ENV: "production" }, stdio: ["ignore", "pipe", "inherit"] },
    );
    let out = "";
    proc.stdout.on("data", (chunk) => (out += chunk));
    proc.on("error", reject);
    proc.on("exit", (code) => {
      const line = out.split("\n").find((l) => l.startsWith("RESULT "));
      if (code === 0 && line) resolve(JSON.parse(line.slice(7)) as ChildResult);
      else reject(new Error(`The measuring process exited with ${code}.\n${out}`));
    });
  });
}

const LABELS: Record<string, string> = {
  reading: "reading + validating (JSON.parse, schema)",
  checking: "hashing (SHA-256) + duplicate lookup",
  writing: "writing (articles + audit rows, 1 transaction)",
  indexing: "suggestion index",
};

function print(name: string, r: ChildResult, count: number) {
  const { first, again } = r;
  console.log(`\n== ${name} ==`);
  console.log(`read the file: ${s(r.readFileMs)}`);
  console.log(`${"phase".padEnd(50)} ${"time".padStart(9)} ${"share".padStart(6)} ${"rate".padStart(16)}`);
  for (const p of first.phases) {
    console.log(
      `${(LABELS[p.phase] ?? p.phase).padEnd(50)} ${s(p.ms).padStart(9)} ${`${Math.round((p.ms * 100) / first.ms)}%`.padStart(6)} ${rate(p.total, p.ms).padStart(16)}`,
    );
  }
  const other = first.ms - first.phases.reduce((sum, p) => sum + p.ms, 0);
  console.log(`${"other (UTF-8 decoding, COMMIT, the report)".padEnd(50)} ${s(other).padStart(9)} ${`${Math.round((other * 100) / first.ms)}%`.padStart(6)}`);
  for (const [table, t] of Object.entries(r.inserts)) {
    console.log(`${`  of which INSERT into ${table} (${fmt.format(t.rows)} rows)`.padEnd(50)} ${s(t.ms).padStart(9)}`);
  }
  console.log(
    `total: ${s(first.ms)} for ${fmt.format(first.created)} articles = ${rate(first.created, first.ms).replace("/s", " articles/s")} (CPU ${s(first.cpuMs)})`,
  );
  console.log(
    `again, all duplicates: ${s(again.ms)} (${fmt.format(again.duplicates)} duplicates, ${again.created} created; ` +
      again.phases.map((p) => `${p.phase} ${s(p.ms)}`).join(", ") +
      ")",
  );
  console.log(
    `suggestion index built from these articles (an app server's first suggestion request after the import): ${s(r.catchUpMs)} = ${rate(count, r.catchUpMs).replace("/s", " articles/s")} (CPU ${s(r.catchUpCpuMs)})`,
  );
  console.log(`heap at the end: ${fmt.format(r.heapMiB)} MiB (the suggestion index holds every text)`);
}

async function main() {
  const { values } = parseArgs({
    options: {
      count: { type: "string", default: "20000" },
      seed: { type: "string", default: "1" },
      "no-pg": { type: "boolean", default: false },
      keep: { type: "boolean", default: false },
      "child-url": { type: "string" },
      "child-file": { type: "string" },
    },
  });
  if (values["child-url"] && values["child-file"]) return child(values["child-url"], values["child-file"]);

  const count = Number(values.count);
  const seed = Number(values.seed);
  const dir = path.join(ROOT, "data", "bench-import");
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `articles-${count}-${seed}.jsonl`);
  const load = () =>
    os
      .loadavg()
      .map((l) => l.toFixed(2))
      .join(" ");
  const cpu = os.cpus();
  console.log(
    `Machine: ${cpu.length} × ${cpu[0]?.model ?? "CPU"}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}; load average ${load()}`,
  );

  const g0 = performance.now();
  await new Promise<void>((resolve, reject) => {
    const out = createWriteStream(file);
    out.on("error", reject);
    out.on("finish", resolve);
    for (const line of syntheticJsonLines(count, seed)) out.write(line);
    out.end();
  });
  const bytes = statSync(file).size;
  console.log(
    `Wrote ${fmt.format(count)} synthetic articles to ${path.relative(ROOT, file)} (${(bytes / 2 ** 20).toFixed(1)} MiB) in ${s(performance.now() - g0)}.`,
  );

  const results: { name: string; result: ChildResult }[] = [];
  const sqliteFile = path.join(dir, "bench.db");
  for (const suffix of ["", "-wal", "-shm", "-journal"]) rmSync(sqliteFile + suffix, { force: true });
  const sqliteUrl = `file:${sqliteFile}`;
  await migrate(sqliteUrl);
  const sqlite = await measure(sqliteUrl, file);
  results.push({ name: "SQLite (fresh file, WAL)", result: sqlite });
  print(results[0]!.name, sqlite, count);
  console.log(`load average ${load()}`);

  if (!values["no-pg"]) {
    const base = process.env.BENCH_PG_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";
    const name = `hindsight_bench_import_${process.pid}`;
    const { default: pg } = await import("pg");
    const admin = new pg.Client({ connectionString: base });
    try {
      await admin.connect();
    } catch (error) {
      console.log(`\nPostgreSQL skipped: cannot connect to ${base} (${error instanceof Error ? error.message : error}).`);
      return finish(results, count, file, values.keep, sqliteFile);
    }
    const url = Object.assign(new URL(base), { pathname: `/${name}` }).toString();
    try {
      await admin.query(`CREATE DATABASE "${name}"`);
      await migrate(url);
      const result = await measure(url, file);
      results.push({ name: `PostgreSQL (throwaway database ${name}, dropped after)`, result });
      print(results[1]!.name, result, count);
      console.log(`load average ${load()}`);
    } finally {
      await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await admin.end();
    }
  }
  finish(results, count, file, values.keep, sqliteFile);
}

function finish(results: { name: string; result: ChildResult }[], count: number, file: string, keep: boolean | undefined, sqliteFile: string) {
  const sqlite = results[0]!.result;
  const seconds = sqlite.first.ms / 1000;
  console.log(
    `\nGoal: ${fmt.format(count)} articles in under ${GOAL_SECONDS} s on SQLite — ${seconds < GOAL_SECONDS ? "met" : "NOT met"} (${seconds.toFixed(1)} s as \`npm run import\` runs;` +
      ` ${((sqlite.first.ms + sqlite.catchUpMs) / 1000).toFixed(1)} s with the suggestion index brought up to date).`,
  );
  if (!keep) {
    rmSync(file, { force: true });
    for (const suffix of ["", "-wal", "-shm", "-journal"]) rmSync(sqliteFile + suffix, { force: true });
  }
  if (seconds >= GOAL_SECONDS) process.exitCode = 1;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
