import "server-only";
import path from "node:path";
import { fileURLToPath } from "node:url";
import Database from "better-sqlite3";
import { databaseProvider, env } from "./env";

export type ReaderChange = { claimIds?: string[]; eventIds?: string[]; articleIds?: string[] };

// Reader data is memoised in this process, keyed by query; see
// docs/decisions/0010-reader-caching.md. Whole anonymous pages are cached by
// proxy.ts against readerGeneration() (docs/decisions/0015-reader-page-cache.md).
// Two things drop it:
//  - readerChanged(), which every write calls after it commits, and
//  - SQLite's `PRAGMA data_version` on a watcher connection, which moves on
//    every commit by any other connection: this server's Prisma client, a CLI
//    import, the e2e fixtures' resets. One pragma per read costs microseconds.
const MAX_ENTRIES = 500;
const TTL_MS = 10 * 60_000;
const store = new Map<string, { value: Promise<unknown>; at: number }>();
let watcher: Database.Database | null | undefined;
let seenVersion = -1;
// Shared by every bundle that includes this module (pages, route handlers,
// proxy.ts), so a write in one is seen by the page cache in another.
const changes: { count: number } = ((globalThis as Record<symbol, { count: number }>)[Symbol.for("hindsight.reader-changes")] ??= { count: 0 });

function dataVersion(): number {
  if (env.HINDSIGHT_READER_CACHE === "off") return -1;
  if (watcher === undefined && databaseProvider() !== "sqlite") {
    // PostgreSQL has no per-file commit counter; until a shared generation
    // (several app servers, issue 6) exists, caches stay off there and every
    // read goes to the database: never stale, just uncached.
    watcher = null;
  }
  if (watcher === undefined) {
    try {
      const bare = env.DATABASE_URL.split("?")[0]!;
      const file = bare.startsWith("file://") ? fileURLToPath(bare) : path.resolve(bare.slice("file:".length));
      watcher = new Database(file, { readonly: true, fileMustExist: true, timeout: 10_000 });
    } catch {
      watcher = null;
    }
  }
  if (!watcher) return -1;
  try {
    return watcher.pragma("data_version", { simple: true }) as number;
  } catch {
    return -1;
  }
}

/** Returns the cached result for `key`, loading it once per change of the data. */
export function cachedRead<T>(key: string, load: () => Promise<T>): Promise<T> {
  const version = dataVersion();
  // -1 means no watcher (e.g. an in-memory database): never trust the cache then.
  if (version === -1) return load();
  if (version !== seenVersion) {
    store.clear();
    seenVersion = version;
  }
  const hit = store.get(key);
  if (hit && Date.now() - hit.at < TTL_MS) return hit.value as Promise<T>;
  const value = load();
  store.set(key, { value, at: Date.now() });
  // A failed load must not stay cached.
  value.catch(() => {
    if (store.get(key)?.value === value) store.delete(key);
  });
  if (store.size > MAX_ENTRIES) store.delete(store.keys().next().value!);
  return value;
}

/**
 * Every write that changes what readers can see calls this after it
 * commits. Safe anywhere (requests, tests, the CLI): it only touches this
 * process's memory.
 */
export function readerChanged(change: ReaderChange = {}): void {
  void change;
  changes.count++;
  store.clear();
}

/**
 * Changes whenever reader data may have changed; null when that cannot be
 * told (no watcher), in which case derived data must be rebuilt every time.
 */
export function readerGeneration(): string | null {
  const version = dataVersion();
  return version === -1 ? null : `${changes.count}:${version}`;
}
