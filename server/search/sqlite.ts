import "server-only";
import Database from "better-sqlite3";
import { db } from "@/server/platform/db";
import { databaseFile } from "@/server/platform/env";

/**
 * The SQLite implementation of search.ts: an FTS5 index in an in-memory
 * SQLite database of this process, so it never appears in the
 * Prisma-managed database: no migration, no drift for `prisma migrate dev`,
 * nothing for the "migrations match the schema" check to see. See
 * docs/decisions/0011-search.md.
 *
 * It follows the data by itself, whatever HINDSIGHT_READER_CACHE says (like
 * PostgreSQL's GIN index, it is the search engine's index, not a cache of
 * what readers see): a read-only connection to the database file reports
 * `PRAGMA data_version`, which moves on every commit by any other
 * connection (this server's Prisma client, a CLI, another server process).
 * When it moved, the index catches up: every write the app makes to a claim
 * moves Claim.updatedAt, and every write to its rumor or the rumor's evidence
 * moves Rumor.updatedAt (the version bump), so the claims updated since the
 * last look, or whose rumor was, are re-indexed (indexes on updatedAt find
 * them); a claim's document holds its own text and its rumor's evidence. When the
 * claim count does not add up (a claim was deleted) it is rebuilt. Both read
 * the file with plain SQL, not through Prisma: at 100,000 claims and
 * 120,000 evidence rows a rebuild takes about 1.5 s and 45 MB
 * (docs/performance.md); catching up after one edit takes milliseconds.
 *
 * A restore replaces the data behind the app's back: restored rows carry
 * old updatedAt stamps, so catching up would miss them (issue 11). The
 * index therefore also remembers which copy of the data it was built from —
 * SQLite's schema cookie (which the backup API moves on every restore, and
 * any migration moves) and the `DataEpoch` row (which `npm run db:restore`
 * replaces) — and rebuilds when either changed.
 */
type Source = Database.Database;
let source: Source | null | undefined;
let index: Database.Database | null = null;
let seenVersion = -1;
let watermark = "";
let indexedClaims = 0;
let indexedCopy = "";
let building: Promise<void> | null = null;
/** How the index followed the data in this process (tests, docs/performance.md). */
export const sqliteSearchStats = { rebuilds: 0, catchUps: 0, reindexed: 0 };

function openSource(): Source | null {
  try {
    const file = databaseFile();
    return file ? new Database(file, { readonly: true, fileMustExist: true, timeout: 10_000 }) : null;
  } catch {
    return null;
  }
}

function openIndex() {
  const mem = new Database(":memory:");
  mem.exec(`CREATE VIRTUAL TABLE claim_search USING fts5(claim_id UNINDEXED, body, tokenize = 'unicode61 remove_diacritics 2');
    CREATE TABLE claim_rows (claim_id TEXT NOT NULL, doc INTEGER NOT NULL);
    CREATE INDEX claim_rows_claim ON claim_rows (claim_id);`);
  return mem;
}

type ClaimText = { id: string; statement: string; quoteText: string; attributedTo: string };
type EvidenceText = { claimId: string; quoteText: string; note: string | null };

const claimBody = (c: ClaimText) => `${c.statement}\n${c.quoteText}\n${c.attributedTo}`;
const evidenceBody = (e: EvidenceText) => `${e.quoteText}\n${e.note ?? ""}`;

function indexClaims(mem: Database.Database, claims: Iterable<ClaimText>, evidence: Iterable<EvidenceText>) {
  const insert = mem.prepare(`INSERT INTO claim_search (claim_id, body) VALUES (?, ?)`);
  const row = mem.prepare(`INSERT INTO claim_rows (claim_id, doc) VALUES (?, ?)`);
  const add = (id: string, body: string) => row.run(id, insert.run(id, body).lastInsertRowid);
  for (const c of claims) add(c.id, claimBody(c));
  for (const e of evidence) add(e.claimId, evidenceBody(e));
}

const OVERLAP_MS = 10_000;
const CLAIM_TEXT = `SELECT c."id", c."statement", c."quoteText", c."attributedTo" FROM "Claim" c`;
// Evidence is the rumor's: every claim of the rumor is found by it.
const EVIDENCE_TEXT = `SELECT c."id" AS "claimId", e."quoteText", e."note" FROM "Evidence" e JOIN "Claim" c ON c."rumorId" = e."rumorId"`;
// Which copy of the data the file holds (see above); read in the same transaction as the rows.
const COPY = `SELECT (SELECT "schema_version" FROM pragma_schema_version()) || ':' || coalesce((SELECT "epoch" FROM "DataEpoch" WHERE "id" = 1), '') AS v`;
const copyOf = (src: Source) => (src.prepare(COPY).get() as { v: string }).v;
const WATERMARK = `SELECT max(m) AS m FROM (SELECT max("updatedAt") AS m FROM "Claim" UNION ALL SELECT max("updatedAt") FROM "Rumor")`;

/** Everything from the file, in one read transaction (a consistent snapshot). */
function rebuildFrom(src: Source) {
  const mem = openIndex();
  src.transaction(() => {
    mem.transaction(() =>
      indexClaims(mem, src.prepare(CLAIM_TEXT).iterate() as Iterable<ClaimText>, src.prepare(EVIDENCE_TEXT).iterate() as Iterable<EvidenceText>),
    )();
    watermark = (src.prepare(WATERMARK).get() as { m: string | null }).m ?? "";
    indexedClaims = (src.prepare(`SELECT count(*) AS n FROM "Claim"`).get() as { n: number }).n;
    indexedCopy = copyOf(src);
  })();
  index?.close();
  index = mem;
}

