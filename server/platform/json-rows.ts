import "server-only";
import { Prisma } from "../generated/prisma/client.ts";
import { databaseProvider } from "./env";

// Many small rows as one JSON cell. `$queryRaw` maps every cell of every row
// through Prisma's result handling, a few microseconds each: an outlet's
// verdict history (2,000 rows of five columns at 100,000 claims) cost more in
// that mapping than the database spent finding it. Aggregated by the database
// into one text cell, the same rows cost one JSON.parse (docs/performance.md).

/**
 * A scalar subquery: the rows `from` (a `FROM … WHERE …` clause) selects, each
 * as a JSON array of `columns` in order, as one JSON array text ("[]" when
 * none). Columns must be text, numbers or nulls: booleans differ between the
 * databases, and timestamps go through `epochMs`.
 */
export function jsonRows(columns: Prisma.Sql, from: Prisma.Sql): Prisma.Sql {
  return databaseProvider() === "postgresql"
    ? Prisma.sql`(SELECT CAST(COALESCE(json_agg(json_build_array(${columns})), '[]') AS TEXT) ${from})`
    : Prisma.sql`(SELECT json_group_array(json_array(${columns})) ${from})`;
}

/**
 * A timestamp column for `jsonRows`: milliseconds since the epoch on
 * PostgreSQL (its JSON would write the zone-less timestamp as a local time);
 * on SQLite the stored value itself, which `msOf` reads.
 */
export function epochMs(column: string): Prisma.Sql {
  if (!/^[a-z]+\."[A-Za-z]+"$/.test(column)) throw new Error(`Unexpected column ${column}`);
  return Prisma.raw(databaseProvider() === "postgresql" ? `ROUND(EXTRACT(EPOCH FROM ${column}) * 1000)` : column);
}

// SQLite's own CURRENT_TIMESTAMP (a migration's default) has no zone: it is UTC.
const ZONELESS = /^\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}(:\d{2}(\.\d+)?)?$/;

/** An `epochMs` value as milliseconds: a number as is (PostgreSQL, or SQLite's unixepoch-ms format), a stored timestamp text as an instant. */
export function msOf(value: unknown): number {
  if (typeof value === "number") return value;
  const text = String(value);
  return Date.parse(ZONELESS.test(text) ? `${text.replace(" ", "T")}Z` : text);
}

/** A `jsonRows` cell as its rows (the drivers hand the text back as is). */
export function parseJsonRows<T extends unknown[]>(cell: unknown): T[] {
  if (cell === null || cell === undefined) return [];
  return JSON.parse(typeof cell === "string" ? cell : String(cell)) as T[];
}
