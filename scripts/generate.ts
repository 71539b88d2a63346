// npm run db:generate -- --claims 100000 --articles 20000 [--rumors N] [--events N] [--outlets N] [--seed N] [--reset]
//
// Fills the database DATABASE_URL names (SQLite file or PostgreSQL) with a
// realistic synthetic world for benchmarks and for trying the app at size
// (scripts/synthetic/). Runs with --conditions=react-server so that
// `import "server-only"` resolves to its empty module.
import { config } from "dotenv";
import { parseArgs } from "node:util";
import { DEFAULT_DATABASE_URL, fail, requireMigratedSqlite } from "./lib/cli";

// .env must be loaded before the data layer reads DATABASE_URL at import time.
config({ quiet: true });

const USAGE = `Usage: npm run db:generate -- --claims N --articles N [options]

Fills the database with synthetic outlets, events, articles, rumors, claims,
evidence and verdicts that obey the app's rules (quotes at their stored spans,
pre-/post-event dates, verdict histories, stances), deterministic for a given
seed. Each rumor appears in 1 to 30 articles (most in a few): the earliest is
its origin, later ones relay it, hedge it or deny it.
  --claims N      claims to create (required)
  --articles N    articles to create (required)
  --rumors N      rumors the claims belong to (default: claims / 4; kept
                  between claims / 30 and claims)
  --events N      events (default: claims / 100, at least 3)
  --outlets N     outlets (default: articles / 250, at least 3)
  --seed N        random seed (default 1): the same seed gives the same data
  --reset         delete the existing outlets, articles, events, claims,
                  evidence and verdicts first (accounts are kept); without it
                  a database that holds any is left alone
Database: DATABASE_URL (default ${DEFAULT_DATABASE_URL}); run "npm run db:migrate" first.`;

function count(name: string, value: string | undefined, required: boolean): number | undefined {
  if (value === undefined) {
    if (required) fail(`--${name} is required.\n\n${USAGE}`, 2);
    return undefined;
  }
  if (!/^\d+$/.test(value.replace(/_/g, ""))) fail(`--${name} must be a whole number, not “${value}”.`, 2);
  return Number(value.replace(/_/g, ""));
}

async function main() {
  let args;
  try {
    args = parseArgs({
      options: {
        claims: { type: "string" },
        articles: { type: "string" },
        rumors: { type: "string" },
        events: { type: "string" },
        outlets: { type: "string" },
        seed: { type: "string" },
        reset: { type: "boolean" },
        help: { type: "boolean", short: "h" },
      },
    });
  } catch (error) {
    fail(`${error instanceof Error ? error.message : String(error)}\n\n${USAGE}`, 2);
  }
  const { values } = args;
  if (values.help) return console.log(USAGE);
  const claims = count("claims", values.claims, true)!;
  const articles = count("articles", values.articles, true)!;
  if (articles < 1) fail("--articles must be at least 1.", 2);
  const events = count("events", values.events, false);
  if (events !== undefined && (events < 1 || events > articles)) fail("--events must be between 1 and the number of articles.", 2);
  const outlets = count("outlets", values.outlets, false);
  if (outlets !== undefined && outlets < 1) fail("--outlets must be at least 1.", 2);

  requireMigratedSqlite("run this again");

  const { loadSyntheticData, ExistingDataError } = await import("./synthetic/load");
  const { db } = await import("@/server/platform/db");
  try {
    const report = await loadSyntheticData({
      claims,
      articles,
      rumors: count("rumors", values.rumors, false),
      events,
      outlets,
      seed: count("seed", values.seed, false),
      reset: values.reset ?? false,
      log: (line) => console.log(line),
    });
    const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
    console.log(
      [
        `Done in ${s(report.ms)}:`,
        `  outlets   ${report.outlets}`,
        `  events    ${report.events}`,
        `  articles  ${report.articles}`,
        `  rumors    ${report.rumors}`,
        `  claims    ${report.claims} (${report.published} published)`,
        `  evidence  ${report.evidence}`,
        `  verdicts  ${report.verdicts}`,
        `  time      ${Object.entries(report.phases)
          .map(([k, v]) => `${k} ${s(v)}`)
          .join(", ")}`,
      ].join("\n"),
    );
  } catch (error) {
    if (error instanceof ExistingDataError) fail(error.message);
    if (/does not exist in the current database|no such table|no such column|does not exist/i.test(String(error))) {
      fail(`The database is not migrated (or behind). Run "npm run db:migrate", then run this again.\n${String(error).split("\n")[0]}`);
    }
    throw error;
  } finally {
    await db.$disconnect();
  }
}

main().catch((error: unknown) => {
  console.error("Generating failed:", error instanceof Error ? (error.stack ?? error.message) : error);
  process.exitCode = 1;
});
