// `npm run eval:suggest -- --fnc DIR --split heldout|dev|all [--limit N --seed S]`:
// every headline of the split ranks all bodies, for our ranker and, in the
// same run, plain TF-IDF cosine and plain BM25 over whole bodies. Related =
// labelled agree/disagree/discuss for that headline (the measure);
// the same figures are also given with any body of the headline's rumor group
// counted as related (see docs/suggestions.md on why both).
import { loadavg } from "node:os";
import { PlainBm25, PlainTfidf } from "../../lib/suggest/baselines";
import { articleStance } from "../../lib/suggest/hint";
import { evaluate, type Judged, type Label, type Metrics } from "../../lib/suggest/metrics";
import { analyzeClaim } from "../../lib/suggest/query";
import { rankPassages } from "../../lib/suggest/rank";
import type { Stance } from "../../lib/suggest/stance";
import { groupBodies } from "./groups";
import { STANCE_OF, headlinesOf, loadFnc, type FncSplit } from "./load";
import { shuffled } from "./match-sim";
import { bodyIndex } from "./rank-rows";

const DEPTH = 30;

export function runFncEval(dir: string, split: FncSplit | "all", limit: number | null, seed: number) {
  const data = loadFnc(dir);
  const index = bodyIndex(data);
  const text = new Map(data.bodies.map((b) => [b.id, b.text]));
  const rankers = { tfidf: new PlainTfidf(data.bodies), bm25: new PlainBm25(data.bodies) };
  const groups = groupBodies(data);
  let headlines = headlinesOf(data, split);
  if (limit !== null) headlines = shuffled(headlines, seed).slice(0, limit);
  const runs = { ours: [] as Judged[], tfidf: [] as Judged[], bm25: [] as Judged[] };
  const group = { ours: [] as Judged[], tfidf: [] as Judged[], bm25: [] as Judged[] };
  const times: number[] = [];
  for (const h of headlines) {
    const labels: Record<string, Label> = {};
    for (const [b, l] of h.labels) labels[b] = l === "unrelated" ? "unrelated" : STANCE_OF[l];
    const inGroup: Record<string, Label> = Object.fromEntries([...groups.get(h.group!)!].map((b) => [b, "mentions" as Label]));
    const query = analyzeClaim(h.headline);
    const t = performance.now();
    const top = [...new Set(rankPassages(index, query, { limit: DEPTH, depth: DEPTH }).map((s) => s.docId))];
    times.push(performance.now() - t);
    // Below the re-ranked top, the first stage's order, then bodies sharing no word.
    const seen = new Set(top);
    const ranking = [
      ...top,
      ...index
        .retrieve(query.terms, data.bodies.length)
        .map((hit) => index.doc(hit.doc).id)
        .filter((id) => !seen.has(id)),
    ];
    for (const b of data.bodies) if (!ranking.includes(b.id)) ranking.push(b.id);
    // Stance over every related pair, whatever its rank.
    const stances = new Map<string, Stance>();
    for (const [b, l] of Object.entries(labels)) if (l !== "unrelated") stances.set(b, articleStance(index, query, text.get(b)!).stance);
    runs.ours.push({ ranking, stances, labels });
    group.ours.push({ ranking, stances: new Map(), labels: inGroup });
    for (const name of ["tfidf", "bm25"] as const) {
      const r = rankers[name].rank(h.headline).map((x) => x.id);
      // No stance of their own: scored as if they said `supports` for everything.
      runs[name].push({ ranking: r, stances: new Map(r.map((id) => [id, "supports" as Stance])), labels });
      group[name].push({ ranking: r, stances: new Map(), labels: inGroup });
    }
  }
  return { headlines: headlines.length, bodies: data.bodies.length, runs: mapValues(runs, evaluate), group: mapValues(group, evaluate), times };
}

const mapValues = <T, U>(o: Record<string, T>, f: (t: T) => U) =>
  Object.fromEntries(Object.entries(o).map(([k, v]) => [k, f(v)])) as Record<"ours" | "tfidf" | "bm25", U>;
const f = (x: number) => x.toFixed(3);
const NAMES = { ours: "hindsight", tfidf: "TF-IDF cosine", bm25: "BM25 (whole body)" } as const;

export function printFncEval(r: ReturnType<typeof runFncEval>, split: string) {
  const sorted = [...r.times].sort((a, b) => a - b);
  console.log(`FNC-1 ${split}: ${r.headlines} headlines × ${r.bodies} bodies; node ${process.version}, load average ${loadavg()[0]!.toFixed(1)}`);
  console.log(
    `our ranker: p50 ${sorted[Math.floor(sorted.length / 2)]!.toFixed(1)} ms, p95 ${sorted[Math.floor(sorted.length * 0.95)]!.toFixed(1)} ms per headline\n`,
  );
  console.log("Related = labelled agree/disagree/discuss for the headline:\n");
  console.log("| ranker | R@1 | R@5 | MRR | F1 supports | F1 contradicts | F1 mentions | macro-F1 |\n| --- | --- | --- | --- | --- | --- | --- | --- |");
  for (const k of ["ours", "tfidf", "bm25"] as const) {
    const m: Metrics = r.runs[k];
    console.log(
      `| ${NAMES[k]} | ${f(m.recallAt1)} | ${f(m.recallAt5)} | ${f(m.mrr)} | ${f(m.f1.supports)} | ${f(m.f1.contradicts)} | ${f(m.f1.mentions)} | ${f(m.macroF1)} |`,
    );
  }
  console.log("\nRelated = any body of the headline's rumor group:\n");
  console.log("| ranker | R@1 | R@5 | MRR |\n| --- | --- | --- | --- |");
  for (const k of ["ours", "tfidf", "bm25"] as const)
    console.log(`| ${NAMES[k]} | ${f(r.group[k].recallAt1)} | ${f(r.group[k].recallAt5)} | ${f(r.group[k].mrr)} |`);
  const c = r.runs.ours.confusion;
  console.log("\nOur stance hint, confusion (rows gold, columns predicted):\n");
  console.log("| gold \\ predicted | supports | contradicts | mentions | none |\n| --- | --- | --- | --- | --- |");
  for (const g of ["supports", "contradicts", "mentions"] as const)
    console.log(`| ${g} | ${c[g].supports} | ${c[g].contradicts} | ${c[g].mentions} | ${c[g].none} |`);
}
