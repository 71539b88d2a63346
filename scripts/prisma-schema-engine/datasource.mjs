// Everything that depends on the kind of database lives here, keyed by the
// URL scheme, so adding PostgreSQL means adding one entry to `connectors`
// (see README.md). The rest of the stand-in only talks to `connectorFor(url)`
// and `createAdapterFactory(url)`.
import fs from "node:fs";
import path from "node:path";

/** A user-facing error carrying a Prisma error code (P1003, …) when there is one. */
export class DatasourceError extends Error {
  constructor(message, code = null) {
    super(message);
    this.code = code;
  }
}

// SQLite URLs are `file:<path>[?params]`; relative paths are relative to the
// engine's cwd, which the CLI sets to the project root (where prisma.config.ts
// lives), the same place the app resolves them from at runtime.
function sqlitePath(url) {
  let p = url.replace(/^file:/, "").replace(/\?.*$/, "");
  if (p.startsWith("//")) p = p.replace(/^\/\/[^/]*/, ""); // file:///abs and file://localhost/abs
  return path.resolve(process.cwd(), p);
}

// Copied from the engine's SQLite flavour (what `applyMigrations` runs).
const HISTORY_TABLE_DDL = `CREATE TABLE "_prisma_migrations" (
    "id"                    TEXT PRIMARY KEY NOT NULL,
    "checksum"              TEXT NOT NULL,
    "finished_at"           DATETIME,
    "migration_name"        TEXT NOT NULL,
    "logs"                  TEXT,
    "rolled_back_at"        DATETIME,
    "started_at"            DATETIME NOT NULL DEFAULT current_timestamp,
    "applied_steps_count"   INTEGER UNSIGNED NOT NULL DEFAULT 0
);
`;

// Two places where the engine's SQLite flavour only works with the native
// (rusqlite) driver, patched on each connection the adapter opens:
function patchForSchemaEngine(adapter, factory) {
  // 1. It replays migration files on the shadow database (migrate dev,
  // `migrate diff --from-migrations`) through `executeRaw`, which
  // better-sqlite3 runs as one prepared statement: "The supplied SQL string
  // contains more than one statement". Run such parameterless scripts with
  // `executeScript`, as the native engine does.
  const executeRaw = adapter.executeRaw.bind(adapter);
  adapter.executeRaw = async (query) => {
    try {
      return await executeRaw(query);
    } catch (e) {
      if (query.args.length > 0 || !/more than one statement/.test(e?.message ?? "")) throw e;
      await adapter.executeScript(query.sql);
      return 0;
    }
  };
  // 2. It recognises a missing `_prisma_migrations` table only from the
  // rusqlite error code; through an adapter every command that reads the
  // history (migrate dev, status, resolve) fails with P1014 instead of
  // seeing "no migrations applied yet". So: reading a missing history table
  // gives no rows (and sets `historyTableMissing`, which engine.mjs uses to
  // word `migrate status`), and writing to it first creates it, with the
  // engine's own DDL, as its skipped initialisation step would have.
  for (const method of ["queryRaw", "executeRaw"]) {
    const run = adapter[method].bind(adapter);
    adapter[method] = async (query) => {
      try {
        return await run(query);
      } catch (e) {
        // e.g. "no such table: main._prisma_migrations"
        if (!/no such table: (\w+\.)?_prisma_migrations$/.test(e?.cause?.originalMessage ?? e?.message)) throw e;
        if (/^\s*SELECT\b/i.test(query.sql)) {
          factory.historyTableMissing = true;
          return method === "queryRaw" ? { columnNames: [], columnTypes: [], rows: [] } : 0;
        }
        await adapter.executeScript(HISTORY_TABLE_DDL);
        return run(query);
      }
    };
  }
  return adapter;
}

const sqlite = {
  provider: "sqlite",
  matches: (url) => url.startsWith("file:"),

  // Commands that never read the real database (`migrate diff --from-empty
  // --to-schema`) still need a connected engine; give them a scratch one so
  // they do not create the database file as a side effect.
  scratchUrl: "file::memory:",

  async createAdapterFactory(url, { shadowDatabaseUrl } = {}) {
    const { PrismaBetterSqlite3 } = await import("@prisma/adapter-better-sqlite3");
    const scratch = url === this.scratchUrl;
    const factory = new PrismaBetterSqlite3(
      // fileMustExist: the CLI creates the file first (`cli create-database`);
      // silently creating it here would hide a wrong path.
      scratch ? { url: ":memory:" } : { url: `file:${sqlitePath(url)}`, fileMustExist: true },
      // No shadowDatabaseUrl means an in-memory shadow database, like the native engine.
      shadowDatabaseUrl ? { shadowDatabaseUrl: `file:${sqlitePath(shadowDatabaseUrl)}` } : undefined,
    );
    for (const method of ["connect", "connectToShadowDb"]) {
      const open = factory[method].bind(factory);
      factory[method] = async () => patchForSchemaEngine(await open(), factory);
    }
    return factory;
  },

  /** Throws a DatasourceError (P1003 when missing) unless the database can be opened. */
  async checkConnection(url) {
    const file = sqlitePath(url);
    if (!fs.existsSync(file)) {
      // Same code and wording as the native engine: the CLI reacts to P1003 by
      // running `create-database` (migrate dev/deploy, db push).
      throw new DatasourceError(`Database \`${path.basename(file)}\` does not exist at \`${file}\``, "P1003");
    }
    const { default: Database } = await import("better-sqlite3");
    let db;
    try {
      // Not readonly: a read-only connection to a WAL database leaves -wal/-shm files behind.
      db = new Database(file, { fileMustExist: true });
      db.pragma("schema_version"); // opening alone does not notice a non-SQLite file
    } catch (e) {
      throw new DatasourceError(`Cannot open SQLite database at \`${file}\`: ${e.message}`);
    } finally {
      db?.close();
    }
  },

  async createDatabase(url) {
    const file = sqlitePath(url);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    const { default: Database } = await import("better-sqlite3");
    new Database(file).close();
    return path.basename(file);
  },

  async dropDatabase(url) {
    const file = sqlitePath(url);
    for (const f of [file, `${file}-journal`, `${file}-wal`, `${file}-shm`]) fs.rmSync(f, { force: true });
  },

  /** Optional: replaces the engine's `reset` (see engine.mjs). */
  async resetDatabase(url) {
    await this.dropDatabase(url);
    await this.createDatabase(url);
  },
};

// PostgreSQL goes here: { provider: "postgresql", matches: (u) => /^postgres(ql)?:/.test(u), … }.
const connectors = [sqlite];

export function connectorFor(url) {
  if (!url) throw new DatasourceError("No datasource URL was given to the schema engine (set DATABASE_URL).");
  const connector = connectors.find((c) => c.matches(url));
  if (!connector) {
    const scheme = url.split(":")[0];
    throw new DatasourceError(
      `The schema engine stand-in (scripts/prisma-schema-engine) does not support \`${scheme}:\` URLs yet; supported: file: (SQLite).`,
    );
  }
  return connector;
}

/** The driver adapter factory for a datasource URL, chosen by URL scheme. */
export function createAdapterFactory(url, options) {
  return connectorFor(url).createAdapterFactory(url, options);
}
