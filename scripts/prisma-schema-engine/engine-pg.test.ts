// The stand-in's PostgreSQL connector, through the real Prisma CLI, on
// throwaway databases of the server TEST_DATABASE_URL_PG names. Skipped
// without it (.ci/run sets it). prisma.config.ts picks the PostgreSQL schema
// and migrations from the URL scheme, so no command here passes --schema.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dropPgDatabase, PG_BASE_URL, pgDatabaseName, pgUrl } from "../../test/pg";

const ROOT = path.resolve(__dirname, "../..");
const PRISMA = path.join(ROOT, "node_modules/.bin/prisma");
const MIGRATIONS = path.join(ROOT, "prisma/postgresql/migrations");
const CALL_TIMEOUT = 45_000;

if (!PG_BASE_URL) console.warn("engine-pg.test.ts: skipped, TEST_DATABASE_URL_PG is not set (see README, Testing).");

function prisma(args: string[], url: string) {
  const env = { ...process.env, DATABASE_URL: url, CHECKPOINT_DISABLE: "1", PRISMA_HIDE_UPDATE_MESSAGE: "1", NO_COLOR: "1" };
  const result = spawnSync(PRISMA, args, { cwd: ROOT, encoding: "utf8", timeout: CALL_TIMEOUT, env });
  expect(result.signal, `prisma ${args.join(" ")} timed out`).toBeNull();
  return { status: result.status, stdout: result.stdout, output: result.stdout + result.stderr };
}

async function query<T>(url: string, sql: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(sql)).rows as T[];
  } finally {
    await client.end();
  }
}

const migrationNames = fs
  .readdirSync(MIGRATIONS, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name)
  .sort();

describe.skipIf(!PG_BASE_URL)("prisma migrate on PostgreSQL", () => {
  const base = PG_BASE_URL!;
  const name = pgDatabaseName("engine");
  const url = pgUrl(base ?? "postgresql://x/x", name);
  beforeAll(() => dropPgDatabase(base, name)); // created by migrate deploy itself
  afterAll(() => dropPgDatabase(base, name));

  it("migrate diff --from-empty prints the DDL without creating the database", async () => {
    const { status, stdout } = prisma(["migrate", "diff", "--from-empty", "--to-schema", "prisma/postgresql/schema.prisma", "--script"], url);
    expect(status).toBe(0);
    expect(stdout).toContain('CREATE TABLE "Claim"');
    expect(await query(base, `SELECT 1 FROM pg_database WHERE datname = '${name}'`)).toHaveLength(0);
  });

  it("migrate deploy creates the database and applies every migration", async () => {
    const { status, output } = prisma(["migrate", "deploy"], url);
    expect(output).toContain("All migrations have been successfully applied");
    expect(status).toBe(0);
    const rows = await query<{ migration_name: string }>(url, `SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL`);
    expect(rows.map((r) => r.migration_name).sort()).toEqual(migrationNames);
  });

  it("a second migrate deploy is a no-op, and migrate status says up to date", () => {
    expect(prisma(["migrate", "deploy"], url).output).toContain("No pending migrations to apply");
    const { status, output } = prisma(["migrate", "status"], url);
    expect(output).toContain("Database schema is up to date!");
    expect(status).toBe(0);
  });

  it("the committed PostgreSQL migrations produce exactly the PostgreSQL schema", () => {
    expect(fs.readFileSync(path.join(MIGRATIONS, "migration_lock.toml"), "utf8")).toContain('provider = "postgresql"');
    // Describes the migrated database (exit code 2 would mean a difference).
    const live = prisma(["migrate", "diff", "--from-config-datasource", "--to-schema", "prisma/postgresql/schema.prisma", "--exit-code"], url);
    expect(live.output).toContain("No difference detected");
    expect(live.status).toBe(0);
    // Replays them on a shadow database adapter-pg creates and drops.
    const replay = prisma(
      ["migrate", "diff", "--from-migrations", "prisma/postgresql/migrations", "--to-schema", "prisma/postgresql/schema.prisma", "--exit-code"],
      url,
    );
    expect(replay.output).toContain("No difference detected");
    expect(replay.status).toBe(0);
  });

  it("the search vectors are generated columns with GIN indexes", async () => {
    await query(url, `INSERT INTO "Outlet" (id, name, slug) VALUES ('o1', 'Outlet', 'outlet')`);
    const cols = await query<{ table_name: string; is_generated: string }>(
      url,
      `SELECT table_name, is_generated FROM information_schema.columns WHERE column_name = 'searchVector' ORDER BY table_name`,
    );
    expect(cols).toEqual([
      { table_name: "Claim", is_generated: "ALWAYS" },
      { table_name: "Evidence", is_generated: "ALWAYS" },
    ]);
    const idx = await query<{ indexdef: string }>(url, `SELECT indexdef FROM pg_indexes WHERE indexname LIKE '%searchVector%'`);
    expect(idx).toHaveLength(2);
    for (const i of idx) expect(i.indexdef).toContain("USING gin");
  });

  it("cli can-connect-to-database answers P1003 for a missing database", () => {
    const missing = pgUrl(base, pgDatabaseName("missing"));
    const result = spawnSync(
      path.join(ROOT, "scripts/prisma-schema-engine/bin.mjs"),
      ["--datasource", JSON.stringify({ url: missing }), "cli", "can-connect-to-database"],
      { encoding: "utf8", timeout: CALL_TIMEOUT },
    );
    expect(result.status).toBe(1);
    const [, ...rest] = result.stderr.trim().split("\n");
    const error = rest.map((l) => JSON.parse(l)).find((l) => l.level === "ERROR");
    expect(error).toMatchObject({ fields: { error_code: "P1003" } });
  });
});
