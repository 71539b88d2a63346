import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = path.resolve(__dirname, "../..");
const dir = mkdtempSync(path.join(os.tmpdir(), "eval-candidates-"));
const body = "The council met on Tuesday. The company will open a store next year, sources said.";
writeFileSync(path.join(dir, "train_bodies.csv"), `Body ID,articleBody\n7,"${body}"\n`);
writeFileSync(path.join(dir, "train_stances.csv"), "Headline,Body ID,Stance\nStore to open,7,discuss\n");
const line = (start: number, end: number, candidate: boolean, tier: string | null, attributedTo: string | null) =>
  JSON.stringify({
    id: `b7:${start}`,
    source: "body",
    bodyId: "7",
    headline: null,
    start,
    end,
    text: body.slice(start, end),
    group: "g7",
    split: "dev",
    candidate,
    tier,
    attributedTo,
    sample: "balanced",
  });
const labels = path.join(dir, "labels.jsonl");
writeFileSync(labels, [line(0, 27, false, null, null), line(28, body.length, true, "unnamed_source", "sources")].join("\n"));

const run = (...args: string[]) =>
  spawnSync(path.join(ROOT, "node_modules/.bin/tsx"), ["scripts/candidates-eval/eval.ts", "--labels", labels, ...args], {
    cwd: ROOT,
    encoding: "utf8",
    env: { ...process.env, FNC_DIR: dir },
    timeout: 60_000,
  });

describe("npm run eval:candidates", () => {
  it("prints detection, tier and attribution figures and the confusion matrix", () => {
    const out = run("--split", "dev");
    expect(out.stderr).toBe("");
    expect(out.stdout).toContain("2 sentences, 1 labelled candidates");
    expect(out.stdout).toMatch(/precision 1\.000 {2}recall 1\.000/);
    expect(out.stdout).toMatch(/tier {7}accuracy 1\.000 on 1 detected/);
    expect(out.stdout).toMatch(/unnamed_source\s+0\s+0\s+1\s+0\s+0/);
  });

  it("refuses to list errors on the held-out split", () => {
    const out = run("--split", "heldout", "--errors");
    expect(out.status).toBe(1);
    expect(out.stderr).toContain("dev split only");
  });

  it("stops when a labelled sentence is not at its offsets", () => {
    writeFileSync(path.join(dir, "bad.jsonl"), line(0, 27, false, null, null).replace("council", "cabinet"));
    const out = spawnSync(
      path.join(ROOT, "node_modules/.bin/tsx"),
      ["scripts/candidates-eval/eval.ts", "--labels", path.join(dir, "bad.jsonl"), "--split", "dev"],
      {
        cwd: ROOT,
        encoding: "utf8",
        env: { ...process.env, FNC_DIR: dir },
      },
    );
    expect(out.status).not.toBe(0);
    expect(out.stderr).toContain("not at its offsets");
  });
});
