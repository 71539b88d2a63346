import "server-only";
import { SEARCH_LIMIT } from "@/lib/schemas/claim-filter";
import { databaseProvider } from "@/server/platform/env";
import { searchClaimIdsPostgres } from "./postgres";
import { ftsQuery, searchClaimIdsSqlite } from "./sqlite";

/**
 * Full-text search over claims: statement, rumor quote, attribution and every
 * evidence quote and note. One interface, two engines: SQLite FTS5 in memory
 * (search-sqlite.ts) and PostgreSQL's text search on generated tsvector
 * columns with GIN indexes (search-postgres.ts). Both match every word as a
 * prefix, per claim row or per evidence row, and rank the best row first.
 * See docs/decisions/0011-search.md and 0014-postgresql.md.
 */

/** The words of what a reader typed (letters and digits only, so safe in either query language); at most 12. */
export function searchWords(input: string): string[] {
  return (input.normalize("NFKC").match(/[\p{L}\p{N}]+/gu) ?? []).slice(0, 12);
}

/** The FTS5 query for what a reader typed; null when it holds no words. */
export function toFtsQuery(input: string): string | null {
  const words = searchWords(input);
  return words.length ? ftsQuery(words) : null;
}

/** Ids of the claims matching the query, best match first; [] when nothing matches. */
export async function searchClaimIds(input: string): Promise<string[]> {
  const words = searchWords(input);
  if (words.length === 0) return [];
  return databaseProvider() === "postgresql" ? searchClaimIdsPostgres(words, SEARCH_LIMIT) : searchClaimIdsSqlite(words, SEARCH_LIMIT);
}
