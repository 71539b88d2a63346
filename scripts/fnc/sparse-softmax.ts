// Multinomial logistic regression on sparse rows: full-batch Adam with L2 per
// column and class weights. Written here rather than taken from TensorFlow.js
// (which we tried first, see docs/suggestions.md#stance): our inputs are ~90
// named features plus ~1,400 word columns of which a row sets a few hundred,
// and dense tensors made one training run take over ten minutes on the shared
// machine; over sparse rows it takes seconds. No randomness: weights start at
// zero and every step uses all rows in a fixed order, so the same examples
// always give the same weights.
export type SparseRow = { idx: number[]; val: number[] };
export type Layer = { w: number[][]; b: number[] };
export type FitOptions = {
  /** L2 per column (on the standardised scale). */
  l2: number[];
  /** Columns from here on (0/1 words) are not standardised. */
  scaleFrom: number;
  steps: number;
  rate: number;
  classWeights: number[];
};

export function fitSoftmax(rows: SparseRow[], y: number[], dims: number, classes: number, o: FitOptions): Layer {
  const n = rows.length;
  const K = classes;
  // Named features are divided by their standard deviation so one L2 suits
  // them all (the bias absorbs their means; rows stay sparse); the division is
  // folded into the weights at the end.
  const mean = new Float64Array(dims);
  const sq = new Float64Array(dims);
  for (const r of rows) {
    r.idx.forEach((j, q) => {
      mean[j] = mean[j]! + r.val[q]!;
      sq[j] = sq[j]! + r.val[q]! ** 2;
    });
  }
  const std = new Float64Array(dims).fill(1);
  for (let j = 0; j < o.scaleFrom; j++) std[j] = Math.sqrt(Math.max(sq[j]! / n - (mean[j]! / n) ** 2, 0)) || 1;
  const z = (r: SparseRow, W: Float64Array, b: Float64Array) => {
    const s = Array.from(b);
    r.idx.forEach((j, q) => {
      const v = r.val[q]! / std[j]!;
      for (let k = 0; k < K; k++) s[k]! += v * W[j * K + k]!;
    });
    return s;
  };
  const W = new Float64Array(dims * K);
  const b = new Float64Array(K);
  const m = { W: new Float64Array(dims * K), b: new Float64Array(K) };
  const v = { W: new Float64Array(dims * K), b: new Float64Array(K) };
  const weightOf = y.map((c) => o.classWeights[c]!);
  const total = weightOf.reduce((a, x) => a + x, 0);
  const gW = new Float64Array(dims * K);
  const gb = new Float64Array(K);
  for (let t = 1; t <= o.steps; t++) {
    gW.fill(0);
    gb.fill(0);
    for (let i = 0; i < n; i++) {
      const r = rows[i]!;
      const s = z(r, W, b);
      const max = Math.max(...s);
      const e = s.map((x) => Math.exp(x - max));
      const sum = e.reduce((a, x) => a + x, 0);
      for (let k = 0; k < K; k++) {
        const d = (weightOf[i]! / total) * (e[k]! / sum - (y[i] === k ? 1 : 0));
        gb[k]! += d;
        r.idx.forEach((j, q) => (gW[j * K + k]! += (d * r.val[q]!) / std[j]!));
      }
    }
    for (let j = 0; j < dims; j++) for (let k = 0; k < K; k++) gW[j * K + k]! += 2 * o.l2[j]! * W[j * K + k]!;
    adam(W, gW, m.W, v.W, o.rate, t);
    adam(b, gb, m.b, v.b, o.rate, t);
  }
  // Back to raw inputs: w' = w / std.
  return {
    w: Array.from({ length: dims }, (_, j) => Array.from({ length: K }, (_, k) => W[j * K + k]! / std[j]!)),
    b: Array.from(b),
  };
}

function adam(p: Float64Array, g: Float64Array, m: Float64Array, v: Float64Array, rate: number, t: number) {
  const b1 = 0.9;
  const b2 = 0.999;
  const lr = (rate * Math.sqrt(1 - b2 ** t)) / (1 - b1 ** t);
  for (let i = 0; i < p.length; i++) {
    m[i] = b1 * m[i]! + (1 - b1) * g[i]!;
    v[i] = b2 * v[i]! + (1 - b2) * g[i]! ** 2;
    p[i]! -= (lr * m[i]!) / (Math.sqrt(v[i]!) + 1e-8);
  }
}
