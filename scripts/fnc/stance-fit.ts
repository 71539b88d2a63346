// Fits the stance model on dev examples: 5-fold cross-validation by rumor
// group gives out-of-fold probabilities on which the per-class offsets are
// tuned (the classes are imbalanced: argmax alone under-predicts
// `contradicts`); then the final network is trained on all of dev.
import type { Stance } from "../../lib/suggest/stance";
import { predict, type StanceModel } from "../../lib/suggest/stance-model";
import { bagRows, indexVocabulary, type Vocabulary } from "../../lib/suggest/stance-words";
import { CLASSES, score } from "./report";
import { fitSoftmax, type Layer, type SparseRow } from "./sparse-softmax";
import type { StanceExample } from "./stance-examples";

export const STANCE_TRAINING = {
  /** L2 on the (standardised) named features and on the (0/1) words. */
  l2Features: 1e-3,
  l2Words: 3e-3,
  /** A word enters the vocabulary when it occurs in that many rumor groups of dev (half as many for claims). */
  minGroups: 20,
  steps: 300,
  rate: 0.05,
  classWeights: [1, 3, 0.5],
  folds: 5,
};

/** Words that occur across many rumor groups: general wording rather than one story's topic. */
function buildVocabulary(dev: StanceExample[], minGroups = STANCE_TRAINING.minGroups): Vocabulary {
  const vocab = { head: [] as string[], top: [] as string[], body: [] as string[] };
  for (const view of ["head", "top", "body"] as const) {
    const groups = new Map<string, Set<string>>();
    for (const e of dev) {
      for (const w of e.words[view]) {
        let g = groups.get(w);
        if (!g) groups.set(w, (g = new Set()));
        g.add(e.group);
      }
    }
    const min = view === "head" ? minGroups / 2 : minGroups;
    vocab[view] = [...groups]
      .filter(([, g]) => g.size >= min)
      .map(([w]) => w)
      .sort();
  }
  return vocab;
}

function rowsOf(e: StanceExample, index: ReturnType<typeof indexVocabulary>) {
  return bagRows(index, e.words);
}

const round = (x: number) => Math.round(x * 1e5) / 1e5;
const empty: StanceModel = { version: 1, classes: [...CLASSES], features: [], vocabulary: { head: [], top: [], body: [] }, layers: [], offsets: [0, 0, 0] };
const yOf = (e: StanceExample) => CLASSES.indexOf(e.gold);

function decide(probs: number[], offsets: number[]): number {
  let best = 0;
  for (let k = 1; k < probs.length; k++) if (Math.log(probs[k]!) + offsets[k]! > Math.log(probs[best]!) + offsets[best]!) best = k;
  return best;
}

/**
 * Offsets (mentions fixed at 0) that maximise macro-F1 over out-of-fold
 * predictions of the whole hint: where a front rule fires, its decision stands.
 */
function tuneOffsets(gold: Stance[], probs: number[][], front: (Stance | null)[]): number[] {
  let best = { f: -1, offsets: [0, 0, 0] };
  for (let a = -15; a <= 15; a++) {
    for (let b = -15; b <= 15; b++) {
      const offsets = [a / 10, b / 10, 0];
      const s = score(
        gold,
        probs.map((p, i) => front[i] ?? CLASSES[decide(p, offsets)]!),
      );
      const f = s.f1.reduce((x, v) => x + v, 0);
      if (f > best.f + 1e-12) best = { f, offsets };
    }
  }
  return best.offsets;
}

export function fitStanceModel(names: string[], dev: StanceExample[]) {
  const t = STANCE_TRAINING;
  const vocabulary = buildVocabulary(dev);
  const index = indexVocabulary(vocabulary, names.length);
  const dims = names.length + index.size;
  const o = { ...t, scaleFrom: names.length, l2: Array.from({ length: dims }, (_, j) => (j < names.length ? t.l2Features : t.l2Words)) };
  const rows = new Map<StanceExample, SparseRow>();
  for (const e of dev) {
    const row: SparseRow = { idx: [], val: [] };
    e.values.forEach((v, j) => {
      if (v === 0) return;
      row.idx.push(j);
      row.val.push(v);
    });
    for (const r of rowsOf(e, index)) {
      row.idx.push(r);
      row.val.push(1);
    }
    rows.set(e, row);
  }
  const fit = (part: StanceExample[]) =>
    fitSoftmax(
      part.map((e) => rows.get(e)!),
      part.map(yOf),
      dims,
      CLASSES.length,
      o,
    );
  const probsOf = (layer: Layer, e: StanceExample) => predict({ ...empty, vocabulary, layers: [layer] }, e.values, rowsOf(e, index)).probs;
  const groups = [...new Set(dev.map((e) => e.group))].sort();
  const foldOf = new Map(groups.map((g, i) => [g, i % t.folds]));
  const probs = new Map<StanceExample, number[]>();
  for (let k = 0; k < t.folds; k++) {
    const part = dev.filter((e) => foldOf.get(e.group) !== k);
    const layer = fit(part);
    for (const e of dev) if (foldOf.get(e.group) === k) probs.set(e, probsOf(layer, e));
  }
  const offsets = tuneOffsets(
    dev.map((e) => e.gold),
    dev.map((e) => probs.get(e)!),
    dev.map((e) => e.front),
  );
  const layer = fit(dev);
  const model: StanceModel = {
    version: 1,
    classes: [...CLASSES],
    features: names,
    vocabulary,
    layers: [{ w: layer.w.map((r) => r.map(round)), b: layer.b.map(round) }],
    offsets,
  };
  const oof = new Map<StanceExample, Stance>([...probs].map(([e, p]) => [e, e.front ?? CLASSES[decide(p, offsets)]!]));
  return { model, oof };
}

const indexes = new WeakMap<StanceModel, ReturnType<typeof indexVocabulary>>();

/** The whole hint on a prepared example: the front rules' decision, else the model's. */
export function modelPredict(model: StanceModel, e: Pick<StanceExample, "values" | "words" | "front">): Stance {
  if (e.front) return e.front;
  let index = indexes.get(model);
  if (!index) indexes.set(model, (index = indexVocabulary(model.vocabulary, model.features.length)));
  return model.classes[predict(model, e.values, bagRows(index, e.words)).best]!;
}
