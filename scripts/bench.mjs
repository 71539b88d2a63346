#!/usr/bin/env node
// `npm run bench`: loads the production server (scripts/serve.mjs, as `npm start`) with autocannon on loopback
// and compares every reader target (pages, feed, JSON API), with and without
// `Accept: text/html`, with a `/_next/static` file of similar size served by
// the same server without proxy.ts (issue 16's baseline), and with the old
// baseline (a file in public/, which goes through proxy.ts), all measured in
// the same run. Not part of `npm test`.
//   BENCH_PORT (3243), BENCH_DURATION seconds per target (12), BENCH_ROUNDS (3),
//   BENCH_CONNECTIONS (10). Targets are measured in interleaved rounds and each
//   ratio is the median of per-round ratios, so drifting load from other work
//   on the machine hits the static baseline and the pages alike.
import { spawn } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import autocannon from "autocannon";
import { ensureBuild } from "./lib/build.mjs";
import { ROOT, run } from "./lib/run.mjs";

const port = Number(process.env.BENCH_PORT ?? 3243);
const duration = Number(process.env.BENCH_DURATION ?? 12);
const rounds = Math.max(1, Number(process.env.BENCH_ROUNDS ?? 3));
const perRound = Math.max(2, Math.round(duration / rounds));
const connections = Number(process.env.BENCH_CONNECTIONS ?? 10);
const base = `http://127.0.0.1:${port}`;
const file = path.join(ROOT, "data", "bench.db");
const env = { ...process.env, DATABASE_URL: `file:${file}`, NEXT_TELEMETRY_DISABLED: "1", NODE_ENV: "production" };

async function prepare() {
  mkdirSync(path.dirname(file), { recursive: true });
  for (const suffix of ["", "-wal", "-shm", "-journal"]) rmSync(file + suffix, { force: true });
  // Migrates and loads the demo, exactly as `npm start` does on first run.
  process.env.DATABASE_URL = env.DATABASE_URL;
  await run(process.execPath, [path.join(ROOT, "scripts/prepare-db.mjs")]);
  await ensureBuild();
}

async function waitFor(url, ms = 60_000) {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {}
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`The server did not answer ${url} in time.`);
}

// Server CPU time (user + system, ms) from /proc: a per-request cost that
// other load on a shared machine disturbs far less than req/s does.
function cpuMs(pid) {
  const file = `/proc/${pid}/stat`;
  if (!existsSync(file)) return null;
  const fields = readFileSync(file, "utf8").split(") ")[1].split(" ");
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100;
}

function load(url, seconds, headers = {}) {
  return new Promise((resolve, reject) => {
    autocannon({ url, connections, duration: seconds, pipelining: 1, headers }, (error, result) => (error ? reject(error) : resolve(result)));
  });
}

// Reader pages come from the page cache (ADR 0015), so the baseline is a
// truly static file: /methodology as rendered by this build, copied to
// public/ before a second start (Next lists public files at start-up).
// A session cookie makes the proxy render per request (the "before" rows).
const STATIC_DIR = path.join(ROOT, "public", "bench");
// Pages are asked for as a browser navigation does (Accept: text/html), as
// only such requests are served from the page cache.
const HTML = { accept: "text/html" };
const RENDER = { ...HTML, cookie: "better-auth.session_token=bench-render-per-request" };
let server = null;
const stop = () => server?.kill("SIGTERM");
process.on("exit", () => {
  stop();
  rmSync(STATIC_DIR, { recursive: true, force: true });
});

async function startServer() {
  // The server `npm start` runs: it answers page cache hits before Next's router (ADR 0035).
  server = spawn(process.execPath, [path.join(ROOT, "scripts/serve.mjs")], {
    cwd: ROOT,
    env: { ...env, PORT: String(port), HINDSIGHT_HOST: "127.0.0.1", HINDSIGHT_WORKER: "off" },
    stdio: ["ignore", "ignore", "inherit"],
  });
  await waitFor(`${base}/methodology`);
}

async function stopServer() {
  const exited = new Promise((r) => server.once("exit", r));
  stop();
  await exited;
}

/** How the proxy served a target: page cache hit or miss, or rendered per request (no page-cache header). */
async function cacheStatus(p, headers) {
  const response = await fetch(base + p, { headers });
  await response.arrayBuffer();
  const cache = response.headers.get("x-page-cache");
  return cache ? `page cache ${cache}` : "rendered";
}

/** The build's files under /_next/static (served by Next without proxy.ts), by size. */
function staticFiles() {
  const dir = path.join(ROOT, ".next", "static");
  const files = [];
  const walk = (d) => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      const full = path.join(d, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (/\.(js|css)$/.test(entry.name))
        files.push({ url: `/_next/static/${path.relative(dir, full).split(path.sep).join("/")}`, bytes: statSync(full).size });
    }
  };
  walk(dir);
  return files;
}

/** The /_next/static file closest in size to `bytes` (the baseline: no proxy, no middleware). */
function nearestStatic(files, bytes) {
  return files.reduce((best, f) => (Math.abs(f.bytes - bytes) < Math.abs(best.bytes - bytes) ? f : best));
}