/** The claims among `claims` whose documents (own text, rumor's evidence) differ from what the index holds. */
function staleClaims(mem: Database.Database, claims: ClaimText[], evidence: EvidenceText[]): Set<string> {
  const wanted = new Map(claims.map((c) => [c.id, [claimBody(c)]]));
  for (const e of evidence) wanted.get(e.claimId)?.push(evidenceBody(e));
  const held = mem.prepare(`SELECT s.body FROM claim_rows r JOIN claim_search s ON s.rowid = r.doc WHERE r.claim_id = ?`).pluck();
  const stale = new Set<string>();
  for (const [id, bodies] of wanted) {
    const have = (held.all(id) as string[]).sort();
    bodies.sort();
    if (have.length !== bodies.length || have.some((b, i) => b !== bodies[i])) stale.add(id);
  }
  return stale;
}

/** Re-indexes the claims updated since the last look; false when only a rebuild will do. */
function catchUp(src: Source, mem: Database.Database): boolean {
  return src.transaction(() => {
    if (copyOf(src) !== indexedCopy) return false;
    // A little before the last look: a write by another process may commit
    // just after one stamped a moment later.
    const since = watermark ? new Date(new Date(watermark).getTime() - OVERLAP_MS).toISOString().replace("Z", "+00:00") : "";
    const changed = src
      .prepare(`${CLAIM_TEXT} WHERE c."updatedAt" >= ? OR c."rumorId" IN (SELECT "id" FROM "Rumor" WHERE "updatedAt" >= ?)`)
      .all(since, since) as ClaimText[];
    const count = (src.prepare(`SELECT count(*) AS n FROM "Claim"`).get() as { n: number }).n;
    const known = mem.prepare(`SELECT 1 FROM claim_rows WHERE claim_id = ? LIMIT 1`);
    const added = changed.filter((c) => !known.get(c.id)).length;
    if (indexedClaims + added !== count) return false;
    const evidence: EvidenceText[] = [];
    for (let i = 0; i < changed.length; i += 500) {
      const part = changed.slice(i, i + 500).map((c) => c.id);
      evidence.push(...(src.prepare(`${EVIDENCE_TEXT} WHERE c."id" IN (${part.map(() => "?").join(",")})`).all(...part) as EvidenceText[]));
    }
    // The overlap's claims come back on every look, and any write at all (a
    // session, a token's last use) moves data_version: only claims whose
    // text differs from the index are re-indexed, so most looks write nothing.
    const stale = staleClaims(mem, changed, evidence);
    sqliteSearchStats.reindexed += stale.size;
    if (stale.size > 0) {
      mem.transaction(() => {
        const docs = mem.prepare(`SELECT doc FROM claim_rows WHERE claim_id = ?`).pluck();
        const drop = mem.prepare(`DELETE FROM claim_search WHERE rowid = ?`);
        for (const id of stale) for (const doc of docs.all(id)) drop.run(doc);
        const ids = [...stale];
        for (let i = 0; i < ids.length; i += 500) {
          const part = ids.slice(i, i + 500);
          mem.prepare(`DELETE FROM claim_rows WHERE claim_id IN (${part.map(() => "?").join(",")})`).run(...part);
        }
        indexClaims(
          mem,
          changed.filter((c) => stale.has(c.id)),
          evidence.filter((e) => stale.has(e.claimId)),
        );
      })();
    }
    watermark = (src.prepare(WATERMARK).get() as { m: string | null }).m ?? "";
    indexedClaims = count;
    return true;
  })();
}

/** Without a file to watch (never the case in the app): a fresh index from Prisma on every search. */
async function rebuildThroughPrisma() {
  const claims = await db.claim.findMany({ select: { id: true, statement: true, quoteText: true, attributedTo: true } });
  const evidence = (await db.evidence.findMany({ select: { quoteText: true, note: true, rumor: { select: { claims: { select: { id: true } } } } } })).flatMap(
    (e) => e.rumor.claims.map((c) => ({ claimId: c.id, quoteText: e.quoteText, note: e.note })),
  );
  const mem = openIndex();
  mem.transaction(() => indexClaims(mem, claims, evidence))();
  index?.close();
  index = mem;
}

async function ensureIndex() {
  if (source === undefined) source = openSource();
  const src = source;
  if (!src) {
    building ??= rebuildThroughPrisma().finally(() => (building = null));
    return building;
  }
  const version = src.pragma("data_version", { simple: true }) as number;
  if (index && version === seenVersion) return;
  // Concurrent searches after a change share one catch-up.
  building ??= Promise.resolve()
    .then(() => {
      if (index && catchUp(src, index)) sqliteSearchStats.catchUps++;
      else {
        rebuildFrom(src);
        sqliteSearchStats.rebuilds++;
      }
      seenVersion = version;
    })
    .finally(() => (building = null));
  await building;
}

/** Every word must match, as a prefix: `"tom"* AND "cruise"*`. */
export function ftsQuery(words: string[]): string {
  return words.map((w) => `"${w}"*`).join(" AND ");
}

export async function searchClaimIdsSqlite(words: string[], limit: number): Promise<string[]> {
  const query = ftsQuery(words);
  await ensureIndex();
  const rows = index!
    .prepare(`SELECT claim_id FROM claim_search WHERE claim_search MATCH ? GROUP BY claim_id ORDER BY min(rank) LIMIT ?`)
    .all(query, limit) as { claim_id: string }[];
  return rows.map((r) => r.claim_id);
}
