// Throwaway PostgreSQL databases for tests, on the server TEST_DATABASE_URL_PG
// names (its own database is only used to run CREATE/DROP DATABASE).
import pg from "pg";

export const PG_BASE_URL = process.env.TEST_DATABASE_URL_PG || null;

/** The URL of database `name` on the same server as `base`. */
export function pgUrl(base: string, name: string): string {
  const u = new URL(base);
  u.pathname = `/${name}`;
  return u.toString();
}

async function admin<T>(base: string, fn: (c: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: base });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

const ident = (name: string) => `"${name.replaceAll('"', '""')}"`;

export function createPgDatabase(base: string, name: string, template?: string) {
  return admin(base, (c) => c.query(`CREATE DATABASE ${ident(name)}${template ? ` TEMPLATE ${ident(template)}` : ""}`));
}

export function dropPgDatabase(base: string, name: string) {
  return admin(base, (c) => c.query(`DROP DATABASE IF EXISTS ${ident(name)} WITH (FORCE)`));
}

/** A unique database name with the project's prefix (visible in pg_database). */
export function pgDatabaseName(tag: string): string {
  return `hindsight_${tag}_${process.pid}_${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
}
