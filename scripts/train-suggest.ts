// `npm run train:suggest [-- --fnc ../shared/data/fnc1-train]`: fits the
// evidence re-ranker and the rumor matcher on the FNC-1 `dev` split only and
// writes lib/suggest/model/{rank,match}-weights.json plus training.json (the
// weights' checksums and the dev figures). Deterministic; a few minutes.
import { createHash } from "node:crypto";
import { writeFileSync } from "node:fs";
import path from "node:path";
import { probability } from "../lib/suggest/learned";
import { RANK_FEATURES } from "../lib/suggest/rank-features";
import { MATCH_FEATURES, type MatchModel } from "../lib/suggest/rumor-match";
import { fitLogistic, thresholdFor } from "./fnc/fit";
import { groupBodies, halves } from "./fnc/groups";
import { headlinesOf, loadFnc } from "./fnc/load";
import { simulate, type Arrival } from "./fnc/match-sim";
import { bodyIndex, rankRows } from "./fnc/rank-rows";

/** Likely matches must be right this often on dev (the target is 0.95 on held-out: a margin). */
export const LIKELY_PRECISION = 0.98;
/** Possible matches keep this share of the right rumors on dev. */
const POSSIBLE_RECALL = 0.98;
const SEED = 13;
/** Gradient steps: enough for the weights to settle (the ranker's by 500, the matcher's correlated features need more). */
const RANK_STEPS = 500;
const MATCH_STEPS = 3000;
const DEPTH = 30;

const arg = (name: string, fallback: string) => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1]! : fallback;
};
const dir = arg("--fnc", path.resolve(__dirname, "../../shared/data/fnc1-train"));
const out = path.resolve(__dirname, "../lib/suggest/model");
const data = loadFnc(dir);
const index = bodyIndex(data);

// Ranking: is this body about the headline's rumor (any body of its group)?
const bodiesOf = groupBodies(data);
const dev = headlinesOf(data, "dev");
const rows = rankRows(index, dev, DEPTH);
const rank = fitLogistic(
  RANK_FEATURES,
  rows.map((r) => ({ x: r.features, y: bodiesOf.get(r.group)!.has(r.bodyId) ? 1 : 0 })),
  RANK_STEPS,
);

// Matching: dev's groups in two halves; each half arrives against the other as existing rumors.
const [a, b] = halves(data, "dev");
const arrivals: Arrival[] = [...simulate(a, b, SEED, index), ...simulate(b, a, SEED + 1, index)];
const fitted = fitLogistic(
  MATCH_FEATURES,
  arrivals.flatMap((x) => x.candidates.map((c) => ({ x: c.features, y: c.rumorId === x.group ? (1 as const) : (0 as const) }))),
  MATCH_STEPS,
);
const tops = arrivals.map((x) => {
  const scored = x.candidates.map((c) => ({ id: c.rumorId, p: probability(fitted, c.features) })).sort((p, q) => q.p - p.p);
  return { x, scored };
});
const likely = thresholdFor(
  tops.map(({ x, scored }) => ({ score: scored[0]?.p ?? 0, right: scored[0]?.id === x.group })),
  LIKELY_PRECISION,
);
const truths = tops
  .filter(({ x }) => x.hasMatch)
  .map(({ x, scored }) => scored.find((s) => s.id === x.group)?.p ?? 0)
  .sort((p, q) => q - p);
const possible = Math.min(likely, Math.round(truths[Math.floor(POSSIBLE_RECALL * (truths.length - 1))]! * 1e6) / 1e6);
const baselineLikely = thresholdFor(
  arrivals.map((x) => ({ score: x.baseline[0]?.score ?? 0, right: x.baseline[0]?.id === x.group })),
  LIKELY_PRECISION,
);
const match: MatchModel & { baselineLikely: number } = { ...fitted, likely, possible, baselineLikely };

const write = (name: string, value: unknown) => {
  const text = `${JSON.stringify(value, null, 2)}\n`;
  writeFileSync(path.join(out, name), text);
  return createHash("sha256").update(text).digest("hex");
};
const record = {
  note: "Written by npm run train:suggest from the FNC-1 dev split; training.test.ts checks the weights' checksums.",
  rank: { sha256: write("rank-weights.json", rank), headlines: dev.length, rows: rows.length, depth: DEPTH },
  match: {
    sha256: write("match-weights.json", match),
    arrivals: arrivals.length,
    seed: SEED,
    likely,
    possible,
    baselineLikely,
    likelyPrecisionTarget: LIKELY_PRECISION,
  },
};
writeFileSync(path.join(out, "training.json"), `${JSON.stringify(record, null, 2)}\n`);
console.log(JSON.stringify(record, null, 2));
