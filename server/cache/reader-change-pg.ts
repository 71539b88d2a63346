import "server-only";
import pg from "pg";
import { env } from "@/server/platform/env";
import { freshCheck } from "@/lib/fresh-check";

// PostgreSQL's reader generation (docs/decisions/0016-cache-sharing.md):
// sum(count) of "ReaderChange", which triggers add to in every transaction
// that changes what readers see (migration 20261121130000_reader_change),
// plus max(id), which never repeats even if someone empties the table, plus
// the xmin of the "DataEpoch" row: a restore (pg_restore, psql < dump) sets
// the sequence and the counts back to old values that further writes would
// repeat, but it writes that row again, in a new transaction (issue 11).
// Read on one dedicated connection (not the Prisma pool, which may be busy
// rendering), at most one query at a time, each answer fresh for every
// request waiting on it (lib/fresh-check.ts).
//
// Fails safe: on any error, a dropped connection or a query that takes longer
// than TIMEOUT_MS the answer is null, which turns the caches off for that
// request; the next request reconnects.
const TIMEOUT_MS = 5_000;
const QUERY = `SELECT coalesce(sum("count"), 0)::text || ':' || coalesce(max("id"), 0)::text
  || ':' || coalesce((SELECT "xmin"::text || '.' || "epoch" FROM "DataEpoch" WHERE "id" = 1), '') AS v FROM "ReaderChange"`;

type Watcher = { client: pg.Client | null; check: () => Promise<string | null> };

function drop(w: Watcher, client: pg.Client) {
  if (w.client === client) w.client = null;
  client.end().catch(() => undefined);
}

async function connection(w: Watcher): Promise<pg.Client> {
  if (w.client) return w.client;
  const client = new pg.Client({
    connectionString: env.DATABASE_URL,
    application_name: "hindsight-reader-generation",
    connectionTimeoutMillis: TIMEOUT_MS,
    query_timeout: TIMEOUT_MS,
  });
  client.on("error", () => drop(w, client));
  client.on("end", () => {
    if (w.client === client) w.client = null;
  });
  await client.connect();
  w.client = client;
  return client;
}

async function read(w: Watcher): Promise<string | null> {
  let client: pg.Client | null = null;
  try {
    client = await connection(w);
    const { rows } = await client.query<{ v: string }>(QUERY);
    return rows[0]?.v ?? null;
  } catch {
    if (client) drop(w, client);
    return null;
  }
}

// One watcher per process: proxy.ts and the route handlers are separate
// bundles, each with its own copy of this module.
const watcher: Watcher = ((globalThis as Record<symbol, Watcher>)[Symbol.for("hindsight.reader-change-pg")] ??= (() => {
  const w: Watcher = { client: null, check: async () => null };
  w.check = freshCheck(() => read(w));
  return w;
})());

/** The shared reader generation as of a read that began after this call; null when it cannot be told. */
export function pgReaderVersion(): Promise<string | null> {
  return watcher.check();
}

/** For tests: close the watcher connection, as a network failure would. */
export async function closePgReaderWatcher(): Promise<void> {
  const client = watcher.client;
  watcher.client = null;
  await client?.end().catch(() => undefined);
}
