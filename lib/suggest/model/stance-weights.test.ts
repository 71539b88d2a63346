// Training takes minutes on the shared machine, so instead of retraining this
// checks the record written with the weights (stance-metrics.json): the file
// is the one trained, its features are the ones the code computes, and, when
// the FNC-1 data is at hand, the recorded held-out figures are what these
// weights score.
import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadFnc } from "@/scripts/fnc/load";
import { CLASSES, score } from "@/scripts/fnc/report";
import { modelPredict } from "@/scripts/fnc/stance-fit";
import { stanceExamples } from "@/scripts/fnc/stance-examples";
import { analyzeClaim } from "../query";
import { articleView } from "../stance-article";
import { stanceFeatures } from "../stance-features";
import type { StanceModel } from "../stance-model";
import metrics from "./stance-metrics.json";

const file = path.join(__dirname, "stance-weights.json");
const text = readFileSync(file, "utf8");
const model = JSON.parse(text) as StanceModel;
const DATA = path.resolve(__dirname, "../../../../shared/data/fnc1-train");

describe("committed stance weights", () => {
  it("are the file training wrote (checksum in stance-metrics.json), and small", () => {
    expect(createHash("sha256").update(text).digest("hex")).toBe(metrics.weightsSha256);
    expect(text.length).toBeLessThan(100_000);
  });

  it("name the features the code computes, in the same order", () => {
    const f = stanceFeatures(analyzeClaim("The band will reunite."), articleView("The band reunited on Friday."), { start: 0, end: 28 });
    expect(model.features).toEqual(f.names);
    const words = model.vocabulary.head.length + model.vocabulary.top.length + model.vocabulary.body.length;
    expect(model.layers[0]!.w.length).toBe(f.names.length + words);
    expect(words).toBeGreaterThan(500);
    expect(model.classes).toEqual([...CLASSES]);
  });

  it.skipIf(!existsSync(DATA))(
    "score the recorded held-out F1 on FNC-1",
    () => {
      const data = loadFnc(DATA);
      const sums = ["train_bodies.csv", "train_stances.csv"].map((f) =>
        createHash("sha256")
          .update(readFileSync(path.join(DATA, f)))
          .digest("hex"),
      );
      expect(sums).toEqual(Object.values(metrics.data));
      const heldout = stanceExamples(data, ["heldout"]).examples;
      const f1 = score(
        heldout.map((e) => e.gold),
        heldout.map((e) => modelPredict(model, e)),
      ).f1;
      f1.forEach((v, k) => expect(v).toBeCloseTo(metrics.f1.heldout.model[k]!, 9));
      // Features for 4,300 pairs: ~10 s on a quiet machine, several times that on a busy one.
    },
    240_000,
  );
});
