import "dotenv/config";
import path from "node:path";
import { defineConfig } from "prisma/config";

// Prisma's native schema engine cannot be downloaded on our machines; the
// CLI drives the WebAssembly engine through this project's stand-in instead.
process.env.PRISMA_SCHEMA_ENGINE_BINARY ??= path.resolve("scripts/prisma-schema-engine/bin.mjs");
// The CLI's update check calls out to the internet on every run; offline it
// only adds delay.
process.env.CHECKPOINT_DISABLE ??= "1";

export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  datasource: { url: process.env.DATABASE_URL ?? "file:./data/hindsight.db" },
});
