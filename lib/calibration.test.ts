import { describe, expect, it } from "vitest";
import { addToTier, calibrate, DEFAULT_TIER_PROBABILITIES, parseTierProbabilities } from "./calibration";
import { emptyCounts, type RatingCounts } from "./scoring";

const counts = (c: Partial<RatingCounts>): RatingCounts => ({ ...emptyCounts(), ...c });

describe("calibration by certainty tier", () => {
  it("counts each tier's claims, resolved claims and share that came true, with a Wilson interval", () => {
    const cal = calibrate(
      { official: counts({ confirmed: 8, refuted: 2, pending: 3 }), rumor: counts({ confirmed: 1, partly_confirmed: 2, refuted: 3, unverifiable: 1 }) },
      DEFAULT_TIER_PROBABILITIES,
    );
    const official = cal.tiers.find((t) => t.certainty === "official")!;
    expect(official).toMatchObject({ total: 13, n: 10, share: 0.8, stated: 0.9 });
    expect(official.low).toBeCloseTo(0.49, 2);
    expect(official.high).toBeCloseTo(0.943, 2);
    const rumor = cal.tiers.find((t) => t.certainty === "rumor")!;
    expect(rumor).toMatchObject({ total: 7, n: 6, share: 2 / 6 });
    expect(cal.tiers.find((t) => t.certainty === "sighting")).toMatchObject({ total: 0, n: 0, share: null, low: 0, high: 1 });
  });

  it("scores Brier over resolved claims with a known tier: (p − outcome)², partly confirmed as ½", () => {
    const p = { ...DEFAULT_TIER_PROBABILITIES, official: 0.9, rumor: 0.4 };
    const cal = calibrate({ official: counts({ confirmed: 1, refuted: 1 }), rumor: counts({ partly_confirmed: 1 }), unknown: counts({ refuted: 5 }) }, p);
    // (0.1² + 0.9² + 0.1²) / 3; the unknown tier's claims count in no score.
    expect(cal.brierN).toBe(3);
    expect(cal.brier).toBeCloseTo((0.01 + 0.81 + 0.01) / 3, 10);
    expect(calibrate({}, p)).toMatchObject({ brier: null, brierN: 0 });
  });

  it("leaves void claims and unknown ratings out of every tier", () => {
    const byTier = {};
    addToTier(byTier, "official", "void", 4);
    addToTier(byTier, "official", "confirmed", 1);
    addToTier(byTier, "not-a-tier", "refuted", 2);
    const cal = calibrate(byTier, DEFAULT_TIER_PROBABILITIES);
    expect(cal.tiers.find((t) => t.certainty === "official")).toMatchObject({ total: 1, n: 1, share: 1 });
    expect(cal.tiers.find((t) => t.certainty === "unknown")).toMatchObject({ total: 2, n: 2, share: 0 });
  });
});

describe("the tier → probability setting", () => {
  it("overrides the tiers it names and keeps the others", () => {
    expect(parseTierProbabilities("official=0.95, rumor = 0.3")).toEqual({ ...DEFAULT_TIER_PROBABILITIES, official: 0.95, rumor: 0.3 });
    expect(parseTierProbabilities("")).toEqual(DEFAULT_TIER_PROBABILITIES);
  });

  it.each(["gossip=0.5", "official=1.5", "official=", "official=abc", "official"])("refuses %s", (text) => {
    expect(() => parseTierProbabilities(text)).toThrow(/tier|probability/i);
  });
});
