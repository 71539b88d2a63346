import "server-only";
import { db } from "@/server/platform/db";

// The signatures the passage and rumor indexes compare before every use (so
// before every match): plain SQL, because Prisma's aggregate wraps the table
// in a subquery that SQLite answered by reading every row, every article's
// body through its overflow pages included (~50 ms of CPU per check at 20,000
// articles, ~18 ms at 25,000 rumors), where this reads only the indexes made
// for it (Article(importedAt), Rumor(version, updatedAt)): ~2 ms.
type Row = Record<string, unknown>;

/** Providers answer with numbers, bigints, decimals, strings or dates: any stable spelling will do. */
const part = (v: unknown) => (v instanceof Date ? String(v.getTime()) : v === null || v === undefined ? "0" : String(v));

const ARTICLES = 'SELECT COUNT(*) AS "n", MAX("importedAt") AS "at" FROM "Article"';
const RUMORS = 'SELECT COUNT(*) AS "n", SUM("version") AS "v", MAX("updatedAt") AS "at" FROM "Rumor"';

const spell = (row: Row | undefined, columns: string[]) => columns.map((c) => part(row?.[c])).join(":");

async function signature(sql: string, columns: string[]) {
  const [row] = await db.$queryRawUnsafe<Row[]>(sql);
  return spell(row, columns);
}

/** Article count and newest import: moves when another process adds or deletes articles. */
export function articleSignature() {
  return signature(ARTICLES, ["n", "at"]);
}

/** Rumor count, sum of versions, newest update: moves with every commit that changes a rumor's texts (see rumor-index.ts). */
export function rumorSignature() {
  return signature(RUMORS, ["n", "v", "at"]);
}

/**
 * Both signatures in one round trip (a match checks both before every use),
 * each spelled as `articleSignature` and `rumorSignature` spell it: each
 * aggregate stays a query of its own in the FROM clause, so each reads its
 * own index as when asked alone.
 */
export async function deskSignatures(): Promise<{ articles: string; rumors: string }> {
  const [row] = await db.$queryRawUnsafe<Row[]>(
    `SELECT a."n" AS "an", a."at" AS "aat", r."n" AS "rn", r."v" AS "rv", r."at" AS "rat" FROM (${ARTICLES}) a, (${RUMORS}) r`,
  );
  return { articles: spell(row, ["an", "aat"]), rumors: spell(row, ["rn", "rv", "rat"]) };
}
