// `npm run bench:suggest`: speed and quality of the suggestion ranker against
// a plain TF-IDF cosine ranking, in the same process on the same data, over
// 1,000 and 20,000 post-event articles; and claim candidates for a
// 2,000-word article; rumor matching over 25,000 rumors / 100,000 claims.
// Not part of `npm test` (it takes a few minutes). `--only matching` runs the last alone.
import { loadavg } from "node:os";
import { findClaimCandidates } from "../lib/candidates/candidates";
import { PassageIndex } from "../lib/suggest/index";
import { evaluate, type Judged, type Label } from "../lib/suggest/metrics";
import { analyzeClaim } from "../lib/suggest/query";
import { rankPassages } from "../lib/suggest/rank";
import { RumorIndex } from "../lib/suggest/rumor-match";
import type { Stance } from "../lib/suggest/stance";
import { TfidfRanker } from "../lib/suggest/tfidf";
import { buildDevSet } from "./suggest-dev/build";
import { distractors, pad } from "./suggest-dev/distractors";

const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))]!;
const ms = (x: number) => `${x.toFixed(1)} ms`;
/**
 * Wall time and this process's CPU time of one call. On a shared machine the
 * wall time includes waiting for a core; CPU time is what the call costs.
 */
function timed<T>(f: () => T, wall: number[], cpu: number[]): T {
  const c = process.cpuUsage();
  const t = performance.now();
  const out = f();
  wall.push(performance.now() - t);
  const d = process.cpuUsage(c);
  cpu.push((d.user + d.system) / 1000);
  return out;
}

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
  const oursCpu: number[] = [];
  const baseCpu: number[] = [];
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
      const ranked = timed(() => rankPassages(index, analyzeClaim(line.claim), { limit: 10 }), ours, oursCpu);
      const baseRanked = timed(() => tfidf.rank(line.claim).slice(0, 10), base, baseCpu);
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
    `  CPU time: suggest p50 ${ms(pct(oursCpu, 50))}  p95 ${ms(pct(oursCpu, 95))}  |  tf-idf p50 ${ms(pct(baseCpu, 50))}  p95 ${ms(pct(baseCpu, 95))}`,
  );
  console.log(
    `quality  R@1 ${q.recallAt1.toFixed(3)} vs ${b.recallAt1.toFixed(3)}  R@5 ${q.recallAt5.toFixed(3)} vs ${b.recallAt5.toFixed(3)}  MRR ${q.mrr.toFixed(3)} vs ${b.mrr.toFixed(3)}  (MRR ratio ${(q.mrr / Math.max(b.mrr, 1e-9)).toFixed(2)}×)`,
  );
  console.log(`stance   macro-F1 ${q.macroF1.toFixed(3)} (tf-idf has no stance: ${b.macroF1.toFixed(3)})`);
  return { p95: pct(ours, 95), cpu95: pct(oursCpu, 95) };
}

/**
 * Rumor matching at scale: 25,000 rumors of 4 claims each (a statement and
 * 4 × statement + quote = 9 texts per rumor, 100,000 claims), with the
 * article votes read from a 1,000-article desk index; claims are headlines
 * of other generated stories.
 */
const SYLLABLES = ["ka", "vo", "ru", "ti", "lem", "sa", "dor", "mi", "ne", "bax", "zu", "pel", "qo", "rin", "tas", "ul"];
/** A made-up two-word name per number: "Kavoru Tilem". */
function nameOf(n: number) {
  const word = (x: number) => {
    let w = "";
    for (let k = 0; k < 3; k++, x = Math.floor(x / 16)) w += SYLLABLES[x % 16];
    return w[0]!.toUpperCase() + w.slice(1);
  };
  return `${word(n)} ${word(Math.floor(n / 4096) + 7 * n)}`;
}

function matching(rumors: number) {
  const desk = new PassageIndex();
  for (const d of corpus(1_000)) desk.add(d);
  const stories = distractors(rumors, 5);
  const index = new RumorIndex(desk);
  const t0 = performance.now();
  stories.forEach((s, i) => {
    // Real rumors are about their own people and places; the templates share a few dozen names, so each rumor gets one of its own.
    const sentences = s.text
      .split(/\n|(?<=\.) /)
      .filter((x) => x.length > 3)
      .map((x) => `${x} ${nameOf(i)}`);
    const texts = [sentences[0]!];
    for (let k = 0; k < 4; k++) texts.push(sentences[(k + 1) % sentences.length]!, sentences[(k + 2) % sentences.length]!);
    index.add(`r${i}`, texts);
  });
  const build = performance.now() - t0;
  // Half the claims name an existing rumor's subject, half a new one.
  const claims = distractors(300, 17).map((d, i) => `${d.text.split("\n")[0]!} ${nameOf(i % 2 ? i * 83 : rumors + i)}`);
  for (const c of claims.slice(0, 50)) index.match({ statement: c });
  const times: number[] = [];
  const cpu: number[] = [];
  for (const c of claims) timed(() => index.match({ statement: c }, { limit: 10 }), times, cpu);
  console.log(
    `\n== rumor matching: ${rumors.toLocaleString("en")} rumors, ${(rumors * 4).toLocaleString("en")} claims (${(rumors * 9).toLocaleString("en")} texts), 1,000-article desk`,
  );
  console.log(
    `index build ${ms(build)} (${(build / rumors).toFixed(2)} ms per rumor); match p50 ${ms(pct(times, 50))}  p95 ${ms(pct(times, 95))}  |  CPU time p50 ${ms(pct(cpu, 50))}  p95 ${ms(pct(cpu, 95))}`,
  );
  return { p95: pct(times, 95), cpu95: pct(cpu, 95) };
}

function candidates() {
  const para =
    "Organizers said the parade will feature 40 floats on Sunday, Aug. 11, while the mayor reportedly plans to ride on the lead float. " +
    "The council met on Tuesday and approved the budget. French media reported that the singer is expected to perform at the Closing Ceremony. " +
    "Shares closed three percent higher after the results. The band was spotted at a studio in Nashville last week. ";
  const text = para.repeat(Math.ceil(2000 / para.split(/\s+/).length));
  const times: number[] = [];
  // One unmeasured warm-up call (chrono-node's first parse), as for the rankers.
  const first = performance.now();
  findClaimCandidates(text, new Date("2024-08-01"));
  const warmUp = performance.now() - first;
  for (let i = 0; i < 60; i++) {
    const t = performance.now();
    findClaimCandidates(text, new Date("2024-08-01"));
    times.push(performance.now() - t);
  }
  console.log(`\n== claim candidates, ${text.split(/\s+/).length} words: p50 ${ms(pct(times, 50))}  p95 ${ms(pct(times, 95))} (warm-up call ${ms(warmUp)})`);
}

console.log(`node ${process.version}, one thread, load average ${loadavg()[0]!.toFixed(1)} at start`);
const onlyMatching = process.argv.includes("matching");
const small = onlyMatching ? { p95: 0, cpu95: 0 } : run(1_000);
const large = onlyMatching ? { p95: 0, cpu95: 0 } : run(20_000);
if (!onlyMatching) candidates();
const rumors = matching(25_000);
const verdict = (x: { p95: number; cpu95: number }, limit: number) => `wall ${x.p95 < limit ? "met" : "MISSED"}, CPU ${x.cpu95 < limit ? "met" : "MISSED"}`;
console.log(
  `\ntargets (p95): < 50 ms at 1,000 (${verdict(small, 50)}), < 200 ms at 20,000 (${verdict(large, 200)}), rumor matching < 50 ms (${verdict(rumors, 50)}); load average now ${loadavg()[0]!.toFixed(1)}`,
);
