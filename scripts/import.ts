// npm run import -- <file> [more files] [--outlet NAME] [--date YYYY-MM-DD] [--title T] [--url U]
//
// Imports through the same server code as the desk's upload form, as one
// all-or-nothing batch. Runs with --conditions=react-server so that
// `import "server-only"` resolves to its empty module.
import "dotenv/config";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { parseArgs } from "node:util";
import { cliProgress } from "./lib/import-progress";
import { DEFAULT_DATABASE_URL, fail, requireMigratedSqlite, sqliteFile } from "./lib/cli";

// A file is read into one string: well below V8's limit on string length,
// and far above the desk's upload limit (a 20,000-article file is ~75 MiB).
const CLI_MAX_BYTES = 256 * 1024 * 1024;

const USAGE = `Usage: npm run import -- <file> [more files] [options]

Files: .jsonl/.ndjson (JSON Lines, one article per line), .txt or .md (one article each).
Options (fill what a file does not say itself):
  --outlet NAME          outlet name
  --outlet-domain HOST   outlet's domain, e.g. example.com
  --date YYYY-MM-DD      publication date (a file's " date YYYY-MM-DD" header is used otherwise)
  --title TEXT           title (default: the Markdown heading or the first sentence)
  --url URL              the article's address
Database: DATABASE_URL (default ${DEFAULT_DATABASE_URL}); run "npm run db:migrate" first.
Progress goes to stderr: a bar per phase on a terminal, a line every 5 seconds otherwise.`;

async function main() {
  let args;
  try {
    args = parseArgs({
      allowPositionals: true,
      options: {
        outlet: { type: "string" },
        "outlet-domain": { type: "string" },
        date: { type: "string" },
        title: { type: "string" },
        url: { type: "string" },
        help: { type: "boolean", short: "h" },
      },
    });
  } catch (error) {
    fail(`${error instanceof Error ? error.message : String(error)}\n\n${USAGE}`, 2);
  }
  if (args.values.help) return console.log(USAGE);
  if (args.positionals.length === 0) fail(`No file given.\n\n${USAGE}`, 2);

  requireMigratedSqlite("import again");

  const { values } = args;
  const defaults = { outlet: values.outlet, outletDomain: values["outlet-domain"], publishedAt: values.date, title: values.title, url: values.url };
  const files = [];
  // npm runs scripts from the project root; paths are meant from where the command was typed.
  const base = process.env.INIT_CWD ?? process.cwd();
  for (const name of args.positionals) {
    const content = await readFile(path.resolve(base, name)).catch((error: NodeJS.ErrnoException) =>
      fail(error.code === "ENOENT" ? `No such file: ${name}` : `Cannot read ${name}: ${error.message}`),
    );
    files.push({ name, content, defaults });
  }

  const { importArticleFiles } = await import("@/server/articles/import-files");
  const { AppError } = await import("@/server/platform/errors");
  const { db } = await import("@/server/platform/db");
  const progress = cliProgress(process.stderr, { intervalMs: Number(process.env.HINDSIGHT_PROGRESS_INTERVAL_MS) || 5_000 });
  try {
    const report = await importArticleFiles(files, null, { onProgress: progress.update, maxBytes: CLI_MAX_BYTES });
    progress.stop();
    for (const item of report.items) console.log(`${item.status.padEnd(9)}  ${item.id}  ${item.title}`);
    const s = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;
    console.log(`\n${s(report.created, "article")} created, ${s(report.duplicates, "duplicate")} skipped (${s(files.length, "file")}).`);
  } catch (error) {
    progress.stop();
    if (error instanceof AppError) {
      const listed = (error.details as { errors?: { file?: string; line?: number; message: string }[] } | undefined)?.errors ?? [];
      const lines = listed.length > 1 ? listed.map((e) => `  ${e.file ? e.file + ": " : ""}${e.line ? `line ${e.line}: ` : ""}${e.message}`) : [];
      const keys = Object.keys(error.fields ?? {}).join(" ");
      const hint = /(^|\.)outlet\b/.test(keys) && !values.outlet ? ["Give the outlet with --outlet NAME."] : [];
      fail([`Error: ${error.message}`, ...lines, ...hint].join("\n"));
    }
    if (/does not exist in the current database|no such table/i.test(String(error))) {
      fail(`The database at ${sqliteFile() ?? "DATABASE_URL"} is not migrated. Run "npm run db:migrate", then import again.`);
    }
    throw error;
  } finally {
    await db.$disconnect();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
