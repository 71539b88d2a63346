// Runs the real Prisma CLI against the stand-in schema engine (bin.mjs) and
// checks what it does to real SQLite files. Every CLI call has a timeout, so
// a protocol mistake shows up as a failure, never as a hung test run.
import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { afterAll, describe, expect, it } from "vitest";

const ROOT = path.resolve(__dirname, "../..");
const BIN = path.join(ROOT, "scripts/prisma-schema-engine/bin.mjs");
const PRISMA = path.join(ROOT, "node_modules/.bin/prisma");
const SCHEMA = path.join(ROOT, "prisma/schema.prisma");
const MIGRATIONS = path.join(ROOT, "prisma/migrations");
const CALL_TIMEOUT = 45_000;

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "schema-engine-test-"));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

function prisma(args: string[], { url, cwd = ROOT }: { url?: string; cwd?: string } = {}) {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PRISMA_SCHEMA_ENGINE_BINARY: BIN,
    CHECKPOINT_DISABLE: "1", // no telemetry request
    PRISMA_HIDE_UPDATE_MESSAGE: "1",
    NO_COLOR: "1",
  };
  if (url) env.DATABASE_URL = url;
  else delete env.DATABASE_URL;
  const result = spawnSync(PRISMA, args, { cwd, encoding: "utf8", timeout: CALL_TIMEOUT, env });
  expect(result.signal, `prisma ${args.join(" ")} timed out`).toBeNull();
  return { status: result.status, stdout: result.stdout, output: result.stdout + result.stderr };
}

function tables(file: string) {
  const db = new Database(file, { readonly: true });
  try {
    const rows = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as { name: string }[];
    return rows.map((r) => r.name);
  } finally {
    db.close();
  }
}

function historyRows(file: string) {
  const db = new Database(file, { readonly: true });
  try {
    return db.prepare("SELECT migration_name, finished_at, rolled_back_at FROM _prisma_migrations").all() as {
      migration_name: string;
      finished_at: string | null;
      rolled_back_at: string | null;
    }[];
  } finally {
    db.close();
  }
}

