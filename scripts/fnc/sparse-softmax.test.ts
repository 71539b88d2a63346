import { describe, expect, it } from "vitest";
import { fitSoftmax, type SparseRow } from "./sparse-softmax";

// Three separable classes: column 0 marks class 0, column 1 class 1, and a
// word column (2, unscaled) marks class 2.
const rows: SparseRow[] = [];
const y: number[] = [];
for (let i = 0; i < 30; i++) {
  const k = i % 3;
  rows.push(k === 2 ? { idx: [2], val: [1] } : { idx: [k], val: [2 + (i % 5) * 0.1] });
  y.push(k);
}
const opts = { l2: [1e-3, 1e-3, 1e-3], scaleFrom: 2, steps: 200, rate: 0.1, classWeights: [1, 1, 1] };
const classify = (w: number[][], b: number[], x: number[]) => {
  const z = b.map((bk, k) => bk + x.reduce((a, v, j) => a + v * w[j]![k]!, 0));
  return z.indexOf(Math.max(...z));
};

describe("sparse softmax regression", () => {
  it("learns separable classes on raw inputs (the scaling is folded back)", () => {
    const { w, b } = fitSoftmax(rows, y, 3, 3, opts);
    expect(classify(w, b, [2, 0, 0])).toBe(0);
    expect(classify(w, b, [0, 2, 0])).toBe(1);
    expect(classify(w, b, [0, 0, 1])).toBe(2);
  });

  it("is deterministic", () => {
    expect(fitSoftmax(rows, y, 3, 3, opts)).toEqual(fitSoftmax(rows, y, 3, 3, opts));
  });

  it("weighs classes: a heavy class wins an ambiguous row", () => {
    const mixed: SparseRow[] = [...rows, { idx: [0, 1], val: [2, 2] }, { idx: [0, 1], val: [2, 2] }];
    const labels = [...y, 0, 1];
    const favour = (k: number) => fitSoftmax(mixed, labels, 3, 3, { ...opts, classWeights: k === 0 ? [5, 1, 1] : [1, 5, 1] });
    const a = favour(0);
    const c = favour(1);
    expect(classify(a.w, a.b, [2, 2, 0])).toBe(0);
    expect(classify(c.w, c.b, [2, 2, 0])).toBe(1);
  });
});
