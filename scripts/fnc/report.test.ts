import { describe, expect, it } from "vitest";
import { formatScores, score } from "./report";

describe("stance scores", () => {
  it("counts the confusion matrix and per-class precision, recall and F1", () => {
    const s = score(["supports", "supports", "contradicts", "mentions"], ["supports", "mentions", "contradicts", "supports"]);
    expect(s.confusion).toEqual([
      [1, 0, 1],
      [0, 1, 0],
      [1, 0, 0],
    ]);
    expect(s.p).toEqual([0.5, 1, 0]);
    expect(s.r).toEqual([0.5, 1, 0]);
    expect(s.f1).toEqual([0.5, 1, 0]);
    expect(s.accuracy).toBe(0.5);
    expect(formatScores("t", s)).toContain("contradicts  1.000     1.000   1.000");
  });
});
