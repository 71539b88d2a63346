import "server-only";
import { db } from "./db";

/**
 * Full-text search over claims: statement, rumor quote, attribution and every
 * evidence quote. One interface; this is the SQLite FTS5 implementation (a
 * PostgreSQL tsvector one can sit behind the same function).
 *
 * The FTS table and its triggers are created here at first use rather than in
 * a Prisma migration: Prisma cannot describe virtual tables, and the
 * "migrations match the schema" check would see them as drift. See
 * docs/decisions/0007-search.md.
 */
let ready: Promise<void> | null = null;

const SETUP = [
  `CREATE VIRTUAL TABLE IF NOT EXISTS claim_search USING fts5(claim_id UNINDEXED, ref UNINDEXED, body, tokenize = 'unicode61 remove_diacritics 2')`,
  `CREATE TRIGGER IF NOT EXISTS claim_search_ai AFTER INSERT ON "Claim" BEGIN
     INSERT INTO claim_search (claim_id, ref, body) VALUES (new.id, new.id, new.statement || ' ' || new.quoteText || ' ' || new.attributedTo);
   END`,
  `CREATE TRIGGER IF NOT EXISTS claim_search_au AFTER UPDATE OF statement, quoteText, attributedTo ON "Claim" BEGIN
     DELETE FROM claim_search WHERE ref = old.id;
     INSERT INTO claim_search (claim_id, ref, body) VALUES (new.id, new.id, new.statement || ' ' || new.quoteText || ' ' || new.attributedTo);
   END`,
  `CREATE TRIGGER IF NOT EXISTS claim_search_ad AFTER DELETE ON "Claim" BEGIN
     DELETE FROM claim_search WHERE claim_id = old.id;
   END`,
  `CREATE TRIGGER IF NOT EXISTS claim_search_ei AFTER INSERT ON "Evidence" BEGIN
     INSERT INTO claim_search (claim_id, ref, body) VALUES (new.claimId, new.id, new.quoteText || ' ' || coalesce(new.note, ''));
   END`,
  `CREATE TRIGGER IF NOT EXISTS claim_search_ed AFTER DELETE ON "Evidence" BEGIN
     DELETE FROM claim_search WHERE ref = old.id;
   END`,
];

// Rebuilds the index when it disagrees with the tables (first start, or rows
// written by something that bypassed the triggers, such as a raw DELETE).
const REBUILD = [
  `DELETE FROM claim_search`,
  `INSERT INTO claim_search (claim_id, ref, body) SELECT id, id, statement || ' ' || quoteText || ' ' || attributedTo FROM "Claim"`,
  `INSERT INTO claim_search (claim_id, ref, body) SELECT claimId, id, quoteText || ' ' || coalesce(note, '') FROM "Evidence"`,
];

async function ensureIndex() {
  ready ??= (async () => {
    for (const sql of SETUP) await db.$executeRawUnsafe(sql);
  })().catch((error) => {
    ready = null;
    throw error;
  });
  await ready;
  const [counts] = await db.$queryRawUnsafe<{ indexed: bigint | number; rows: bigint | number }[]>(
    `SELECT (SELECT count(*) FROM claim_search) AS indexed, (SELECT count(*) FROM "Claim") + (SELECT count(*) FROM "Evidence") AS rows`,
  );
  if (Number(counts?.indexed) !== Number(counts?.rows)) await db.$transaction(REBUILD.map((sql) => db.$executeRawUnsafe(sql)));
}

/** Turns what a reader typed into an FTS5 query: every word must match, as a prefix. */
export function toFtsQuery(input: string): string | null {
  const words = input.normalize("NFKC").match(/[\p{L}\p{N}]+/gu) ?? [];
  if (words.length === 0) return null;
  return words.slice(0, 12).map((w) => `"${w}"*`).join(" AND ");
}

/** Ids of the claims matching the query, best match first; [] when nothing matches. */
export async function searchClaimIds(input: string): Promise<string[]> {
  const query = toFtsQuery(input);
  if (!query) return [];
  await ensureIndex();
  const rows = await db.$queryRawUnsafe<{ claim_id: string }[]>(
    `SELECT claim_id FROM claim_search WHERE claim_search MATCH ? GROUP BY claim_id ORDER BY min(rank) LIMIT 1000`,
    query,
  );
  return rows.map((r) => r.claim_id);
}
