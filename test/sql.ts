// Reads the test file's own database (DATABASE_URL from test/setup-db.ts)
// behind Prisma's back, on SQLite or PostgreSQL: for tests of CLI scripts
// that run in another process. Write portable SQL (quote camelCase names)
// with $1, $2… placeholders.
import Database from "better-sqlite3";
import pg from "pg";

export async function queryRows<T>(sql: string, ...params: unknown[]): Promise<T[]> {
  const url = process.env.DATABASE_URL!;
  if (url.startsWith("file:")) {
    const db = new Database(url.slice("file:".length), { readonly: true });
    try {
      return db.prepare(sql.replace(/\$\d+/g, "?")).all(...params) as T[];
    } finally {
      db.close();
    }
  }
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(sql, params)).rows as T[];
  } finally {
    await client.end();
  }
}
