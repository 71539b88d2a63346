import "server-only";
import { db } from "@/server/platform/db";

/**
 * The PostgreSQL implementation of search.ts. `Claim.searchVector` and
 * `Evidence.searchVector` are stored generated columns (statement + quote +
 * attribution; quote + note) with GIN indexes, created by the PostgreSQL
 * migrations and declared `Unsupported("tsvector")` in the generated
 * PostgreSQL schema, so Prisma's drift checks know them and the clients do
 * not expose them. The database keeps them current on every write; nothing
 * is rebuilt in the app. The `simple` configuration lower-cases without
 * stemming, like FTS5's unicode61, and `hindsight_unaccent` (an immutable
 * wrapper of the unaccent extension) drops diacritics on both sides, like
 * FTS5's remove_diacritics: "ceremonie" finds "cérémonie".
 */

/** Every word must match, as a prefix: `tom:* & cruise:*`. */
function toTsQuery(words: string[]): string {
  return words.map((w) => `${w.toLowerCase()}:*`).join(" & ");
}

export async function searchClaimIdsPostgres(words: string[], limit: number): Promise<string[]> {
  const rows = await db.$queryRawUnsafe<{ id: string }[]>(
    `WITH q AS (SELECT to_tsquery('simple', public.hindsight_unaccent($1)) AS q),
     hits AS (
       SELECT c.id, ts_rank(c."searchVector", q.q) AS rank FROM "Claim" c, q WHERE c."searchVector" @@ q.q
       UNION ALL
       SELECT c.id, ts_rank(e."searchVector", q.q) FROM "Evidence" e JOIN "Claim" c ON c."rumorId" = e."rumorId", q WHERE e."searchVector" @@ q.q
     )
     SELECT id FROM hits GROUP BY id ORDER BY max(rank) DESC, id LIMIT $2`,
    toTsQuery(words),
    limit,
  );
  return rows.map((r) => r.id);
}
