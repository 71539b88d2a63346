import "server-only";
import { randomBytes } from "node:crypto";
import { databaseProvider, type Prisma, type Tx } from "./db";

// Multi-row INSERTs for bulk writes (a 20,000-article import). Prisma's
// createMany hands every value, article bodies included, through its query
// compiler, which costs ~0.5 ms per row here; a parameterised multi-row
// statement through the same transaction costs ~0.1 ms. Only for plain rows:
// no relations, no defaults left to Prisma — callers give ids and timestamps
// (newId(), one `new Date()` per batch), which the driver adapter stores in
// the same format as Prisma's own writes.

type Row = Record<string, string | number | Date | null>;

/** Tables written in bulk, with their columns checked against the schema at compile time. */
type Columns = {
  Article: Prisma.ArticleScalarFieldEnum;
  AuditEvent: Prisma.AuditEventScalarFieldEnum;
};

// ~1,000–2,000 bind parameters per statement: well inside SQLite's 32,766 and
// PostgreSQL's 65,535, and large enough that per-statement costs vanish.
const ROWS_PER_STATEMENT = 200;

/** Rows written and time spent per table in this process, for `npm run bench:import`. */
export const insertTimings: Record<string, { rows: number; ms: number }> = {};

export async function insertRows<T extends keyof Columns>(tx: Tx, table: T, rows: Partial<Record<Columns[T], Row[string]>>[]): Promise<void> {
  if (rows.length === 0) return;
  const columns = Object.keys(rows[0]!);
  const pg = databaseProvider() === "postgresql";
  const head = `INSERT INTO "${table}" (${columns.map((c) => `"${c}"`).join(", ")}) VALUES `;
  const timing = (insertTimings[table] ??= { rows: 0, ms: 0 });
  const t0 = performance.now();
  for (let start = 0; start < rows.length; start += ROWS_PER_STATEMENT) {
    const part = rows.slice(start, start + ROWS_PER_STATEMENT);
    let n = 0;
    const tuples = part.map(() => `(${columns.map(() => (pg ? `$${++n}` : "?")).join(", ")})`).join(", ");
    const values: unknown[] = [];
    for (const row of part) for (const column of columns) values.push((row as Row)[column] ?? null);
    await tx.$executeRawUnsafe(head + tuples, ...values);
  }
  timing.rows += rows.length;
  timing.ms += performance.now() - t0;
}

let counter = Math.floor(Math.random() * 36 ** 4);

/**
 * A collision-resistant id of the same shape as Prisma's cuid() (25
 * characters, starting with "c"): time, a per-process counter and 64 random bits.
 */
export function newId(): string {
  counter = (counter + 1) % 36 ** 4;
  const time = Date.now().toString(36).padStart(8, "0").slice(-8);
  const count = counter.toString(36).padStart(4, "0");
  const random = BigInt("0x" + randomBytes(8).toString("hex"))
    .toString(36)
    .padStart(12, "0")
    .slice(-12);
  return `c${time}${count}${random}`;
}
