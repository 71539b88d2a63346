#!/usr/bin/env node
// `npm run bench:scale`: render times of the reader pages and the JSON API at
// 100,000 claims in 25,000 rumors and 20,000 articles, on SQLite
// (data/scale.db) and on PostgreSQL (database hindsight_scale), against the
// 100 ms p95 target of issues 6 and 12. For each database it generates the data if it is not there at
// that size yet (npm run db:generate; a marker keeps reruns fast), builds if
// needed, starts `next start` with the reader caches OFF
// (HINDSIGHT_READER_CACHE=off: every request renders from the database),
// warms it up, then times sequential requests, interleaved across targets so
// that drifting load from other work on the machine hits them all alike.
// Not part of `npm test`. See docs/performance.md.
//
//   --sqlite / --pg       one database only (default: both)
//   --requests N          timed requests per target (default 200)
//   --warmup N            untimed requests per target first (default 20)
//   --regenerate          generate the data again even if the marker matches
//   --claims N --articles N --rumors N   another size (default 100000 / 20000 / claims ÷ 4)
//   --port N              the server's port (default BENCH_SCALE_PORT or 3244)
// PostgreSQL: BENCH_SCALE_PG_URL (default postgresql://postgres@127.0.0.1:5432/hindsight_scale),
// created if missing.
import { spawn, spawnSync } from "node:child_process";
import { createHash, randomBytes } from "node:crypto";
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import Database from "better-sqlite3";
import pg from "pg";
import { ensureBuild } from "./lib/build.mjs";
import { bin, ROOT } from "./lib/run.mjs";
import { benchEditorToken, matchingTargets, rumorCount } from "./bench-scale/matching.mjs";

const { values: opts } = parseArgs({
  options: {
    sqlite: { type: "boolean" },
    pg: { type: "boolean" },
    requests: { type: "string" },
    warmup: { type: "string" },
    regenerate: { type: "boolean" },
    claims: { type: "string" },
    articles: { type: "string" },
    rumors: { type: "string" },
    port: { type: "string" },
  },
});
const REQUESTS = Number(opts.requests ?? 200);
const WARMUP = Number(opts.warmup ?? 20);
const CLAIMS = Number(opts.claims ?? 100_000);
const ARTICLES = Number(opts.articles ?? 20_000);
const RUMORS = Number(opts.rumors ?? Math.round(CLAIMS / 4));
// Bumped when the generator makes different data for the same options, so
// that data generated before is generated again.
const GENERATOR = "resolution-1";
const SEED = 1;
const TARGET_MS = 100;
const port = Number(opts.port ?? process.env.BENCH_SCALE_PORT ?? 3244);
const base = `http://127.0.0.1:${port}`;
const SQLITE_FILE = path.join(ROOT, "data", "scale.db");
const PG_URL = process.env.BENCH_SCALE_PG_URL ?? "postgresql://postgres@127.0.0.1:5432/hindsight_scale";
const MARKERS = path.join(ROOT, "data", "scale-markers.json");
const databases = [
  ...(opts.pg && !opts.sqlite ? [] : [{ name: "SQLite", url: `file:${SQLITE_FILE}` }]),
  ...(opts.sqlite && !opts.pg ? [] : [{ name: "PostgreSQL", url: PG_URL }]),
];

