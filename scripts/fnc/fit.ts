// Fits the logistic models of lib/suggest/learned.ts with ml-logistic-regression
// (batch gradient ascent from zero weights: deterministic), on standardised
// features with an intercept column, and picks thresholds from scored points.
import LogisticRegression from "ml-logistic-regression";
import { Matrix } from "ml-matrix";
import type { LinearModel } from "../../lib/suggest/learned";

export type Example = { x: Record<string, number>; y: 0 | 1 };

const round = (v: number) => Math.round(v * 1e6) / 1e6;

export function fitLogistic(features: readonly string[], examples: Example[], steps = 500): LinearModel {
  const X = examples.map((e) => features.map((f) => e.x[f] ?? 0));
  const mean = features.map((_, j) => X.reduce((s, x) => s + x[j]!, 0) / X.length);
  const std = features.map((_, j) => Math.sqrt(X.reduce((s, x) => s + (x[j]! - mean[j]!) ** 2, 0) / X.length) || 1);
  const Z = X.map((x) => [1, ...x.map((v, j) => (v - mean[j]!) / std[j]!)]);
  // The library sums the gradient over rows: a step of 2/n is a mean-gradient step of 2.
  const lr = new LogisticRegression({ numSteps: steps, learningRate: 2 / Z.length });
  lr.train(new Matrix(Z), Matrix.columnVector(examples.map((e) => e.y)));
  // With two classes, the first one-vs-all model gives P(y = 1).
  const w = (lr.toJSON().classifiers[0] as unknown as { weights: Matrix }).weights.to1DArray();
  return { features, mean: mean.map(round), std: std.map(round), weights: w.slice(1).map(round), bias: round(w[0]!) };
}

/** The lowest score at which the share of right answers above it stays at least `precision`. */
export function thresholdFor(points: { score: number; right: boolean }[], precision: number): number {
  const sorted = [...points].sort((a, b) => b.score - a.score);
  let right = 0;
  let best = 1;
  sorted.forEach((p, i) => {
    if (p.right) right++;
    if (right / (i + 1) >= precision) best = p.score;
  });
  return round(best);
}
