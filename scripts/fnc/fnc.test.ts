import { spawnSync } from "node:child_process";
import { mkdtempSync, renameSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { headlinesOf, loadFnc } from "./load";
import { matchMetrics } from "./match-metrics";

// A tiny FNC-1-shaped corpus: six rumors of two bodies and three headlines
// each; groups g1, g3, g5 fall in dev and g15, g19, g21 in heldout (by the
// loader's hash).
const TOPICS: [number, string, string[], string[]][] = [
  [
    1,
    "volcano",
    ["Mount Kessel erupted on Tuesday, covering Varna in ash.", "Ash from Mount Kessel closed the Varna airport."],
    ["Mount Kessel eruption covers Varna in ash", "Varna airport shut as Kessel volcano erupts", "Kessel volcano: ash cloud over Varna"],
  ],
  [
    3,
    "whale",
    ["A blue whale was stranded on Ostend beach; rescuers refloated it.", "Rescuers at Ostend refloated the stranded blue whale at dawn."],
    ["Blue whale stranded on Ostend beach", "Ostend rescuers refloat blue whale", "Stranded whale saved at Ostend"],
  ],
  [
    5,
    "merger",
    ["Corvane agreed to buy Helix Labs for $4 billion.", "The Corvane deal for Helix Labs needs approval from regulators."],
    ["Corvane to buy Helix Labs for $4bn", "Helix Labs sold to Corvane", "Regulators to review Corvane Helix deal"],
  ],
  [
    15,
    "robot",
    ["A robot waiter at the Lumen cafe in Pembury served 300 customers.", "The Lumen cafe robot waiter broke down after a week in Pembury."],
    ["Robot waiter serves 300 at Pembury cafe", "Lumen cafe robot waiter breaks down", "Pembury robot waiter: the Lumen cafe experiment"],
  ],
  [
    19,
    "bridge",
    ["The Stonebridge river crossing collapsed after floods, officials said.", "Engineers blamed floods for the Stonebridge crossing collapse."],
    ["Stonebridge river crossing collapses", "Floods bring down Stonebridge crossing", "Stonebridge collapse blamed on floods"],
  ],
  [
    21,
    "meteor",
    ["A meteorite left a crater near Managua airport, the government said.", "Experts studied the Managua meteorite crater on Sunday."],
    ["Meteorite leaves crater near Managua airport", "Managua crater was made by a meteorite", "Experts study Managua meteorite crater"],
  ],
];

function fixture() {
  const dir = mkdtempSync(path.join(os.tmpdir(), "fnc-"));
  const q = (s: string) => `"${s.replace(/"/g, '""')}"`;
  const bodies = ["Body ID,articleBody", ...TOPICS.flatMap(([id, , texts]) => texts.map((t, k) => `${id + k},${q(t)}`))];
  const stances = ["Headline,Body ID,Stance"];
  TOPICS.forEach(([id, , , heads], i) => {
    const other = TOPICS[(i + 1) % TOPICS.length]![0];
    heads.forEach((h, k) => stances.push(`${q(h)},${id},agree`, `${q(h)},${id + 1},${k === 2 ? "disagree" : "discuss"}`, `${q(h)},${other},unrelated`));
  });
  writeFileSync(path.join(dir, "train_bodies.csv"), bodies.join("\n"));
  writeFileSync(path.join(dir, "train_stances.csv"), stances.join("\n"));
  return dir;
}

const ROOT = path.resolve(__dirname, "../..");
const tsx = (script: string, args: string[]) =>
  spawnSync(path.join(ROOT, "node_modules/.bin/tsx"), [script, ...args], { cwd: ROOT, encoding: "utf8", timeout: 120_000 });

describe("FNC-1 evaluations", () => {
  const dir = fixture();

  it("the fixture splits by group", () => {
    const data = loadFnc(dir);
    expect(headlinesOf(data, "dev")).toHaveLength(9);
    expect(headlinesOf(data, "heldout")).toHaveLength(9);
  });

  it("eval:suggest --fnc ranks every body for each headline, with both baselines and stance", () => {
    const out = tsx("scripts/eval-suggest.ts", ["--fnc", dir, "--split", "heldout"]);
    expect(out.status).toBe(0);
    expect(out.stdout).toContain("9 headlines × 12 bodies");
    // Each headline's own rumor is easy here: every ranker puts a related body first.
    for (const name of ["hindsight", "TF-IDF cosine", "BM25 \\(whole body\\)"])
      expect(out.stdout).toMatch(new RegExp(`\\| ${name} \\| 1\\.000 \\| 1\\.000 \\| 1\\.000 \\|`));
    expect(out.stdout).toMatch(/\| supports \| \d+ \| \d+ \| \d+ \| 0 \|/);
  });

  it("eval:suggest --fnc --split all ranks every headline of a corpus in the challenge's test-file names", () => {
    const other = fixture();
    renameSync(path.join(other, "train_bodies.csv"), path.join(other, "competition_test_bodies.csv"));
    renameSync(path.join(other, "train_stances.csv"), path.join(other, "competition_test_stances.csv"));
    const out = tsx("scripts/eval-suggest.ts", ["--fnc", other, "--split", "all"]);
    expect(out.status).toBe(0);
    expect(out.stdout).toContain("18 headlines × 12 bodies");
  });

  it("a folder without the CSVs is refused with what it holds", () => {
    const empty = mkdtempSync(path.join(os.tmpdir(), "fnc-empty-"));
    writeFileSync(path.join(empty, "notes.txt"), "");
    expect(() => loadFnc(empty)).toThrow(/expected train_bodies\.csv and train_stances\.csv, or exactly one \*bodies\.csv \(found none\)/);
  });

  it("eval:suggest --fnc --limit samples headlines", () => {
    const out = tsx("scripts/eval-suggest.ts", ["--fnc", dir, "--split", "dev", "--limit", "4", "--seed", "3"]);
    expect(out.status).toBe(0);
    expect(out.stdout).toContain("4 headlines × 12 bodies");
  });

  it("eval:match runs the protocol for our matcher and TF-IDF nearest headline", () => {
    const out = tsx("scripts/eval-match.ts", ["--fnc", dir, "--split", "heldout"]);
    expect(out.status).toBe(0);
    expect(out.stdout).toContain("9 arriving headlines (6 with a match, 3 new rumors)");
    expect(out.stdout).toMatch(/\| hindsight \| 1\.000 \|/);
    expect(out.stdout).toMatch(/\| TF-IDF nearest headline \| /);
  });
});

describe("matchMetrics", () => {
  it("counts accuracy over arrivals with a match, likely precision over flagged top matches", () => {
    const m = matchMetrics([
      { group: "a", hasMatch: true, ranked: [{ id: "a", likely: true }] },
      {
        group: "b",
        hasMatch: true,
        ranked: [
          { id: "x", likely: true },
          { id: "b", likely: false },
        ],
      },
      { group: "c", hasMatch: false, ranked: [{ id: "a", likely: true }] },
      { group: "d", hasMatch: false, ranked: [] },
    ]);
    expect(m.acc1).toBe(0.5);
    expect(m.acc5).toBe(1);
    expect(m.likelyPrecision).toBeCloseTo(1 / 3);
    expect(m.likelyRecall).toBe(0.5);
    expect([m.newLikely, m.newRumors]).toEqual([1, 2]);
  });
});
