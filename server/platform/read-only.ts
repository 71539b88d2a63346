import "server-only";
import Database from "better-sqlite3";
import { db } from "./db";
import { databaseFile, databaseProvider } from "./env";
import { AppError } from "./errors";

// A database that can be read but not written (read-only storage, a
// read-only role, a replica, `default_transaction_read_only`): reads go on,
// writes are refused with a clear 503 instead of a generic error (issue 11).

export const READ_ONLY_MESSAGE =
  "The database is read-only at the moment, so nothing can be changed (reading still works). Nothing was saved; try again later or tell an administrator.";

export const readOnlyError = () => new AppError("read_only", READ_ONLY_MESSAGE);

const SQLITE_READ_ONLY = /SQLITE_READONLY|attempt to write a readonly database|readonly database/i;
// 25006: read-only SQL transaction; 42501: insufficient privilege (a read-only role); 25P02 is not ours.
const PG_READ_ONLY = new Set(["25006", "42501"]);

/** Whether an error (from Prisma, a driver adapter or better-sqlite3) says the database refused a write because it is read-only. */
export function isReadOnlyError(error: unknown): boolean {
  for (let e: unknown = error, depth = 0; e && typeof e === "object" && depth < 6; depth++) {
    const x = e as { code?: unknown; message?: unknown; meta?: { driverAdapterError?: unknown }; cause?: unknown };
    if (typeof x.code === "string" && (x.code.startsWith("SQLITE_READONLY") || PG_READ_ONLY.has(x.code))) return true;
    if (typeof x.message === "string" && (SQLITE_READ_ONLY.test(x.message) || /read-only transaction/i.test(x.message))) return true;
    e = x.meta?.driverAdapterError ?? x.cause;
  }
  return false;
}

/** SQLite: a write on a connection of its own, rolled back; a writer holding the lock proves the file writable. */
function sqliteWritable(file: string): boolean {
  let probe: Database.Database | null = null;
  try {
    probe = new Database(file, { fileMustExist: true, timeout: 0 });
    probe.exec("BEGIN IMMEDIATE");
    try {
      probe.exec(`UPDATE "DataEpoch" SET "epoch" = "epoch"`);
    } finally {
      probe.exec("ROLLBACK");
    }
    return true;
  } catch (error) {
    if ((error as { code?: string }).code === "SQLITE_BUSY") return true;
    return !isReadOnlyError(error);
  } finally {
    probe?.close();
  }
}

/**
 * Can this process write to its database right now? Asked by the health
 * check and when a write failed in a way that gives no reason. Writes
 * nothing: PostgreSQL answers from the session's settings and privileges.
 */
export async function databaseWritable(): Promise<boolean> {
  if (databaseProvider() === "sqlite") {
    const file = databaseFile();
    return file ? sqliteWritable(file) : true;
  }
  const [row] = await db.$queryRawUnsafe<{ writable: boolean }[]>(
    `SELECT NOT (current_setting('transaction_read_only') = 'on' OR pg_is_in_recovery() OR NOT has_table_privilege('"AuditEvent"', 'INSERT')) AS writable`,
  );
  return row?.writable ?? false;
}
