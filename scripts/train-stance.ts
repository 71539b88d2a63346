// `npm run train:suggest:stance`: trains the stance model on the FNC-1 pairs
// whose headline is in the `dev` split, writes lib/suggest/model/stance-weights.json
// and prints per-class precision/recall/F1 and confusion matrices for the model
// and for today's rules, on `heldout` (never tuned on) and on `dev` (tuned on).
// `--check` trains the same way and fails if the committed file differs.
import { createHash } from "node:crypto";
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { loadFnc } from "./fnc/load";
import { CLASSES, formatScores, score } from "./fnc/report";
import { stanceExamples, type StanceExample } from "./fnc/stance-examples";
import { fitStanceModel, modelPredict, STANCE_TRAINING } from "./fnc/stance-fit";

const DATA = process.env.FNC_DIR ?? path.resolve(__dirname, "../../shared/data/fnc1-train");
const OUT = path.resolve(__dirname, "../lib/suggest/model/stance-weights.json");
const METRICS = path.resolve(__dirname, "../lib/suggest/model/stance-metrics.json");
const sha256 = (s: string | Buffer) => createHash("sha256").update(s).digest("hex");
const f1s = (ex: StanceExample[], pred: (e: StanceExample) => (typeof CLASSES)[number]) =>
  score(
    ex.map((e) => e.gold),
    ex.map(pred),
  ).f1;

const report = (title: string, ex: StanceExample[], pred: (e: StanceExample) => (typeof CLASSES)[number]) =>
  console.log(
    formatScores(
      title,
      score(
        ex.map((e) => e.gold),
        ex.map(pred),
      ),
    ) + "\n",
  );

async function main() {
  const check = process.argv.includes("--check");
  const started = Date.now();
  const { names, examples } = stanceExamples(loadFnc(DATA));
  const dev = examples.filter((e) => e.split === "dev");
  const heldout = examples.filter((e) => e.split === "heldout");
  const { model, oof } = fitStanceModel(names, dev);
  const json = JSON.stringify(model) + "\n";
  if (check) {
    const same = readFileSync(OUT, "utf8") === json;
    console.log(same ? "stance-weights.json matches training." : "stance-weights.json differs from what training produces: run npm run train:suggest:stance.");
    process.exit(same ? 0 : 1);
  }
  writeFileSync(OUT, json);
  // Training takes minutes on the shared machine, so the test checks this record instead of retraining.
  const record = {
    weightsSha256: sha256(json),
    data: Object.fromEntries(["train_bodies.csv", "train_stances.csv"].map((f) => [f, sha256(readFileSync(path.join(DATA, f)))])),
    training: STANCE_TRAINING,
    f1: {
      heldout: { model: f1s(heldout, (e) => modelPredict(model, e)), rules: f1s(heldout, (e) => e.rule) },
      devOutOfFold: f1s(dev, (e) => oof.get(e)!),
    },
  };
  writeFileSync(METRICS, JSON.stringify(record, null, 2) + "\n");
  console.log(
    `${dev.length} dev pairs (${new Set(dev.map((e) => e.group)).size} groups), ${heldout.length} held-out pairs; ${names.length} features; ${JSON.stringify(STANCE_TRAINING)}`,
  );
  console.log(`wrote ${path.relative(process.cwd(), OUT)} (${(json.length / 1024).toFixed(1)} kB) in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
  report("HELD-OUT — stance model", heldout, (e) => modelPredict(model, e));
  report("HELD-OUT — today's rules (stanceOf, same passage)", heldout, (e) => e.rule);
  report("DEV (tuned on) — stance model, 5-fold out-of-fold predictions", dev, (e) => oof.get(e)!);
  report("DEV (tuned on) — stance model trained on all of dev", dev, (e) => modelPredict(model, e));
  report("DEV — today's rules", dev, (e) => e.rule);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
