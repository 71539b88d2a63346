// `npm run db:seed`: loads the curated demo into an empty database and leaves
// a database that already holds articles or events alone, so it is safe to
// run on every start (scripts/prepare-db.mjs does).
import { config } from "dotenv";

// .env must be loaded before the data layer reads DATABASE_URL at import
// time, hence the dynamic import below.
config({ quiet: true });

async function main() {
  const { describeSummary, seedDemo } = await import("./seed-demo");
  const { db } = await import("@/server/platform/db");
  try {
    console.log(describeSummary(await seedDemo()));
  } finally {
    await db.$disconnect();
  }
}

main().catch((error: unknown) => {
  console.error("Seeding failed:", error instanceof Error ? (error.stack ?? error.message) : error);
  process.exitCode = 1;
});
