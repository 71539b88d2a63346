import type { Stance } from "./stance";

// Labels follow the evaluation format: every article is a stance or "unrelated".
export type Label = Stance | "unrelated";
export type Judged = { ranking: string[]; stances: Map<string, Stance>; labels: Record<string, Label> };

export type Metrics = {
  claims: number;
  recallAt1: number;
  recallAt5: number;
  mrr: number;
  f1: Record<Stance, number>;
  macroF1: number;
  /** Gold stance → predicted stance ("none": the ranker gave no stance for a related article). */
  confusion: Record<Stance, Record<Stance | "none", number>>;
};

const STANCES: Stance[] = ["supports", "contradicts", "mentions"];

/** Share of the related articles in the top k, over min(k, number related): 1 when the top k are as full of them as they can be. */
export function recallAt(k: number, ranking: string[], related: (id: string) => boolean, nRelated: number): number {
  if (nRelated === 0) return 0;
  return ranking.slice(0, k).filter(related).length / Math.min(k, nRelated);
}

/**
 * recall@k: share of a claim's related articles (any stance) in the top k,
 * over min(k, number related), averaged over claims (issue 13).
 * MRR: mean of 1/rank of the first related article. Stance F1 per class is
 * computed over the related articles (a missing prediction counts as wrong).
 */
export function evaluate(results: Judged[]): Metrics {
  let r1 = 0;
  let r5 = 0;
  let rr = 0;
  const tp: Record<Stance, number> = { supports: 0, contradicts: 0, mentions: 0 };
  const fp = { ...tp };
  const fn = { ...tp };
  const confusion = Object.fromEntries(STANCES.map((g) => [g, { supports: 0, contradicts: 0, mentions: 0, none: 0 }])) as Metrics["confusion"];
  for (const { ranking, stances, labels } of results) {
    const related = (id: string) => labels[id] !== undefined && labels[id] !== "unrelated";
    const nRelated = Object.values(labels).filter((l) => l !== "unrelated").length;
    const first = ranking.findIndex(related);
    r1 += recallAt(1, ranking, related, nRelated);
    r5 += recallAt(5, ranking, related, nRelated);
    if (first >= 0) rr += 1 / (first + 1);
    for (const [id, gold] of Object.entries(labels)) {
      if (gold === "unrelated") continue;
      const pred = stances.get(id);
      confusion[gold][pred ?? "none"]++;
      if (pred === gold) tp[gold]++;
      else {
        fn[gold]++;
        if (pred) fp[pred]++;
      }
    }
  }
  const n = Math.max(results.length, 1);
  const f1 = Object.fromEntries(
    STANCES.map((s) => {
      const p = tp[s] / Math.max(tp[s] + fp[s], 1);
      const r = tp[s] / Math.max(tp[s] + fn[s], 1);
      return [s, p + r === 0 ? 0 : (2 * p * r) / (p + r)];
    }),
  ) as Record<Stance, number>;
  return {
    claims: results.length,
    recallAt1: r1 / n,
    recallAt5: r5 / n,
    mrr: rr / n,
    f1,
    macroF1: (f1.supports + f1.contradicts + f1.mentions) / 3,
    confusion,
  };
}
