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
  // 3. The adapter reports SQLITE_BUSY as kind "SocketTimeout", a kind the
  // WebAssembly engine cannot decode: it would fail with "unknown variant
  // `SocketTimeout`". Say what happened instead.
  for (const method of ["queryRaw", "executeRaw", "executeScript"]) {
    const run = adapter[method].bind(adapter);
    adapter[method] = async (...args) => {
      try {
        return await run(...args);
      } catch (e) {
        if (e?.cause?.kind !== "SocketTimeout") throw e;
        throw new Error(
          "The SQLite database is busy: another process kept it locked (a running Hindsight server, an import or a backup). Stop that process or wait for it, then run the command again.",
        );
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

// The server's maintenance database, for statements about another database
// (CREATE/DROP DATABASE cannot run inside the database they name).
function pgMaintenance(url) {
  const u = new URL(url);
  const name = decodeURIComponent(u.pathname.slice(1)) || "postgres";
  u.pathname = "/postgres";
  return { name, maintenanceUrl: u.toString() };
}

async function withPg(url, fn) {
  const { default: pg } = await import("pg");
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

// The engine reads the catalog's one-byte `"char"` columns (pg_class.relkind,
// pg_constraint.contype, …) when it describes a database (`migrate diff
// --from-config-datasource|--from-migrations`, `migrate dev`); adapter-pg has
// no mapping for that type (OID 18) and fails with "Column type 'char' could
// not be deserialized". pg already returns those values as strings, so
// report them as text (OID 25), on the connection and on its transactions.
const PG_CHAR = 18;
const PG_TEXT = 25;
function patchPgCharColumns(queryable) {
  const performIO = queryable.performIO.bind(queryable);
  queryable.performIO = async (query) => {
    const result = await performIO(query);
    for (const field of result?.fields ?? []) if (field.dataTypeID === PG_CHAR) field.dataTypeID = PG_TEXT;
    return result;
  };
  // adapter-pg's executeScript splits a migration at every `;`, which cuts
  // function bodies ($$ … $$) apart. Send the script whole instead, as the
  // native engine does: the simple query protocol runs every statement in
  // it, in one implicit transaction.
  if (typeof queryable.executeScript === "function" && queryable.client?.query) {
    queryable.executeScript = async (script) => {
      try {
        await queryable.client.query(script);
      } catch (error) {
        queryable.onError(error);
      }
    };
  }
  if (typeof queryable.startTransaction === "function") {
    const start = queryable.startTransaction.bind(queryable);
    queryable.startTransaction = async (...args) => patchPgCharColumns(await start(...args));
  }
  return queryable;
}

const quoteIdent = (name) => `"${name.replaceAll('"', '""')}"`;

const postgresql = {
  provider: "postgresql",
  matches: (url) => /^postgres(ql)?:\/\//.test(url),

  // Offline diffs (`--from-empty --to-schema`) only need a connected engine:
  // use the server's maintenance database, so the target need not exist.
  scratchUrlFor: (url) => pgMaintenance(url).maintenanceUrl,

  async createAdapterFactory(url) {
    const { PrismaPg } = await import("@prisma/adapter-pg");
    // adapter-pg always makes its own shadow database (a random name on the
    // same server, dropped after use); it takes no shadowDatabaseUrl.
    // Connection fields rather than a connectionString: adapter-pg opens its
    // shadow database with `{ ...config, database }`, and pg lets a
    // connectionString override `database`, so the migrations would be
    // replayed on the configured database itself.
    const { parseIntoClientConfig } = await import("pg-connection-string");
    const { connectionString: _, ...config } = parseIntoClientConfig(url);
    const factory = new PrismaPg(config);
    const connect = factory.connect.bind(factory);
    factory.connect = async () => patchPgCharColumns(await connect());
    // adapter-pg's own shadow database is dropped before its pool closes,
    // which PostgreSQL refuses ("being accessed by other users"), leaving
    // it behind: make and drop it here instead, on the same server.
    factory.connectToShadowDb = async () => {
      const name = `prisma_migrate_shadow_db_${globalThis.crypto.randomUUID()}`;
      const maintenance = pgMaintenance(url).maintenanceUrl;
      await withPg(maintenance, (c) => c.query(`CREATE DATABASE ${quoteIdent(name)}`));
      const adapter = await new PrismaPg({ ...config, database: name }).connect();
      const dispose = adapter.dispose.bind(adapter);
      adapter.dispose = async () => {
        await dispose();
        await withPg(maintenance, (c) => c.query(`DROP DATABASE IF EXISTS ${quoteIdent(name)} WITH (FORCE)`));
      };
      return patchPgCharColumns(adapter);
    };
    return factory;
  },

  async checkConnection(url) {
    try {
      await withPg(url, (c) => c.query("SELECT 1"));
    } catch (e) {
      // 3D000: invalid_catalog_name. The CLI answers P1003 with create-database.
      if (e?.code === "3D000") {
        throw new DatasourceError(`Database \`${pgMaintenance(url).name}\` does not exist on the database server`, "P1003");
      }
      throw new DatasourceError(`Cannot connect to the PostgreSQL server: ${e?.message ?? e}`, e?.code === "28P01" ? "P1000" : "P1001");
    }
  },

  async createDatabase(url) {
    const { name, maintenanceUrl } = pgMaintenance(url);
    await withPg(maintenanceUrl, (c) => c.query(`CREATE DATABASE ${quoteIdent(name)}`));
    return name;
  },

  async dropDatabase(url) {
    const { name, maintenanceUrl } = pgMaintenance(url);
    await withPg(maintenanceUrl, (c) => c.query(`DROP DATABASE IF EXISTS ${quoteIdent(name)} WITH (FORCE)`));
  },
};

const connectors = [sqlite, postgresql];

export function connectorFor(url) {
  if (!url) throw new DatasourceError("No datasource URL was given to the schema engine (set DATABASE_URL).");
  const connector = connectors.find((c) => c.matches(url));
  if (!connector) {
    const scheme = url.split(":")[0];
    throw new DatasourceError(
      `The schema engine stand-in (scripts/prisma-schema-engine) does not support \`${scheme}:\` URLs yet; supported: file: (SQLite), postgresql: and postgres: (PostgreSQL).`,
    );
  }
  return connector;
}

/** The driver adapter factory for a datasource URL, chosen by URL scheme. */
export function createAdapterFactory(url, options) {
  return connectorFor(url).createAdapterFactory(url, options);
}
