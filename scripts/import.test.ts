import { execFile } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { queryRows } from "../test/sql";
import { syntheticJsonl } from "./lib/synthetic-articles";

// The CLI as a newsroom script runs it: a separate process on this test
// file's own migrated database (DATABASE_URL from test/setup-db.ts).
const ROOT = path.resolve(__dirname, "..");
const run = promisify(execFile);

async function importCli(...args: string[]) {
  try {
    const { stdout, stderr } = await run(path.join(ROOT, "node_modules/.bin/tsx"), ["--conditions=react-server", "scripts/import.ts", ...args], {
      cwd: ROOT,
      env: { ...process.env },
    });
    return { code: 0, out: stdout + stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, out: e.stdout + e.stderr };
  }
}

/** stdout and stderr apart; stderr is a pipe here, as in CI, not a terminal. */
async function importCliStreams(...args: string[]) {
  const { stdout, stderr } = await run(path.join(ROOT, "node_modules/.bin/tsx"), ["--conditions=react-server", "scripts/import.ts", ...args], {
    cwd: ROOT,
    env: { ...process.env },
    maxBuffer: 64 * 1024 * 1024,
  });
  return { stdout, stderr };
}

async function articleCount() {
  const [row] = await queryRows<{ n: number | string }>('SELECT COUNT(*) AS n FROM "Article"');
  return Number(row!.n);
}

describe("npm run import", () => {
  it("imports the seed files with their header dates, then reports them as duplicates", async () => {
    const first = await importCli("seeds/000_f94b17f3090b845b.txt", "seeds/003_0a268e9d4ae5c4e2.txt", "--outlet", "CLI outlet");
    expect(first.code).toBe(0);
    expect(first.out).toMatch(/created/i);
    expect(await articleCount()).toBe(2);

    const again = await importCli("seeds/000_f94b17f3090b845b.txt", "--outlet", "CLI outlet");
    expect(again.code).toBe(0);
    expect(again.out).toMatch(/duplicate/i);
    expect(await articleCount()).toBe(2);
  });

  it("refuses a JSON Lines file with a bad line, names the line, and writes nothing", async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "hindsight-cli-"));
    const file = path.join(dir, "batch.jsonl");
    writeFileSync(
      file,
      [JSON.stringify({ outlet: "Wire", publishedAt: "2024-08-01", text: "Fine." }), JSON.stringify({ outlet: "Wire", text: "No date." })].join("\n"),
    );
    const before = await articleCount();
    const result = await importCli(file);
    expect(result.code).toBe(1);
    expect(result.out).toMatch(/line 2/i);
    expect(await articleCount()).toBe(before);
  });

  it("explains its usage when no file is given", async () => {
    const result = await importCli();
    expect(result.code).toBe(2);
    expect(result.out).toContain("Usage: npm run import");
  });

  it("imports a file over the desk's 5 MiB limit and, off a terminal, prints plain progress lines on stderr", async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "hindsight-cli-"));
    const file = path.join(dir, "large.jsonl");
    writeFileSync(file, syntheticJsonl(1_600, 42)); // ~6 MiB
    const before = await articleCount();
    const { stdout, stderr } = await importCliStreams(file);
    expect(await articleCount()).toBe(before + 1_600);
    expect(stdout).toContain("1600 articles created, 0 duplicates skipped (1 file).");
    // Lines, not a redrawn bar: no carriage returns or terminal escapes.
    expect(stderr).not.toMatch(/[\r\u001b]/);
    const lines = stderr.split("\n").filter((l) => /^(Reading|Finding|Writing|Indexing)/.test(l));
    expect(lines[0]).toBe("Reading and checking: 0/1,600 articles (0%)");
    for (const phase of ["Reading and checking", "Finding duplicates", "Writing"]) {
      expect(lines.filter((l) => l.startsWith(`${phase}: 1,600/1,600 articles (100%), `) && / done in \d/.test(l))).toHaveLength(1);
    }
  });
});
