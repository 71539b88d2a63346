import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = path.resolve(__dirname, "..");
const run = (file: string) =>
  spawnSync(path.join(ROOT, "node_modules/.bin/tsx"), ["scripts/eval-suggest.ts", file], { cwd: ROOT, encoding: "utf8", timeout: 60_000 });

describe("npm run eval:suggest", () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), "eval-suggest-"));
  const articles = [
    { id: "a", text: "The singer headlined the halftime show on Sunday." },
    { id: "b", text: "The council approved a budget for parks." },
    { id: "c", text: "The tram line did not open on time; it was delayed to October." },
  ];

  it("prints recall, MRR and stance F1 for both rankers from a labeled JSON Lines file", () => {
    const file = path.join(dir, "set.jsonl");
    writeFileSync(
      file,
      [
        { claim: "The singer will headline the halftime show.", articles, labels: { a: "supports", b: "unrelated", c: "unrelated" } },
        { claim: { statement: "The tram line will open on time.", quote: "the new tram line opens in June" }, articles, labels: { c: "contradicts" } },
      ]
        .map((l) => JSON.stringify(l))
        .join("\n"),
    );
    const out = run(file);
    expect(out.status).toBe(0);
    expect(out.stdout).toContain("2 claims");
    expect(out.stdout).toMatch(/suggest\s+1\.000\s+1\.000\s+1\.000\s+1\.000\s+1\.000/);
    expect(out.stdout).toMatch(/tf-idf\s+/);
  });

  it("names the line of a malformed file", () => {
    const file = path.join(dir, "bad.jsonl");
    writeFileSync(file, '{"claim": "x", "articles": [], "labels": {}}\n{oops\n');
    const out = run(file);
    expect(out.status).toBe(1);
    expect(out.stderr).toContain("bad.jsonl:2 is not valid JSON");
  });
});
