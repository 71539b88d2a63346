import "dotenv/config";
import path from "node:path";
import { defineConfig } from "prisma/config";
import { DEFAULT_DATABASE_URL } from "./lib/database-url.mjs";

// Prisma's native schema engine cannot be downloaded on our machines; the
// CLI drives the WebAssembly engine through this project's stand-in instead.
process.env.PRISMA_SCHEMA_ENGINE_BINARY ??= path.resolve("scripts/prisma-schema-engine/bin.mjs");
// The CLI's update check calls out to the internet on every run; offline it
// only adds delay.
process.env.CHECKPOINT_DISABLE ??= "1";

// One schema and migration history per provider, picked by the URL scheme so
// `prisma migrate deploy` (npm start, prepare-db) needs no flags. The
// PostgreSQL schema is generated from the SQLite one (`npm run db:schemas`).
// An explicit `--schema` still wins for the schema; the migrations follow the URL.
const url = process.env.DATABASE_URL ?? DEFAULT_DATABASE_URL;
const postgres = /^postgres(ql)?:\/\//.test(url);

export default defineConfig({
  schema: postgres ? "prisma/postgresql/schema.prisma" : "prisma/schema.prisma",
  migrations: { path: postgres ? "prisma/postgresql/migrations" : "prisma/migrations" },
  datasource: { url, shadowDatabaseUrl: process.env.SHADOW_DATABASE_URL },
});
