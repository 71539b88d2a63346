// `npm run eval:candidates [-- --split heldout|dev|all] [--sample balanced|all] [--errors]`:
// precision and recall of claim-candidate detection on the hand-labelled FNC-1
// sentences (labels.jsonl, rules in RULES.md), tier and attribution accuracy on
// the detected true candidates, a tier confusion matrix and rule violations.
// --errors lists the misses (dev only: held-out sentences are for reporting).
import { readFileSync } from "node:fs";
import path from "node:path";
import { findClaimCandidates } from "../../lib/candidates/candidates";
import { CERTAINTY } from "../../lib/candidates/detectors";
import { loadFnc } from "../fnc/load";
import { contradiction, matchDetection, normaliseSource, score, type Detection, type LabelledSentence, type Scored } from "./metrics";
import { FNC_DIR } from "./pool";

// Piped into `head`: stop quietly.
process.stdout.on("error", (e: NodeJS.ErrnoException) => process.exit(e.code === "EPIPE" ? 0 : 1));

const arg = (name: string, fallback: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1]! : fallback;
};
const split = arg("split", "heldout");
const sample = arg("sample", "balanced");
const labelsFile = arg("labels", path.join(__dirname, "labels.jsonl"));
const showErrors = process.argv.includes("--errors");
if (!["heldout", "dev", "all"].includes(split) || !["balanced", "all"].includes(sample)) {
  console.error("usage: eval:candidates [--split heldout|dev|all] [--sample balanced|all] [--errors]");
  process.exit(1);
}
if (showErrors && split !== "dev") {
  console.error("--errors is for the dev split only: held-out sentences are for reporting, not tuning.");
  process.exit(1);
}

// FNC-1 has no dates; dates only move deadlines, which are not scored here.
const PUBLISHED = new Date("2015-01-15T00:00:00Z");

const labels = readFileSync(labelsFile, "utf8")
  .split("\n")
  .filter((l) => l.trim())
  .map((l) => JSON.parse(l) as LabelledSentence)
  .filter((l) => (split === "all" || l.split === split) && (sample === "all" || l.sample === "balanced"));
const bodies = new Map(loadFnc(FNC_DIR).bodies.map((b) => [b.id, b.text]));

const detected = new Map<string, Detection[]>();
let ms = 0;
const detect = (key: string, text: string) => {
  if (!detected.has(key)) {
    const t = performance.now();
    detected.set(key, findClaimCandidates(text, PUBLISHED));
    ms += performance.now() - t;
  }
  return detected.get(key)!;
};

const scored: Scored[] = labels.map((label) => {
  const text = label.source === "body" ? bodies.get(label.bodyId!) : label.headline;
  if (text === undefined || text === null || text.slice(label.start, label.end) !== label.text) {
    throw new Error(`${label.id}: the labelled text is not at its offsets in the data (wrong FNC_DIR?)`);
  }
  const key = label.source === "body" ? `b${label.bodyId}` : label.id;
  return { label, detection: matchDetection(label, detect(key, text)) };
});

const f = score(scored);
const pct = (x: number) => x.toFixed(3);
console.log(`claim candidates on ${split} (${sample}): ${f.sentences} sentences, ${f.candidates} labelled candidates`);
console.log(`detection  precision ${pct(f.precision)}  recall ${pct(f.recall)}  F1 ${pct(f.f1)}  (tp ${f.tp}, fp ${f.fp}, fn ${f.fn})`);
console.log(`tier       accuracy ${pct(f.tierAccuracy)} on ${f.detectedCandidates} detected candidates`);
console.log(`attributed exact ${pct(f.attributionExact)}  same source ${pct(f.attributionLoose)}`);
console.log(`\ntier confusion (rows: label, columns: detector)`);
const short = (t: string) => t.replace("_source", "").slice(0, 8).padStart(9);
console.log(`${"".padEnd(15)}${CERTAINTY.map(short).join("")}`);
for (const t of CERTAINTY) console.log(`${t.padEnd(15)}${CERTAINTY.map((u) => String(f.confusion[t][u]).padStart(9)).join("")}`);

const violations = scored.flatMap(({ label, detection }) => {
  const why = detection && contradiction(detection, label);
  return why ? [`${label.id}: ${why}`] : [];
});
console.log(`\ntier/attribution contradictions: ${violations.length}`);
// Which sentences: on dev only (held-out sentences are for reporting, not tuning).
if (split === "dev") for (const v of violations) console.log(`  ${v}`);
console.log(`detector time: ${(ms / detected.size).toFixed(2)} ms per text (${detected.size} texts)`);

if (showErrors) {
  console.log("\n== misses and false alarms (dev)");
  for (const { label: l, detection: d } of scored) {
    const wrong = l.candidate !== !!d || (d && l.candidate && (l.tier !== d.certainty || normaliseSource(l.attributedTo) !== normaliseSource(d.attributedTo)));
    if (!wrong) continue;
    const got = d ? `${d.certainty} [${d.attributedTo}]` : "—";
    const want = l.candidate ? `${l.tier} [${l.attributedTo}]` : "no";
    console.log(`${l.id}  want ${want}  got ${got}\n    ${l.text.replace(/\s+/g, " ").slice(0, 220)}`);
  }
}