/** The migration history (names and contents): data generated under another schema is generated again. */
function migrations(dir) {
  const hash = createHash("sha256");
  const names = readdirSync(path.join(ROOT, dir), { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort();
  for (const name of names) hash.update(name).update(readFileSync(path.join(ROOT, dir, name, "migration.sql")));
  return `${names.length} migrations, ${hash.digest("hex").slice(0, 16)}`;
}
const isPg = (url) => /^postgres(ql)?:\/\//.test(url);

function readMarkers() {
  try {
    return JSON.parse(readFileSync(MARKERS, "utf8"));
  } catch {
    return {};
  }
}

async function count(url, table) {
  if (isPg(url)) {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      return Number((await client.query(`SELECT count(*) AS n FROM "${table}"`)).rows[0].n);
    } finally {
      await client.end();
    }
  }
  const db = new Database(SQLITE_FILE, { readonly: true });
  try {
    return db.prepare(`SELECT count(*) AS n FROM "${table}"`).get().n;
  } finally {
    db.close();
  }
}

function runOrFail(command, args, env) {
  const result = spawnSync(command, args, { cwd: ROOT, stdio: "inherit", env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", ...env } });
  if (result.status !== 0) throw new Error(`${path.basename(command)} ${args.join(" ")} failed (exit ${result.status}).`);
}

/** Migrated, and holding the data at the requested size; returns how long generating took (null: already there). */
async function prepareData({ name, url }) {
  if (!isPg(url)) mkdirSync(path.dirname(SQLITE_FILE), { recursive: true });
  // Creates the PostgreSQL database when it is missing (prisma.config.ts picks the history by URL).
  runOrFail(bin("prisma"), ["migrate", "deploy"], { DATABASE_URL: url });
  if (!isPg(url)) new Database(SQLITE_FILE).pragma("journal_mode = WAL");
  const want = {
    claims: CLAIMS,
    articles: ARTICLES,
    rumors: RUMORS,
    generator: GENERATOR,
    seed: SEED,
    migrations: migrations(isPg(url) ? "prisma/postgresql/migrations" : "prisma/migrations"),
  };
  const markers = readMarkers();
  const have = markers[url];
  const same =
    have && JSON.stringify({ ...have, generatedMs: undefined, at: undefined }) === JSON.stringify({ ...want, generatedMs: undefined, at: undefined });
  if (!opts.regenerate && same && (await count(url, "Claim")) === CLAIMS && (await count(url, "Article")) === ARTICLES) {
    console.log(
      `${name}: the data is there (${CLAIMS} claims in ${RUMORS} rumors, ${ARTICLES} articles; generated in ${(have.generatedMs / 1000).toFixed(1)} s on ${have.at}).`,
    );
    return null;
  }
  console.log(`${name}: generating ${CLAIMS} claims in ${RUMORS} rumors and ${ARTICLES} articles…`);
  const started = performance.now();
  runOrFail(
    bin("tsx"),
    [
      "--conditions=react-server",
      "scripts/generate.ts",
      "--claims",
      String(CLAIMS),
      "--articles",
      String(ARTICLES),
      "--rumors",
      String(RUMORS),
      "--seed",
      String(SEED),
      "--reset",
    ],
    { DATABASE_URL: url },
  );
  const generatedMs = Math.round(performance.now() - started);
  writeFileSync(MARKERS, JSON.stringify({ ...readMarkers(), [url]: { ...want, generatedMs, at: new Date().toISOString() } }, null, 2));
  return generatedMs;
}

let server = null;
process.on("exit", () => server?.kill("SIGTERM"));

async function startServer(url) {
  const env = {
    ...process.env,
    DATABASE_URL: url,
    HINDSIGHT_READER_CACHE: "off",
    NODE_ENV: "production",
    NEXT_TELEMETRY_DISABLED: "1",
    HINDSIGHT_SITE_URL: base,
    // A production server on PostgreSQL refuses to start without one (ADR 0016);
    // the bench signs nobody in, so any secret of its own will do.
    BETTER_AUTH_SECRET: process.env.BETTER_AUTH_SECRET || randomBytes(32).toString("base64url"),
  };
  server = spawn(bin("next"), ["start", "-p", String(port), "-H", "127.0.0.1"], { cwd: ROOT, env, stdio: ["ignore", "ignore", "inherit"] });
  const until = Date.now() + 60_000;
  while (Date.now() < until) {
    try {
      if ((await fetch(`${base}/api/v1/outlets?limit=1`)).ok) return;
    } catch {}
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error("The server did not start in time.");
}

async function stopServer() {
  if (!server) return;
  const exited = new Promise((r) => server.once("exit", r));
  server.kill("SIGTERM");
  await exited;
  server = null;
}

const getJson = async (p) => {
  const response = await fetch(base + p);
  if (!response.ok) throw new Error(`${p}: ${response.status}`);
  return response.json();
};

/** The URLs to time, picked from the data through the API: typical, not best-case, rows. */
async function pickTargets() {
  const outlets = (await getJson("/api/v1/outlets?limit=500")).items;
  // The middle of the leaderboard: a typical outlet (the biggest have thousands of claims).
  const outlet = outlets[Math.floor(outlets.length / 2)];
  const events = (await getJson("/api/v1/events?limit=200")).items.filter((e) => e.claimCount > 0 && e.counts.pending < e.claimCount);
  const bySize = [...events].sort((a, b) => a.claimCount - b.claimCount);
  const event = bySize[Math.floor(bySize.length / 2)];
  const claims = (await getJson(`/api/v1/claims?event=${event.slug}&limit=100`)).items;
  const claim = [...claims].sort((a, b) => b.evidence.length - a.evidence.length || (b.verdict ? 1 : 0) - (a.verdict ? 1 : 0))[0];
  let deep = null;
  for (let step = 0; step < 20; step++) deep = (await getJson(`/api/v1/claims?limit=100${deep ? `&cursor=${encodeURIComponent(deep)}` : ""}`)).nextCursor;
  // A common word (it matches thousands of claims and evidence quotes at
  // this size), the same on both databases.
  const q = "penalty";
  const newest = (await getJson("/api/v1/claims?limit=1")).items[0]?.sourceArticle.publishedAt ?? new Date().toISOString();
  const asOfDay = new Date(Date.parse(newest.slice(0, 10)) - 365 * 86_400_000).toISOString().slice(0, 10);
  const rumorTargets = await pickRumorTargets();
  return [
    ...rumorTargets,
    { name: "dashboard", path: "/" },
    { name: `outlet page with calibration and history (${outlet.name}, ${outlet.total} claims)`, path: `/outlets/${outlet.slug}` },
    // The record as it stood a year before the newest data: rebuilt from the verdict history (issue 17).
    { name: `outlet page as of a past date (${outlet.name})`, path: `/outlets/${outlet.slug}?asOf=${asOfDay}` },
    { name: `event page (${event.claimCount} claims)`, path: `/events/${event.slug}` },
    { name: `claim page (${claim.evidence.length} evidence)`, path: `/claims/${claim.id}` },
    { name: `dashboard: verdict + outlet + search “${q}”`, path: `/?rating=confirmed&outlet=${outlet.slug}&q=${q}` },
    { name: "API claims, first page (100)", path: "/api/v1/claims" },
    { name: "API claims, 21st page (cursor)", path: `/api/v1/claims?limit=100&cursor=${encodeURIComponent(deep)}` },
    { name: "API outlets", path: "/api/v1/outlets" },
    { name: "API events", path: "/api/v1/events" },
  ];
}

/**
 * Rumor pages (issue 12): a typical rumor (the median number of appearances)
 * and the most widely relayed one, found by walking the public rumors through
 * the API's cursor, and the API's rumor detail. A build without the rumor
 * page (404) times the API only.
 */
async function pickRumorTargets() {
  const rumors = [];
  let cursor = null;
  for (let page = 0; page < 100 && (page === 0 || cursor); page++) {
    const body = await getJson(`/api/v1/rumors?limit=500${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ""}`);
    rumors.push(...body.items);
    cursor = body.nextCursor;
  }
  const bySize = [...rumors].sort((a, b) => a.claimCount - b.claimCount || (a.id < b.id ? -1 : 1));
  const typical = bySize[Math.floor(bySize.length / 2)];
  const widest = bySize[bySize.length - 1];
  const page = (await fetch(`${base}/rumors/${typical.id}`)).status !== 404;
  if (!page) console.log("No rumor page in this build (/rumors/{id} answers 404): timing the rumor API only.");
  return [
    ...(page
      ? [
          { name: `rumor page (${typical.claimCount} appearances)`, path: `/rumors/${typical.id}` },
          { name: `rumor page, widely relayed (${widest.claimCount} appearances)`, path: `/rumors/${widest.id}` },
        ]
      : []),
    { name: `API rumor (${widest.claimCount} appearances)`, path: `/api/v1/rumors/${widest.id}` },
  ];
}

// Server CPU time (user + system, ms) from /proc: what a render costs the
// server, which other load on a shared machine disturbs much less than
// latency. null where /proc is missing.
function cpuMs() {
  try {
    const fields = readFileSync(`/proc/${server.pid}/stat`, "utf8").split(") ")[1].split(" ");
    // utime + stime, in clock ticks of 1/100 s.
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100;
  } catch {
    return null;
  }
}

async function timeOnce(p, headers = {}) {
  const started = performance.now();
  const response = await fetch(base + p, { headers: { accept: p.startsWith("/api") ? "application/json" : "text/html", ...headers } });
  const body = await response.arrayBuffer();
  const ms = performance.now() - started;
  if (response.status !== 200) throw new Error(`${p}: HTTP ${response.status}`);
  if (response.headers.get("x-page-cache") === "hit") throw new Error(`${p}: served from the page cache; HINDSIGHT_READER_CACHE=off did not take`);
  return { ms, bytes: body.byteLength };
}

const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];

async function measure(targets) {
  for (const t of targets) for (let i = 0; i < WARMUP; i++) await timeOnce(t.path, t.headers);
  const times = targets.map(() => []);
  const bytes = targets.map(() => 0);
  const cpu = targets.map(() => 0);
  for (let round = 0; round < REQUESTS; round++) {
    for (const [i, t] of targets.entries()) {
      const before = cpuMs();
      const r = await timeOnce(t.path, t.headers);
      const after = cpuMs();
      times[i].push(r.ms);
      bytes[i] = r.bytes;
      cpu[i] = before === null || after === null || cpu[i] === null ? null : cpu[i] + (after - before);
    }
  }
  return targets.map((t, i) => {
    const sorted = times[i].sort((a, b) => a - b);
    const cpuPerRequest = cpu[i] === null ? null : cpu[i] / REQUESTS;
    return {
      ...t,
      kib: bytes[i] / 1024,
      p50: percentile(sorted, 50),
      p95: percentile(sorted, 95),
      p99: percentile(sorted, 99),
      max: sorted[sorted.length - 1],
      cpu: cpuPerRequest,
    };
  });
}

function printTable(name, rows, info) {
  console.log(
    `\n### ${name}: ${CLAIMS.toLocaleString("en-US")} claims in ${RUMORS.toLocaleString("en-US")} rumors, ${ARTICLES.toLocaleString("en-US")} articles, reader caches off`,
  );
  console.log(info);
  console.log("\n| Target | KiB | p50 ms | p95 ms | p99 ms | max ms | server CPU ms/request | p95 under target |");
  console.log("| --- | ---: | ---: | ---: | ---: | ---: | ---: | :---: |");
  for (const r of rows) {
    const cpu = r.cpu === null ? "n/a" : r.cpu.toFixed(1);
    console.log(
      `| ${r.name} | ${r.kib.toFixed(1)} | ${r.p50.toFixed(1)} | ${r.p95.toFixed(1)} | ${r.p99.toFixed(1)} | ${r.max.toFixed(1)} | ${cpu} | ${r.p95 < (r.targetMs ?? TARGET_MS) ? "pass" : "FAIL"} (${r.targetMs ?? TARGET_MS} ms) |`,
    );
  }
}

const results = [];
try {
  for (const database of databases) await prepareData(database);
  // Made before the server starts: the account CLI writes to the same database.
  const tokens = new Map(databases.map((d) => [d.url, benchEditorToken(d.url)]));
  await ensureBuild();
  for (const database of databases) {
    const marker = readMarkers()[database.url];
    await startServer(database.url);
    try {
      const matching = await matchingTargets({ base, getJson, token: tokens.get(database.url) });
      const targets = [...(await pickTargets()), ...matching.targets];
      const loadBefore = os.loadavg();
      const started = new Date();
      const rows = await measure(targets);
      const info =
        `${started.toISOString()}; ${os.cpus().length} × ${os.cpus()[0]?.model ?? "cpu"}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}; ` +
        `${REQUESTS} sequential requests per target (after ${WARMUP} to warm up), interleaved; load average ${loadBefore.map((l) => l.toFixed(1)).join(" ")} before, ` +
        `${os
          .loadavg()
          .map((l) => l.toFixed(1))
          .join(" ")} after. Data generated in ${(marker.generatedMs / 1000).toFixed(1)} s. ` +
        `Matching: ${JSON.stringify(await rumorCount(count, database.url))}, first match (index build) ${matching.buildMs === null ? "n/a" : `${(matching.buildMs / 1000).toFixed(1)} s`}.`;
      printTable(database.name, rows, info);
      results.push({ database: database.name, info, rows });
    } finally {
      await stopServer();
    }
  }
  mkdirSync(path.join(ROOT, "data"), { recursive: true });
  writeFileSync(path.join(ROOT, "data", "bench-scale.json"), JSON.stringify(results, null, 2));
  const failed = results.flatMap((r) => r.rows.filter((row) => row.p95 >= (row.targetMs ?? TARGET_MS)).map((row) => `${r.database}: ${row.name}`));
  if (failed.length) console.log(`\nOver target at p95: ${failed.join("; ")}`);
  process.exitCode = failed.length ? 1 : 0;
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
} finally {
  await stopServer();
}
