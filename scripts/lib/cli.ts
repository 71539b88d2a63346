// What every command-line script needs: a one-line failure without a stack
// trace, and the SQLite file DATABASE_URL names (null on PostgreSQL).
import { existsSync } from "node:fs";
import { DEFAULT_DATABASE_URL, sqliteFile as fileOf } from "../../lib/database-url.mjs";

export { DEFAULT_DATABASE_URL };

export function fail(message: string, code = 1): never {
  console.error(message);
  process.exit(code);
}

/** The file the SQLite driver will open (relative paths from this process's working directory); null for PostgreSQL or in-memory URLs. */
export function sqliteFile(url = process.env.DATABASE_URL?.trim() || DEFAULT_DATABASE_URL): string | null {
  return fileOf(url);
}

/** better-sqlite3 would quietly create an empty database file; say what to do instead. */
export function requireMigratedSqlite(then: string): void {
  const file = sqliteFile();
  if (file && !existsSync(file)) fail(`No database at ${file}. Create it with "npm run db:migrate", then ${then}.`);
}
