import { mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, inject } from "vitest";
import { applyMigrations } from "./migrate";
import { createPgDatabase, dropPgDatabase, PG_BASE_URL, pgDatabaseName, pgUrl } from "./pg";

// Every test file gets a database of its own, migrated from the committed
// migrations, so files never see each other's rows: a SQLite file, or on a
// PostgreSQL run (test/pg-global-setup.ts) a copy of the run's template.
if (!process.env.HINDSIGHT_TEST_KEEP_DB_URL) {
  const template = inject("pgTemplate");
  if (template && PG_BASE_URL) {
    const base = PG_BASE_URL;
    const name = pgDatabaseName("test");
    await createPgDatabase(base, name, template);
    process.env.DATABASE_URL = pgUrl(base, name);
    // FORCE: the file's Prisma client may still hold connections.
    afterAll(() => dropPgDatabase(base, name));
  } else {
    const dir = mkdtempSync(path.join(os.tmpdir(), "hindsight-test-"));
    const file = path.join(dir, "test.db");
    applyMigrations(file);
    process.env.DATABASE_URL = `file:${file}`;
  }
}
