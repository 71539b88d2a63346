import { mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { applyMigrations } from "./migrate";

// Every test file gets a database of its own, migrated from the committed
// migrations, so files never see each other's rows.
if (!process.env.HINDSIGHT_TEST_KEEP_DB_URL) {
  const dir = mkdtempSync(path.join(os.tmpdir(), "hindsight-test-"));
  const file = path.join(dir, "test.db");
  applyMigrations(file);
  process.env.DATABASE_URL = `file:${file}`;
}
