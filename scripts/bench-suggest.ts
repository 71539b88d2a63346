// `npm run bench:suggest`: speed and quality of the suggestion ranker against
// a plain TF-IDF cosine ranking, in the same process on the same data, over
// 1,000 and 20,000 post-event articles; and claim candidates for a
// 2,000-word article. Not part of `npm test` (it takes about a minute).
import { loadavg } from "node:os";
import { findClaimCandidates } from "../lib/candidates/candidates";
import { PassageIndex } from "../lib/suggest/index";
import { evaluate, type Judged, type Label } from "../lib/suggest/metrics";
import { analyzeClaim } from "../lib/suggest/query";
import { rankPassages } from "../lib/suggest/rank";
import type { Stance } from "../lib/suggest/stance";
import { TfidfRanker } from "../lib/suggest/tfidf";
import { buildDevSet } from "./suggest-dev/build";
import { distractors, pad } from "./suggest-dev/distractors";

const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))]!;
const ms = (x: number) => `${x.toFixed(1)} ms`;

/** Article-length distractors: several template stories and background lines each. */
function corpus(n: number) {
  const parts = distractors(n * 6, 99);
  return Array.from({ length: n }, (_, i) => ({
    id: `b${i}`,
    text: pad(
      parts
        .slice(i * 6, i * 6 + 6)
        .map((p) => p.text.replace("\n", ". "))
        .join("\n"),
      `b${i}`,
    ),
  }));
}

function run(size: number) {
  const dev = buildDevSet(0);
  const related = dev[0]!.articles;
  const docs = [...related, ...corpus(size - related.length)];
  const heap0 = process.memoryUsage().heapUsed;
  const t0 = performance.now();
  const index = new PassageIndex();
  for (const d of docs) index.add(d);
  const build = performance.now() - t0;
  const heap = (process.memoryUsage().heapUsed - heap0) / 2 ** 20;
  const t1 = performance.now();
  const tfidf = new TfidfRanker(docs);
  const tfBuild = performance.now() - t1;

  const ours: number[] = [];
  const base: number[] = [];
  const judgedOurs: Judged[] = [];
  const judgedBase: Judged[] = [];
  // One unmeasured warm-up pass so the JIT has compiled both rankers.
  for (const line of dev) {
    rankPassages(index, analyzeClaim(line.claim), { limit: 10 });
    tfidf.rank(line.claim);
  }
  for (let round = 0; round < 3; round++) {
    for (const line of dev) {
      const labels = line.labels as Record<string, Label>;
      let t = performance.now();
      const ranked = rankPassages(index, analyzeClaim(line.claim), { limit: 10 });
      ours.push(performance.now() - t);
      t = performance.now();
      const baseRanked = tfidf.rank(line.claim).slice(0, 10);
      base.push(performance.now() - t);
      if (round === 0) {
        judgedOurs.push({ ranking: ranked.map((r) => r.docId), stances: new Map(ranked.map((r) => [r.docId, r.stance as Stance])), labels });
        judgedBase.push({ ranking: baseRanked.map((r) => r.id), stances: new Map(baseRanked.map((r) => [r.id, "supports" as Stance])), labels });
      }
    }
  }
  const q = evaluate(judgedOurs);
  const b = evaluate(judgedBase);
  const words = docs.reduce((n, d) => n + d.text.split(/\s+/).length, 0);
  console.log(
    `\n== ${docs.length.toLocaleString("en")} post-event articles (${Math.round(words / docs.length)} words on average), ${dev.length} claims × 3 rounds`,
  );
  console.log(
    `index build: ${ms(build)} (${(build / docs.length).toFixed(2)} ms per article, incremental; heap +${Math.round(heap)} MB incl. texts, approximate); TF-IDF build ${ms(tfBuild)}`,
  );
  console.log(
    `suggest  p50 ${ms(pct(ours, 50))}  p95 ${ms(pct(ours, 95))}  |  tf-idf p50 ${ms(pct(base, 50))}  p95 ${ms(pct(base, 95))}  |  time ratio (p95) ${(pct(ours, 95) / pct(base, 95)).toFixed(2)}×`,
  );
  console.log(
    `quality  R@1 ${q.recallAt1.toFixed(3)} vs ${b.recallAt1.toFixed(3)}  R@5 ${q.recallAt5.toFixed(3)} vs ${b.recallAt5.toFixed(3)}  MRR ${q.mrr.toFixed(3)} vs ${b.mrr.toFixed(3)}  (MRR ratio ${(q.mrr / Math.max(b.mrr, 1e-9)).toFixed(2)}×)`,
  );
  console.log(`stance   macro-F1 ${q.macroF1.toFixed(3)} (tf-idf has no stance: ${b.macroF1.toFixed(3)})`);
  return { p95: pct(ours, 95) };
}

function candidates() {
  const para =
    "Organizers said the parade will feature 40 floats on Sunday, Aug. 11, while the mayor reportedly plans to ride on the lead float. " +
    "The council met on Tuesday and approved the budget. French media reported that the singer is expected to perform at the Closing Ceremony. " +
    "Shares closed three percent higher after the results. The band was spotted at a studio in Nashville last week. ";
  const text = para.repeat(Math.ceil(2000 / para.split(/\s+/).length));
  const times: number[] = [];
  for (let i = 0; i < 60; i++) {
    const t = performance.now();
    findClaimCandidates(text, new Date("2024-08-01"));
    times.push(performance.now() - t);
  }
  console.log(`\n== claim candidates, ${text.split(/\s+/).length} words: p50 ${ms(pct(times, 50))}  p95 ${ms(pct(times, 95))} (first run ${ms(times[0]!)})`);
}

console.log(`node ${process.version}, one thread, load average ${loadavg()[0]!.toFixed(1)} at start`);
const small = run(1_000);
const large = run(20_000);
candidates();
console.log(`\ntargets: p95 < 50 ms at 1,000 (${small.p95 < 50 ? "met" : "MISSED"}), < 200 ms at 20,000 (${large.p95 < 200 ? "met" : "MISSED"})`);
