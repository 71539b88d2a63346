import { describe, expect, it } from "vitest";
import { evaluate, recallAt } from "./metrics";

describe("evaluate", () => {
  it("computes recall@k, MRR, per-class stance F1 and the confusion matrix", () => {
    const m = evaluate([
      { ranking: ["a", "b"], stances: new Map([["a", "supports"]]), labels: { a: "supports", b: "unrelated" } },
      { ranking: ["x", "y", "z"], stances: new Map([["z", "supports"]]), labels: { x: "unrelated", y: "unrelated", z: "contradicts" } },
    ]);
    expect(m.recallAt1).toBe(0.5);
    expect(m.recallAt5).toBe(1);
    expect(m.mrr).toBeCloseTo((1 + 1 / 3) / 2);
    // supports: 1 right, 1 wrong guess → P 0.5, R 1; contradicts: missed.
    expect(m.f1.supports).toBeCloseTo(2 / 3);
    expect(m.f1.contradicts).toBe(0);
    expect(m.confusion.contradicts.supports).toBe(1);
    expect(m.confusion.supports.supports).toBe(1);
  });

  it("counts recall@5 as the share of related articles in the top 5, over min(5, related)", () => {
    const related = (id: string) => id.startsWith("r");
    // 2 of 3 related in the top 5 → 2/3; 5 of 8 related in the top 5 → 1.
    expect(recallAt(5, ["r1", "x", "r2", "y", "z", "r3"], related, 3)).toBeCloseTo(2 / 3);
    expect(recallAt(5, ["r1", "r2", "r3", "r4", "r5", "r6"], related, 8)).toBe(1);
    expect(recallAt(1, ["x", "r1"], related, 1)).toBe(0);
    const m = evaluate([{ ranking: ["r1", "x", "y", "z", "w", "r2"], stances: new Map(), labels: { r1: "supports", r2: "mentions" } }]);
    expect(m.recallAt5).toBe(0.5);
    expect(m.confusion.mentions.none).toBe(1);
  });
});
