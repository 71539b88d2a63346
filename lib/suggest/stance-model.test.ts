import { describe, expect, it } from "vitest";
import { predict, type StanceModel } from "./stance-model";

// Two features, linear: feature 0 votes supports, feature 1 contradicts.
const model: StanceModel = {
  version: 1,
  classes: ["supports", "contradicts", "mentions"],
  features: ["a", "b"],
  vocabulary: { head: [], top: ["hoax"], body: [] },
  layers: [
    {
      w: [
        [2, 0, 0],
        [0, 2, 0],
      ],
      b: [0, 0, 0.5],
    },
  ],
  offsets: [0, 0, 0],
};

describe("stance model forward pass", () => {
  it("gives probabilities that sum to one and picks the largest", () => {
    const { probs, best } = predict(model, [1, 0]);
    expect(probs.reduce((a, v) => a + v, 0)).toBeCloseTo(1, 12);
    expect(best).toBe(0);
    expect(predict(model, [0, 0]).best).toBe(2);
  });

  it("applies the tuned offsets before deciding", () => {
    expect(predict(model, [0, 0.2]).best).toBe(2);
    expect(predict({ ...model, offsets: [0, 0.5, 0] }, [0, 0.2]).best).toBe(1);
  });

  it("adds the rows of the words present", () => {
    const withWord: StanceModel = {
      ...model,
      layers: [
        {
          w: [
            [2, 0, 0],
            [0, 2, 0],
            [0, 3, 0],
          ],
          b: [0, 0, 0.5],
        },
      ],
    };
    expect(predict(withWord, [0, 0]).best).toBe(2);
    expect(predict(withWord, [0, 0], [2]).best).toBe(1);
  });

  it("runs hidden layers through tanh", () => {
    const deep: StanceModel = {
      ...model,
      layers: [
        { w: [[1], [-1]], b: [0] },
        { w: [[3, -3, 0]], b: [0, 0, 0] },
      ],
    };
    expect(predict(deep, [2, 0]).best).toBe(0);
    expect(predict(deep, [0, 2]).best).toBe(1);
  });
});
