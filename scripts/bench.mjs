#!/usr/bin/env node
// `npm run bench`: loads the production server with autocannon on loopback
// and compares the reader pages and the JSON API with a static prerendered
// page of the same server, measured in the same run. Not part of `npm test`.
//   BENCH_PORT (3243), BENCH_DURATION seconds per target (10), BENCH_CONNECTIONS (10)
import { spawn } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import autocannon from "autocannon";
import { ensureBuild } from "./lib/build.mjs";
import { bin, ROOT, run } from "./lib/run.mjs";

const port = Number(process.env.BENCH_PORT ?? 3243);
const duration = Number(process.env.BENCH_DURATION ?? 10);
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

function load(url, seconds) {
  return new Promise((resolve, reject) => {
    autocannon({ url, connections, duration: seconds, pipelining: 1 }, (error, result) => (error ? reject(error) : resolve(result)));
  });
}

await prepare();
const server = spawn(bin("next"), ["start", "-p", String(port), "-H", "127.0.0.1"], { cwd: ROOT, env, stdio: ["ignore", "ignore", "inherit"] });
const stop = () => server.kill("SIGTERM");
process.on("exit", stop);
try {
  await waitFor(`${base}/methodology`);
  const claims = await (await fetch(`${base}/api/v1/claims?limit=1`)).json();
  const targets = [
    ["static page (/methodology)", "/methodology"],
    ["claim page", `/claims/${claims.items[0].id}`],
    ["dashboard (/)", "/"],
    ["JSON API (/api/v1/claims)", "/api/v1/claims"],
  ];
  const rows = [];
  const loadBefore = os.loadavg();
  for (const [name, p] of targets) {
    await load(base + p, 2); // warm-up: caches, JIT
    const before = cpuMs(server.pid);
    const r = await load(base + p, duration);
    const after = cpuMs(server.pid);
    const cpu = before === null || after === null ? null : (after - before) / r.requests.total;
    rows.push({ name, cpu, rps: r.requests.average, p50: r.latency.p50, p97_5: r.latency.p97_5, p99: r.latency.p99, errors: r.errors + r.timeouts + r.non2xx, kb: r.throughput.average / 1024 / r.requests.average });
  }
  const staticRps = rows[0].rps;
  console.log(`\nHindsight benchmark — ${new Date().toISOString()}`);
  console.log(`${os.cpus().length} × ${os.cpus()[0]?.model ?? "cpu"}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}; ${connections} connections, ${duration}s per target, loopback\n`);
  console.log(`load average before: ${loadBefore.map((l) => l.toFixed(1)).join(" ")} (other work on the machine skews req/s; CPU ms/request much less)\n`);
  console.log("| Target | req/s | ratio to static | p50 ms | p97.5 ms | p99 ms | errors | KiB/response | server CPU ms/request |");
  console.log("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
  for (const r of rows) {
    console.log(`| ${r.name} | ${r.rps.toFixed(0)} | ${(r.rps / staticRps).toFixed(2)} | ${r.p50} | ${r.p97_5} | ${r.p99} | ${r.errors} | ${r.kb.toFixed(1)} | ${r.cpu === null ? "n/a" : r.cpu.toFixed(1)} |`);
  }
  process.exitCode = rows.some((r) => r.errors > 0) ? 1 : 0;
} finally {
  stop();
}
