import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { RANK_FEATURES } from "../rank-features";
import { MATCH_FEATURES } from "../rumor-match";

// Training (`npm run train:suggest`) takes about a minute on the FNC-1 CSVs,
// too long for a unit test: it records the checksums of what it wrote, and
// this test checks the committed weights are exactly those.
const read = (name: string) => readFileSync(path.join(__dirname, name), "utf8");
const sha = (text: string) => createHash("sha256").update(text).digest("hex");
const record = JSON.parse(read("training.json"));

describe("committed model weights", () => {
  it("are what npm run train:suggest wrote", () => {
    expect(sha(read("rank-weights.json"))).toBe(record.rank.sha256);
    expect(sha(read("match-weights.json"))).toBe(record.match.sha256);
  });

  it("name the features the code computes, and keep likely above possible", () => {
    const rank = JSON.parse(read("rank-weights.json"));
    const match = JSON.parse(read("match-weights.json"));
    expect(rank.features).toEqual([...RANK_FEATURES]);
    expect(match.features).toEqual([...MATCH_FEATURES]);
    expect(match.likely).toBeGreaterThanOrEqual(match.possible);
    expect(match.likely).toBe(record.match.likely);
  });

  it("are small", () => {
    expect(read("rank-weights.json").length + read("match-weights.json").length).toBeLessThan(4096);
  });
});
