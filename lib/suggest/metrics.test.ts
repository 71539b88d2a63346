import { describe, expect, it } from "vitest";
import { evaluate } from "./metrics";

describe("evaluate", () => {
  it("computes recall@k, MRR and per-class stance F1", () => {
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
  });
});