await prepare();
await startServer();
const claims = await (await fetch(`${base}/api/v1/claims?limit=1`)).json();
const claim = `/claims/${claims.items[0].id}`;
const event = (await (await fetch(`${base}/api/v1/events`)).json()).items[0]?.slug;
const outlet = (await (await fetch(`${base}/api/v1/outlets`)).json()).items[0]?.slug;
const rumor = (await (await fetch(`${base}/api/v1/rumors`)).json()).items[0]?.id;
// The old baseline: /methodology as rendered, served from public/ (through proxy.ts).
const copies = { "methodology.html": "/methodology" };
const pages = {};
for (const [name, p] of Object.entries(copies)) pages[name] = await (await fetch(base + p, { headers: HTML })).text();
await stopServer();
mkdirSync(STATIC_DIR, { recursive: true });
for (const [name, html] of Object.entries(pages)) writeFileSync(path.join(STATIC_DIR, name), html);
await startServer();
try {
  // Every reader target, asked as a browser navigation does (Accept: text/html)
  // and as curl, bots and feed readers do (no Accept header at all).
  const readers = [
    ["claim page", claim],
    ["dashboard (/)", "/"],
    ["methodology page", "/methodology"],
    ...(event ? [["event page", `/events/${event}`]] : []),
    ...(rumor ? [["rumor page", `/rumors/${rumor}`]] : []),
    ...(outlet ? [["outlet page", `/outlets/${outlet}`]] : []),
    ["events list", "/events"],
    ["outlets list", "/outlets"],
    ["Atom feed (/feed.xml)", "/feed.xml"],
    ["JSON API (/api/v1/claims)", "/api/v1/claims"],
    ["JSON API, one claim", `/api/v1${claim}`],
    ["JSON API, filtered (?q=anthem)", "/api/v1/claims?q=anthem"],
  ];
  const files = staticFiles();
  const sizes = {};
  for (const [, p] of readers) sizes[p] = (await (await fetch(base + p, { headers: HTML })).arrayBuffer()).byteLength;
  const baselines = [...new Set(readers.map(([, p]) => nearestStatic(files, sizes[p]).url))];
  const targets = [
    ["static file (/bench/methodology.html, through proxy.ts; the old baseline)", "/bench/methodology.html"],
    ...baselines.map((url) => [`/_next/static file, ${(files.find((f) => f.url === url).bytes / 1024).toFixed(1)} KiB`, url]),
    ...readers.flatMap(([name, p]) => [
      [`${name}, Accept: text/html`, p, HTML, nearestStatic(files, sizes[p]).url],
      [`${name}, no Accept header`, p, {}, nearestStatic(files, sizes[p]).url],
    ]),
    ["claim page, rendered per request (signed-in cookie)", claim, RENDER, nearestStatic(files, sizes[claim]).url],
    ["dashboard, rendered per request (signed-in cookie)", "/", RENDER, nearestStatic(files, sizes["/"]).url],
  ];
  const loadBefore = os.loadavg();
  const runs = targets.map(() => []);
  for (const [, p, headers] of targets) await load(base + p, 2, headers); // warm-up: caches, JIT
  for (let round = 0; round < rounds; round++) {
    for (const [i, [, p, headers]] of targets.entries()) {
      const before = cpuMs(server.pid);
      const r = await load(base + p, perRound, headers);
      const after = cpuMs(server.pid);
      runs[i].push({ r, cpu: before === null || after === null ? null : after - before });
    }
  }
  const loadAfter = os.loadavg();
  const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
  const indexOf = (url) => targets.findIndex(([, p, headers]) => p === url && headers === undefined);
  const ratio = (i, j) => (j < 0 ? null : median(runs[i].map(({ r }, round) => r.requests.average / runs[j][round].r.requests.average)));
  const rows = [];
  for (const [i, [name, p, headers, baseline]] of targets.entries()) {
    const mine = runs[i];
    const requests = mine.reduce((n, { r }) => n + r.requests.total, 0);
    const typical = mine.find(({ r }) => r.requests.average === median(mine.map(({ r }) => r.requests.average))).r;
    rows.push({
      name,
      cache: p.startsWith("/bench") || p.startsWith("/_next") ? "n/a" : await cacheStatus(p, headers ?? {}),
      rps: median(mine.map(({ r }) => r.requests.average)),
      vsStatic: baseline ? ratio(i, indexOf(baseline)) : null,
      vsOld: ratio(i, 0),
      p50: typical.latency.p50,
      p99: typical.latency.p99,
      errors: mine.reduce((n, { r }) => n + r.errors + r.timeouts + r.non2xx, 0),
      kb: mine.reduce((n, { r }) => n + r.throughput.total, 0) / 1024 / requests,
      cpu: mine.some(({ cpu }) => cpu === null) ? null : mine.reduce((n, { cpu }) => n + cpu, 0) / requests,
    });
  }
  const fixed = (v) => (v === null ? "—" : v.toFixed(2));
  console.log(`\nHindsight benchmark — ${new Date().toISOString()}`);
  console.log(
    `${os.cpus().length} × ${os.cpus()[0]?.model ?? "cpu"}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}; ${connections} connections, ${rounds} interleaved rounds of ${perRound}s per target, loopback\n`,
  );
  console.log(
    `load average before: ${loadBefore.map((l) => l.toFixed(1)).join(" ")}, after: ${loadAfter.map((l) => l.toFixed(1)).join(" ")} (other work on the machine skews req/s; CPU ms/request much less)\n`,
  );
  console.log(
    "| Target | served by | req/s (median round) | ratio to /_next/static of similar size | ratio to old baseline | p50 ms | p99 ms | errors | KiB/response | server CPU ms/request |",
  );
  console.log("| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
  for (const r of rows) {
    console.log(
      `| ${r.name} | ${r.cache} | ${r.rps.toFixed(0)} | ${fixed(r.vsStatic)} | ${fixed(r.vsOld)} | ${r.p50} | ${r.p99} | ${r.errors} | ${r.kb.toFixed(1)} | ${r.cpu === null ? "n/a" : r.cpu.toFixed(2)} |`,
    );
  }
  process.exitCode = rows.some((r) => r.errors > 0) ? 1 : 0;
} finally {
  stop();
}
