import type { Stance } from "./stance";
import type { Vocabulary } from "./stance-words";

// The stance model as the app runs it: the committed weights file
// (`model/stance-weights.json`, written by `npm run train:suggest:stance`) and
// a forward pass over raw features. Training standardised the inputs and
// folded the scaling into the first layer, so this is a few dot products:
// microseconds per passage, no library at run time.
type StanceLayer = { w: number[][]; b: number[] };
export type StanceModel = {
  version: 1;
  classes: Stance[];
  features: string[];
  /** Words whose presence is a feature (rows after the named features, in head, top, body order). */
  vocabulary: Vocabulary;
  /** Hidden layers use tanh; the last layer gives the class scores. */
  layers: StanceLayer[];
  /** Added to the log-probabilities before the argmax (tuned on dev folds for per-class F1). */
  offsets: number[];
};

/**
 * Class probabilities (in `model.classes` order) and the decided class after
 * offsets, for the named features `x` plus the rows of the words present
 * (`words`, each worth 1).
 */
export function predict(model: StanceModel, x: number[], words: number[] = []): { probs: number[]; best: number } {
  let h = x;
  for (let i = 0; i < model.layers.length; i++) {
    const { w, b } = model.layers[i]!;
    const out = b.slice();
    if (i === 0) for (const j of words) for (let k = 0; k < out.length; k++) out[k]! += w[j]![k]!;
    for (let j = 0; j < h.length; j++) {
      const v = h[j]!;
      if (v === 0) continue;
      const row = w[j]!;
      for (let k = 0; k < out.length; k++) out[k]! += v * row[k]!;
    }
    h = i < model.layers.length - 1 ? out.map(Math.tanh) : out;
  }
  const max = Math.max(...h);
  const e = h.map((v) => Math.exp(v - max));
  const sum = e.reduce((a, v) => a + v, 0);
  const probs = e.map((v) => v / sum);
  let best = 0;
  for (let k = 1; k < probs.length; k++) {
    if (Math.log(probs[k]!) + model.offsets[k]! > Math.log(probs[best]!) + model.offsets[best]!) best = k;
  }
  return { probs, best };
}