const schemaText = fs.readFileSync(SCHEMA, "utf8");
const models = [...schemaText.matchAll(/^model (\w+) \{/gm)].map((m) => m[1]!);
const migrationNames = fs
  .readdirSync(MIGRATIONS, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name)
  .sort();

describe("prisma migrate with the project's schema", () => {
  const file = path.join(tmp, "deploy/nested/dir/app.db"); // parent directories do not exist yet
  const url = `file:${file}`;

  it("migrate diff --script prints the DDL without touching the database", () => {
    const { status, stdout } = prisma(["migrate", "diff", "--from-empty", "--to-schema", "prisma/schema.prisma", "--script"], { url });
    expect(status).toBe(0);
    for (const model of models) expect(stdout).toContain(`CREATE TABLE "${model}"`);
    expect(fs.existsSync(file)).toBe(false);
  });

  it("the committed migrations produce exactly the schema", () => {
    expect(migrationNames.length).toBeGreaterThan(0);
    expect(fs.readFileSync(path.join(MIGRATIONS, "migration_lock.toml"), "utf8")).toContain('provider = "sqlite"');
    // Replays the migrations on an in-memory shadow database; exit code 2 would mean a difference.
    const { status, output } = prisma(["migrate", "diff", "--from-migrations", "prisma/migrations", "--to-schema", "prisma/schema.prisma", "--exit-code"], {
      url,
    });
    expect(output).toContain("No difference detected");
    expect(status).toBe(0);
  });

  it("migrate deploy creates the database, the tables and the history", () => {
    const { status, output } = prisma(["migrate", "deploy"], { url });
    expect(output).toContain("All migrations have been successfully applied");
    expect(status).toBe(0);
    expect(tables(file)).toEqual(expect.arrayContaining([...models, "_prisma_migrations"]));
    const history = historyRows(file);
    expect(history.map((r) => r.migration_name).sort()).toEqual(migrationNames);
    for (const row of history) {
      expect(row.finished_at).not.toBeNull();
      expect(row.rolled_back_at).toBeNull();
    }
  });

  it("a second migrate deploy is a no-op", () => {
    const { status, output } = prisma(["migrate", "deploy"], { url });
    expect(output).toContain("No pending migrations to apply");
    expect(status).toBe(0);
    expect(historyRows(file)).toHaveLength(migrationNames.length);
  });

  it("migrate status reports the database up to date", () => {
    const { status, output } = prisma(["migrate", "status"], { url });
    expect(output).toContain("Database schema is up to date!");
    expect(status).toBe(0);
  });

  it("migrate status on a database without history lists the pending migrations and writes nothing", () => {
    const pushed = path.join(tmp, "pushed.db");
    expect(prisma(["db", "push"], { url: `file:${pushed}` }).status).toBe(0);
    expect(tables(pushed)).not.toContain("_prisma_migrations");

    const { status, output } = prisma(["migrate", "status"], { url: `file:${pushed}` });
    expect(output).toContain("have not yet been applied");
    for (const name of migrationNames) expect(output).toContain(name);
    expect(status).toBe(1);
    expect(tables(pushed)).not.toContain("_prisma_migrations");
  });
});

describe("prisma migrate dev in a scratch project", () => {
  // Its own config and migrations folder, so nothing under prisma/ changes.
  const project = path.join(tmp, "project");
  const db = path.join(project, "data/dev.db");
  const config = ["--config", "prisma.config.mjs"];
  fs.mkdirSync(project, { recursive: true });
  // No generator block: nothing to generate, the datasource and models are what count.
  fs.writeFileSync(path.join(project, "schema.prisma"), schemaText.replace(/generator \w+ \{[^}]*\}/, ""));
  fs.writeFileSync(
    path.join(project, "prisma.config.mjs"),
    `export default { schema: "schema.prisma", migrations: { path: "migrations" }, datasource: { url: "file:./data/dev.db" } };\n`,
  );
  const run = (args: string[]) => prisma([...args, ...config], { cwd: project });
  const migrationDirs = () =>
    fs
      .readdirSync(path.join(project, "migrations"), { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .map((d) => d.name);

  it("creates and applies the first migration, with a relative file: URL", () => {
    const { status, output } = run(["migrate", "dev", "--name", "init"]);
    expect(output).toContain("Your database is now in sync with your schema");
    expect(status).toBe(0);
    expect(migrationDirs()).toEqual([expect.stringMatching(/^\d{14}_init$/)]);
    expect(fs.readFileSync(path.join(project, "migrations/migration_lock.toml"), "utf8")).toContain("sqlite");
    expect(tables(db)).toEqual(expect.arrayContaining(models));
  });

  it("replays existing migrations on the shadow database and adds a new one", () => {
    fs.appendFileSync(path.join(project, "schema.prisma"), "\nmodel Tag {\n  id   Int    @id\n  name String @unique\n}\n");
    const { status, output } = run(["migrate", "dev", "--name", "add_tag"]);
    expect(output).toContain("Your database is now in sync with your schema");
    expect(status).toBe(0);
    const added = migrationDirs().find((d) => d.endsWith("_add_tag"))!;
    expect(fs.readFileSync(path.join(project, "migrations", added, "migration.sql"), "utf8")).toContain('CREATE TABLE "Tag"');
    expect(run(["migrate", "dev"]).output).toContain("Already in sync");
  });

  it("migrate reset drops the data and reapplies every migration", () => {
    const conn = new Database(db);
    conn.prepare("INSERT INTO Tag (id, name) VALUES (1, 'x')").run();
    conn.close();
    const { status } = run(["migrate", "reset", "--force"]);
    expect(status).toBe(0);
    const after = new Database(db, { readonly: true });
    expect(after.prepare("SELECT count(*) AS n FROM Tag").get()).toEqual({ n: 0 });
    expect(after.prepare("SELECT count(*) AS n FROM _prisma_migrations").get()).toEqual({ n: 2 });
    after.close();
    expect(fs.existsSync(`${db}-journal`)).toBe(false); // connections were closed, not killed
  });
});

describe("errors reach the user, without hanging", () => {
  it("an invalid schema", () => {
    const bad = path.join(tmp, "invalid.prisma");
    fs.writeFileSync(bad, 'datasource db {\n  provider = "sqlite"\n}\n\nmodel NoId {\n  name String\n}\n');
    const { status, output } = prisma(["migrate", "diff", "--from-empty", "--to-schema", bad, "--script"], {
      url: `file:${path.join(tmp, "unused.db")}`,
    });
    expect(status).not.toBe(0);
    expect(output).toContain("P1012");
    expect(output).toContain("Each model must have at least one unique criteria");
  });

  it("a URL scheme the stand-in does not support", () => {
    const { status, output } = prisma(["migrate", "deploy"], { url: "mysql://user@localhost:3306/db" });
    expect(status).not.toBe(0);
    expect(output).toContain("does not support `mysql:` URLs");
  });

  it("a SQLite path that is not a database", () => {
    const dir = path.join(tmp, "a-directory.db");
    fs.mkdirSync(dir);
    const { status, output } = prisma(["migrate", "status"], { url: `file:${dir}` });
    expect(status).not.toBe(0);
    expect(output).toContain("Cannot open SQLite database");
  });

  it("a missing database for a command that does not create one (P1003)", () => {
    const missing = path.join(tmp, "missing/none.db");
    const { status, output } = prisma(["migrate", "status"], { url: `file:${missing}` });
    expect(status).not.toBe(0);
    expect(output).toContain("P1003");
    expect(fs.existsSync(path.dirname(missing))).toBe(false);
  });

  it("a database another process keeps locked says so, not `unknown variant SocketTimeout`", () => {
    const file = path.join(tmp, "locked.db");
    const holder = new Database(file);
    holder.pragma("journal_mode = WAL"); // as the app runs it: readers get in, writers wait
    holder.exec("CREATE TABLE t (x)");
    holder.exec("BEGIN IMMEDIATE"); // what a long write elsewhere looks like
    try {
      const { status, output } = prisma(["migrate", "deploy"], { url: `file:${file}` });
      expect(status).not.toBe(0);
      expect(output).toContain("The SQLite database is busy");
      expect(output).not.toContain("unknown variant");
    } finally {
      holder.exec("ROLLBACK");
      holder.close();
    }
    expect(tables(file)).toEqual(["t"]); // nothing was applied
  });
});

describe("the engine protocol, spoken directly", () => {
  // Starts bin.mjs in JSON-RPC mode, answers its `print` requests like the CLI,
  // and collects every line it writes to stdout.
  function session(url: string) {
    const child = spawn(BIN, ["--datamodels", SCHEMA, "--datasource", JSON.stringify({ url })], { cwd: ROOT });
    type Message = { id?: number; method?: string; result?: unknown; error?: { data?: unknown }; params?: { content?: string } };
    const lines: Message[] = [];
    const waiting: [(m: Message) => boolean, (m: Message) => void][] = [];
    let buffer = "";
    child.stdout.on("data", (chunk) => {
      buffer += chunk;
      let nl;
      while ((nl = buffer.indexOf("\n")) >= 0) {
        const message = JSON.parse(buffer.slice(0, nl)) as Message;
        buffer = buffer.slice(nl + 1);
        lines.push(message);
        if (message.method === "print") child.stdin.write(JSON.stringify({ jsonrpc: "2.0", id: message.id, result: {} }) + "\n");
        for (const [match, resolve] of waiting) if (match(message)) resolve(message);
      }
    });
    const exited = new Promise<number | null>((resolve) => child.on("exit", resolve));
    let id = 0;
    return {
      lines,
      exited,
      request(method: string, params?: unknown) {
        const thisId = ++id;
        child.stdin.write(JSON.stringify({ jsonrpc: "2.0", id: thisId, method, params }) + "\n");
        return new Promise<Message>((resolve) => waiting.push([(m) => m.id === thisId && m.method === undefined, resolve]));
      },
      end: () => child.stdin.end(),
    };
  }

  it("sends a diff script as a print request before the result, and exits when stdin closes", async () => {
    const s = session(`file:${path.join(tmp, "never-created.db")}`);
    const response = await s.request("diff", {
      from: { tag: "empty" },
      to: { tag: "schemaDatamodel", files: [{ path: SCHEMA, content: schemaText }] },
      script: true,
      exitCode: null,
      filters: { externalTables: [], externalEnums: [] },
    });
    expect(response.result).toEqual({ exitCode: 0 });
    const print = s.lines.find((m) => m.method === "print")!;
    expect(print.params?.content).toContain(`CREATE TABLE "${models[0]}"`);
    expect(s.lines.indexOf(print)).toBeLessThan(s.lines.indexOf(response));
    s.end();
    expect(await s.exited).toBe(0);
    expect(fs.existsSync(path.join(tmp, "never-created.db"))).toBe(false);
  });

  it("answers errors and panics as JSON-RPC errors the CLI understands", async () => {
    const file = path.join(tmp, "protocol.db");
    new Database(file).close();
    const s = session(`file:${file}`);
    const unknown = await s.request("noSuchMethod", {});
    expect(unknown.error?.data).toMatchObject({ is_panic: false, message: expect.stringContaining("noSuchMethod") });
    const panic = await s.request("debugPanic");
    expect(panic.error?.data).toMatchObject({ is_panic: true, message: expect.stringContaining("debugPanic") });
    expect(await s.exited).toBe(101);
  });

  it("answers `cli can-connect-to-database` with P1003 for a missing SQLite file", () => {
    const url = `file:${path.join(tmp, "nope.db")}`;
    const result = spawnSync(BIN, ["--datasource", JSON.stringify({ url }), "cli", "can-connect-to-database"], {
      encoding: "utf8",
      timeout: CALL_TIMEOUT,
    });
    expect(result.status).toBe(1);
    // The CLI skips the first stderr line and parses the rest as JSON.
    const [, ...rest] = result.stderr.trim().split("\n");
    const error = rest.map((l) => JSON.parse(l)).find((l) => l.level === "ERROR");
    expect(error).toMatchObject({ target: "schema_engine::logger", fields: { error_code: "P1003" } });
  });
});
