import "server-only";
import Database from "better-sqlite3";
import { databaseFile, databaseProvider, env } from "@/server/platform/env";
import type { ReaderChange } from "./reader-change";
import { pgReaderVersion } from "./reader-change-pg";

export type { ReaderChange };

// Reader data is memoised in this process, keyed by query; see
// docs/decisions/0010-reader-caching.md. Whole anonymous pages are cached by
// proxy.ts against readerGeneration() (docs/decisions/0015-reader-page-cache.md).
// Both are only as good as the data version, which must move on every commit
// that changes what readers see, by anyone, in any process on any machine
// (docs/decisions/0016-cache-sharing.md):
//  - readerChanged(), which every write in this process calls after it commits;
//  - on SQLite, `PRAGMA data_version` on a watcher connection, which moves on
//    every commit by any other connection to the file: this server's Prisma
//    client, a CLI import, a second `next start` on the same file, the e2e
//    fixtures' resets. One pragma per read costs microseconds;
//  - on PostgreSQL, the sum that triggers add to in every transaction that
//    changes reader tables (server/cache/reader-change-pg.ts), read once per
//    request, or once for every request that arrived during the last read.
// HINDSIGHT_READER_CACHE=off turns both caches off: every read loads.
const MAX_ENTRIES = 500;
const TTL_MS = 10 * 60_000;
type Entry = { value: Promise<unknown>; at: number; version: string };
const store = new Map<string, Entry>();
let watcher: Database.Database | null | undefined;
let seenVersion: string | null = null;
// Shared by every bundle that includes this module (pages, route handlers,
// proxy.ts), so a write in one is seen by the page cache in another.
const changes: { count: number } = ((globalThis as Record<symbol, { count: number }>)[Symbol.for("hindsight.reader-changes")] ??= { count: 0 });

function sqliteDataVersion(): string | null {
  if (watcher === undefined) {
    try {
      const file = databaseFile();
      watcher = file ? new Database(file, { readonly: true, fileMustExist: true, timeout: 10_000 }) : null;
    } catch {
      watcher = null;
    }
  }
  if (!watcher) return null;
  try {
    return String(watcher.pragma("data_version", { simple: true }));
  } catch {
    return null;
  }
}

/** The shared part of the generation; null means "cannot tell": never trust a cache then. */
async function dataVersion(): Promise<string | null> {
  if (env.HINDSIGHT_READER_CACHE === "off") return null;
  if (databaseProvider() === "postgresql") return pgReaderVersion();
  // No watcher (e.g. an in-memory database) gives null too.
  return sqliteDataVersion();
}

/** Returns the cached result for `key`, loading it once per change of the data. */
export async function cachedRead<T>(key: string, load: () => Promise<T>): Promise<T> {
  const shared = await dataVersion();
  if (shared === null) return load();
  const version = `${changes.count}:${shared}`;
  if (version !== seenVersion) {
    store.clear();
    seenVersion = version;
  }
  const hit = store.get(key);
  // Entries carry their version: one stored by a request that raced a newer
  // one is never served under the newer version.
  if (hit && hit.version === version && Date.now() - hit.at < TTL_MS) return hit.value as Promise<T>;
  const value = load();
  store.set(key, { value, at: Date.now(), version });
  // A failed load must not stay cached.
  value.catch(() => {
    if (store.get(key)?.value === value) store.delete(key);
  });
  if (store.size > MAX_ENTRIES) store.delete(store.keys().next().value!);
  return value;
}

/**
 * Every write that changes what readers can see calls this after it
 * commits. Safe anywhere (requests, tests, the CLI): it touches this
 * process's memory; other processes learn of the commit from the data
 * version (SQLite's data_version, PostgreSQL's ReaderChange triggers), and
 * shared caches from the purge hook, when HINDSIGHT_PURGE_URLS is set.
 */
export function readerChanged(change: ReaderChange = {}): void {
  changes.count++;
  store.clear();
  // Shared caches in front (ADR 0026); loaded only when configured, so the
  // proxy bundle does not carry the database client for nothing.
  if (env.HINDSIGHT_PURGE_URLS.length > 0) void import("./purge").then(({ schedulePurge }) => schedulePurge(change));
}

/**
 * Changes whenever reader data may have changed, as of a check that began
 * after this call; null when that cannot be told (caches off, no watcher,
 * database unreachable), in which case derived data must be rebuilt.
 */
export async function readerGeneration(): Promise<string | null> {
  const shared = await dataVersion();
  return shared === null ? null : `${changes.count}:${shared}`;
}
