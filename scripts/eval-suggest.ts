// `npm run eval:suggest -- <labeled.jsonl>`: recall@1, recall@5, MRR and
// per-class stance F1 of the suggestion ranker and of a plain TF-IDF cosine
// baseline. Without a file it evaluates the built-in hand-written set.
// `npm run eval:suggest -- --fnc DIR --split heldout|dev|all [--limit N --seed S]`
// evaluates on FNC-1 instead (scripts/fnc/suggest-eval.ts).
import { readFileSync } from "node:fs";
import { rankArticles } from "../lib/suggest/articles";
import { PassageIndex } from "../lib/suggest/index";
import { evaluate, type Judged, type Label, type Metrics } from "../lib/suggest/metrics";
import { TfidfRanker } from "../lib/suggest/tfidf";
import type { Stance } from "../lib/suggest/stance";
import { printFncEval, runFncEval } from "./fnc/suggest-eval";
import { buildDevSet, type LabeledLine } from "./suggest-dev/build";

function load(file: string | undefined): LabeledLine[] {
  if (!file) return buildDevSet();
  const out: LabeledLine[] = [];
  readFileSync(file, "utf8")
    .split("\n")
    .forEach((l, i) => {
      if (!l.trim()) return;
      let line: LabeledLine;
      try {
        line = JSON.parse(l) as LabeledLine;
      } catch {
        throw new Error(`${file}:${i + 1} is not valid JSON.`);
      }
      if (!line.claim || !Array.isArray(line.articles) || typeof line.labels !== "object") {
        throw new Error(`${file}:${i + 1} needs { claim, articles: [{ id, text }], labels }.`);
      }
      out.push(line);
    });
  return out;
}

/** A claim is a string, or `{ statement, quote }` (the quote then weighs less). */
function claimParts(claim: unknown): { statement: string; context: string } {
  if (typeof claim === "string") return { statement: claim, context: "" };
  const c = claim as { statement?: string; quote?: string; text?: string; headline?: string };
  const statement = c.statement ?? c.headline ?? c.text ?? c.quote ?? "";
  return { statement, context: statement === c.quote ? "" : (c.quote ?? "") };
}

const fmt = (x: number) => x.toFixed(3);
function row(name: string, m: Metrics) {
  return `${name.padEnd(10)} ${fmt(m.recallAt1)}  ${fmt(m.recallAt5)}  ${fmt(m.mrr)}  ${fmt(m.f1.supports)}     ${fmt(m.f1.contradicts)}       ${fmt(m.f1.mentions)}    ${fmt(m.macroF1)}`;
}

const fnc = process.argv.indexOf("--fnc");
if (fnc >= 0) {
  const opt = (name: string) => {
    const i = process.argv.indexOf(name);
    return i >= 0 ? process.argv[i + 1] : undefined;
  };
  const split = opt("--split") ?? "heldout";
  if (split !== "dev" && split !== "heldout" && split !== "all") {
    console.error("--split is dev, heldout or all (every headline: for a corpus never tuned on)");
    process.exit(1);
  }
  const limit = opt("--limit");
  printFncEval(runFncEval(process.argv[fnc + 1]!, split, limit ? Number(limit) : null, Number(opt("--seed") ?? 1)), split);
  process.exit(0);
}

let lines: LabeledLine[];
try {
  lines = load(process.argv[2]);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
const ours: Judged[] = [];
const base: Judged[] = [];
// Lines that share the same candidate articles share one index (and one TF-IDF).
let shared = null as { key: string; index: PassageIndex; tfidf: TfidfRanker } | null;
for (const line of lines) {
  const labels = line.labels as Record<string, Label>;
  const { statement, context } = claimParts(line.claim);
  const text = context ? `${statement} ${context}` : statement;
  const key = `${line.articles.length}:${line.articles.map((a) => a.id).join("\u0000")}`;
  if (shared?.key !== key) {
    const index = new PassageIndex();
    for (const a of line.articles) index.add(a);
    shared = { key, index, tfidf: new TfidfRanker(line.articles) };
  }
  const ranked = rankArticles(statement, line.articles, shared.index, context);
  const seen = new Set<string>();
  const ranking: string[] = [];
  const stances = new Map<string, Stance>();
  for (const s of ranked) {
    if (seen.has(s.docId)) continue;
    seen.add(s.docId);
    ranking.push(s.docId);
    stances.set(s.docId, s.stance);
  }
  ours.push({ ranking, stances, labels });
  const tf = shared.tfidf;
  // TF-IDF has no stance: it says "supports" for everything it finds.
  const baseRanking = tf.rank(text).map((r) => r.id);
  base.push({ ranking: baseRanking, stances: new Map(baseRanking.map((id) => [id, "supports" as Stance])), labels });
}
console.log(`${lines.length} claims, ${lines[0]?.articles.length ?? 0} articles in the first line\n`);
console.log("ranker     R@1    R@5    MRR    F1 supports F1 contradicts F1 mentions macro-F1");
console.log(row("suggest", evaluate(ours)));
console.log(row("tf-idf", evaluate(base)));
