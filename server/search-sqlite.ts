import "server-only";
import Database from "better-sqlite3";
import { db } from "./db";
import { readerGeneration } from "./reader-cache";

/**
 * The SQLite implementation of search.ts: an FTS5 index in an in-memory
 * SQLite database of this process, rebuilt from the claims when the data has
 * changed (readerGeneration), so it never appears in the Prisma-managed
 * database: no migration, no drift for `prisma migrate dev`, nothing for the
 * "migrations match the schema" check to see. See docs/decisions/0011-search.md.
 */
let index: Database.Database | null = null;
let indexedGeneration: string | null = null;
let building: Promise<void> | null = null;

function openIndex() {
  const mem = new Database(":memory:");
  mem.exec(`CREATE VIRTUAL TABLE claim_search USING fts5(claim_id UNINDEXED, body, tokenize = 'unicode61 remove_diacritics 2')`);
  return mem;
}

async function rebuild(generation: string | null) {
  const claims = await db.claim.findMany({
    select: { id: true, statement: true, quoteText: true, attributedTo: true, evidence: { select: { quoteText: true, note: true } } },
  });
  const mem = (index ??= openIndex());
  const insert = mem.prepare(`INSERT INTO claim_search (claim_id, body) VALUES (?, ?)`);
  mem.transaction(() => {
    mem.exec(`DELETE FROM claim_search`);
    for (const c of claims) {
      insert.run(c.id, `${c.statement}\n${c.quoteText}\n${c.attributedTo}`);
      for (const e of c.evidence) insert.run(c.id, `${e.quoteText}\n${e.note ?? ""}`);
    }
  })();
  indexedGeneration = generation;
}

async function ensureIndex() {
  const generation = await readerGeneration();
  if (index && generation !== null && generation === indexedGeneration) return;
  // Concurrent searches after a change share one rebuild; one that joined a
  // rebuild begun for an older generation waits for one of its own.
  for (let round = 0; round < 3; round++) {
    building ??= rebuild(generation).finally(() => {
      building = null;
    });
    await building;
    if (generation === null || indexedGeneration === generation) return;
  }
}

/** Every word must match, as a prefix: `"tom"* AND "cruise"*`. */
export function ftsQuery(words: string[]): string {
  return words.map((w) => `"${w}"*`).join(" AND ");
}

export async function searchClaimIdsSqlite(words: string[]): Promise<string[]> {
  const query = ftsQuery(words);
  await ensureIndex();
  const rows = index!
    .prepare(`SELECT claim_id FROM claim_search WHERE claim_search MATCH ? GROUP BY claim_id ORDER BY min(rank) LIMIT 1000`)
    .all(query) as { claim_id: string }[];
  return rows.map((r) => r.claim_id);
}
