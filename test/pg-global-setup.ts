// Vitest global set-up for a PostgreSQL run (HINDSIGHT_TEST_DB=postgresql):
// migrates one template database per run; test/setup-db.ts then gives each
// test file a copy (CREATE DATABASE … TEMPLATE, much faster than migrating).
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import type { TestProject } from "vitest/node";
import { createPgDatabase, dropPgDatabase, PG_BASE_URL, pgDatabaseName, pgUrl } from "./pg";

const MIGRATIONS = path.resolve(__dirname, "../prisma/postgresql/migrations");

declare module "vitest" {
  export interface ProvidedContext {
    pgTemplate: string | null;
  }
}

export default async function setup(project: TestProject) {
  if (process.env.HINDSIGHT_TEST_DB !== "postgresql") {
    project.provide("pgTemplate", null);
    return;
  }
  if (!PG_BASE_URL) throw new Error("HINDSIGHT_TEST_DB=postgresql needs TEST_DATABASE_URL_PG (the server's base URL).");
  const base = PG_BASE_URL;
  const template = pgDatabaseName("template");
  await createPgDatabase(base, template);
  const client = new pg.Client({ connectionString: pgUrl(base, template) });
  await client.connect();
  try {
    // The same DDL `prisma migrate deploy` runs (engine-pg.test.ts checks that path).
    const dirs = readdirSync(MIGRATIONS, { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .map((d) => d.name)
      .sort();
    for (const dir of dirs) await client.query(readFileSync(path.join(MIGRATIONS, dir, "migration.sql"), "utf8"));
  } finally {
    await client.end();
  }
  project.provide("pgTemplate", template);
  return () => dropPgDatabase(base, template);
}
