// What it costs to ask "has reader data changed?" on every request, for
// docs/decisions/0016-cache-sharing.md. A bare HTTP server answers a cached
// 60 kB page (as proxy.ts does on a hit) after one of these checks:
//   none        no check (what a push design costs between pushes, and SQLite's in-process pragma)
//   pg          coalesced: one PostgreSQL read of the generation at a time, shared by every request that arrived during the previous one
//   pg-each     a PostgreSQL read per request through a pool of 10
//   redis       coalesced, a Redis GET (127.0.0.1:6379) instead
// Each variant gets an autocannon run of SECONDS (default 8) with 20 connections.
// Usage: BENCH_PG_URL=postgresql://postgres@127.0.0.1:5432/postgres npx tsx scripts/bench-generation.ts
import { createServer } from "node:http";
import net from "node:net";
import autocannon from "autocannon";
import pg from "pg";
import { freshCheck } from "../lib/fresh-check";

const PG_URL = process.env.BENCH_PG_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";
const SECONDS = Number(process.env.SECONDS ?? 8);
const PAGE = Buffer.alloc(60_000, "x");

let redis: net.Socket | undefined;

function redisGet(key: string): Promise<string> {
  // One connection, one command at a time (the coalescer guarantees it): enough RESP for GET.
  const socket = (redis ??= net.connect(6379, "127.0.0.1"));
  return new Promise((resolve, reject) => {
    socket.once("data", (data) => resolve(data.toString()));
    socket.once("error", reject);
    socket.write(`*2\r\n$3\r\nGET\r\n$${key.length}\r\n${key}\r\n`);
  });
}

const QUERY = `SELECT coalesce(sum("count"), 0)::text || ':' || coalesce(max("id"), 0)::text AS v FROM bench_reader_change`;

async function main() {
  const setup = new pg.Client({ connectionString: PG_URL });
  await setup.connect();
  await setup.query(`CREATE TABLE IF NOT EXISTS bench_reader_change (id serial primary key, count int not null default 1)`);
  await setup.query(`INSERT INTO bench_reader_change (count) SELECT 1 FROM generate_series(1, 100)`);
  const one = new pg.Client({ connectionString: PG_URL });
  await one.connect();
  const pool = new pg.Pool({ connectionString: PG_URL, max: 10 });
  const variants: Record<string, () => Promise<string>> = {
    none: async () => "0",
    pg: freshCheck(async () => (await one.query<{ v: string }>(QUERY)).rows[0]!.v),
    "pg-each": async () => (await pool.query<{ v: string }>(QUERY)).rows[0]!.v,
    redis: freshCheck(() => redisGet("hindsight:reader-generation")),
  };
  const only = process.argv[2];
  for (const [name, check] of Object.entries(variants)) {
    if (only && name !== only) continue;
    const server = createServer(async (_req, res) => {
      await check();
      res.writeHead(200, { "content-type": "text/html" });
      res.end(PAGE);
    });
    await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
    const { port } = server.address() as net.AddressInfo;
    const result = await new Promise<autocannon.Result>((resolve, reject) =>
      autocannon({ url: `http://127.0.0.1:${port}/`, connections: 20, duration: SECONDS }, (e, r) => (e ? reject(e) : resolve(r))),
    );
    console.log(
      `${name.padEnd(8)} ${Math.round(result.requests.average)} req/s, p50 ${result.latency.p50} ms, p99 ${result.latency.p99} ms, errors ${result.errors + result.non2xx}`,
    );
    await new Promise((r) => server.close(r));
  }
  await setup.query(`DROP TABLE bench_reader_change`);
  await Promise.all([setup.end(), one.end(), pool.end()]);
  redis?.destroy();
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
