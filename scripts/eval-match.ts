// `npm run eval:match -- --fnc ../shared/data/fnc1-train --split heldout [--seed S]`:
// the rumor-matching protocol of docs/suggestions.md on FNC-1, for our
// matcher and for plain TF-IDF nearest headline, in the same run.
import { loadavg } from "node:os";
import path from "node:path";
import MATCH_WEIGHTS from "../lib/suggest/model/match-weights.json";
import { headlinesOf, loadFnc, type FncSplit } from "./fnc/load";
import { matchMetrics, type MatchMetrics, type Outcome } from "./fnc/match-metrics";
import { simulate } from "./fnc/match-sim";
import { bodyIndex } from "./fnc/rank-rows";

const arg = (name: string, fallback: string) => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1]! : fallback;
};
const split = arg("--split", "heldout") as FncSplit;
if (split !== "dev" && split !== "heldout") {
  console.error("--split is dev or heldout");
  process.exit(1);
}
const seed = Number(arg("--seed", "1"));
const data = loadFnc(path.resolve(arg("--fnc", path.resolve(__dirname, "../../shared/data/fnc1-train"))));
const other: FncSplit = split === "dev" ? "heldout" : "dev";
// The desk's articles: every body, as the article index the matcher reads word statistics from.
const articles = bodyIndex(data);

const ours: Outcome[] = [];
const base: Outcome[] = [];
const times: number[] = [];
simulate(headlinesOf(data, other), headlinesOf(data, split), seed, articles, (a, index) => {
  const t = performance.now();
  const matches = index.match({ statement: a.headline }, { limit: 5 });
  times.push(performance.now() - t);
  ours.push({ group: a.group, hasMatch: a.hasMatch, ranked: matches.map((m) => ({ id: m.rumorId, likely: m.likely })) });
  base.push({ group: a.group, hasMatch: a.hasMatch, ranked: a.baseline.map((r) => ({ id: r.id, likely: r.score >= MATCH_WEIGHTS.baselineLikely })) });
});

const f = (x: number) => x.toFixed(3);
const row = (name: string, m: MatchMetrics) =>
  `| ${name} | ${f(m.acc1)} | ${f(m.acc5)} | ${f(m.likelyPrecision)} | ${f(m.likelyRecall)} | ${m.newLikely} / ${m.newRumors} |`;
const o = matchMetrics(ours);
const sorted = [...times].sort((x, y) => x - y);
console.log(
  `split ${split}: ${o.arrivals} arriving headlines (${o.withMatch} with a match, ${o.newRumors} new rumors), ${headlinesOf(data, other).length} headlines of ${other} as existing rumors, seed ${seed}`,
);
console.log(
  `node ${process.version}, load average ${loadavg()[0]!.toFixed(1)}; match p50 ${sorted[Math.floor(sorted.length / 2)]!.toFixed(1)} ms, p95 ${sorted[Math.floor(sorted.length * 0.95)]!.toFixed(1)} ms\n`,
);
console.log("| matcher | acc@1 | acc@5 | likely precision | likely recall | new rumors flagged likely |");
console.log("| --- | --- | --- | --- | --- | --- |");
console.log(row("hindsight", o));
console.log(row("TF-IDF nearest headline", matchMetrics(base)));
