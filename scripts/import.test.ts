import { execFile } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { queryRows } from "../test/sql";

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
    writeFileSync(file, [JSON.stringify({ outlet: "Wire", publishedAt: "2024-08-01", text: "Fine." }), JSON.stringify({ outlet: "Wire", text: "No date." })].join("\n"));
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
});
