import { describe, expect, it } from "vitest";
import { contradiction, matchDetection, normaliseSource, sameSource, score, type Detection, type LabelledSentence } from "./metrics";

const label = (over: Partial<LabelledSentence>): LabelledSentence => ({
  id: "x",
  source: "body",
  bodyId: "1",
  headline: null,
  start: 0,
  end: 10,
  text: "",
  split: "dev",
  candidate: true,
  tier: "rumor",
  attributedTo: null,
  sample: "balanced",
  ...over,
});
const det = (over: Partial<Detection>): Detection => ({ start: 0, end: 10, certainty: "rumor", attributedTo: null, quote: "", ...over });

describe("source names", () => {
  it.each([
    ["The Wall Street Journal", "wall street journal"],
    ["two sources at the agency", "sources at the agency"],
    ["The New York Times' sources", "new york times sources"],
    ["Luke Somers’ sister", "luke somers sister"],
    ["NASA.", "nasa"],
  ])("%s → %s", (a, b) => expect(normaliseSource(a)).toBe(b));

  it.each([
    ["supply-chain analyst Ming-Chi Kuo", "Ming-Chi Kuo", true],
    ["sources", "two sources familiar with the plans", true],
    ["Nasa scientists", "NASA", true],
    ["the Iraqi Ministry of Defense", "Iraqi Ministry", true],
    ["Report", "reports", true],
    ["a source", "The Inquisitr", false],
    ["sources", "officials", false],
    [null, null, true],
    [null, "The Verge", false],
  ] as const)("same source: %s / %s → %s", (a, b, same) => expect(sameSource(a, b)).toBe(same));
});

describe("scoring", () => {
  it("counts a sentence as detected when a candidate overlaps it, preferring the largest overlap", () => {
    const ds = [det({ start: 0, end: 3, certainty: "official" }), det({ start: 2, end: 20, certainty: "sighting" })];
    expect(matchDetection({ start: 5, end: 15 }, ds)?.certainty).toBe("sighting");
    expect(matchDetection({ start: 20, end: 30 }, ds)).toBeNull();
  });

  it("computes precision, recall, tier and attribution accuracy on detected true candidates", () => {
    const f = score([
      {
        label: label({ tier: "named_source", attributedTo: "Ming-Chi Kuo" }),
        detection: det({ certainty: "named_source", attributedTo: "analyst Ming-Chi Kuo" }),
      },
      { label: label({ tier: "rumor" }), detection: det({ certainty: "official" }) },
      { label: label({ tier: "rumor" }), detection: null },
      { label: label({ candidate: false, tier: null }), detection: det({}) },
      { label: label({ candidate: false, tier: null }), detection: null },
    ]);
    expect(f).toMatchObject({ tp: 2, fp: 1, fn: 1, precision: 2 / 3, recall: 2 / 3, tierAccuracy: 0.5, attributionExact: 0.5, attributionLoose: 1 });
    expect(f.confusion.rumor.official).toBe(1);
    expect(f.confusion.named_source.named_source).toBe(1);
  });
});

describe("contradictions", () => {
  it("flags hearsay called official and a named source called unnamed", () => {
    expect(contradiction(det({ certainty: "official", quote: "The phone is widely expected to ship in May." }), null)).toMatch(/hearsay/);
    const kuo = label({ tier: "named_source", attributedTo: "Ming-Chi Kuo" });
    expect(contradiction(det({ certainty: "unnamed_source", attributedTo: "supply-chain analyst Ming-Chi Kuo" }), kuo)).toMatch(/named/);
    expect(contradiction(det({ certainty: "named_source", attributedTo: "Ming-Chi Kuo" }), kuo)).toBeNull();
  });
});
