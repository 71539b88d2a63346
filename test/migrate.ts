import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";

const MIGRATIONS = path.resolve(__dirname, "../prisma/migrations");

/** Applies the committed migration SQL in order: the same DDL `migrate deploy` runs. */
export function applyMigrations(file: string) {
  const db = new Database(file);
  try {
    db.pragma("journal_mode = WAL");
    const dirs = readdirSync(MIGRATIONS, { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .map((d) => d.name)
      .sort();
    for (const dir of dirs) db.exec(readFileSync(path.join(MIGRATIONS, dir, "migration.sql"), "utf8"));
  } finally {
    db.close();
  }
}
