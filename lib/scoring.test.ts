import { describe, expect, it } from "vitest";
import { attributionKind } from "./attribution";
import { accuracy, countRatings, emptyCounts, rankByLowerBound, STANCE_WEIGHT, weightedAccuracy, wilsonInterval } from "./scoring";

describe("wilsonInterval", () => {
  it("matches published values", () => {
    // 8 of 10: the textbook Wilson 95% interval is 0.490–0.943.
    const { low, high } = wilsonInterval(0.8, 10);
    expect(low).toBeCloseTo(0.4902, 3);
    expect(high).toBeCloseTo(0.9433, 3);
  });
  it("stays inside [0, 1] at the extremes", () => {
    expect(wilsonInterval(1, 2).high).toBe(1);
    expect(wilsonInterval(0, 2).low).toBe(0);
    expect(wilsonInterval(1, 2).low).toBeCloseTo(0.3424, 3);
  });
  it("is the whole range without data", () => {
    expect(wilsonInterval(0.5, 0)).toEqual({ low: 0, high: 1 });
  });
});

describe("accuracy", () => {
  it("scores confirmed 1, partly 0.5, refuted 0 and ignores pending and unverifiable", () => {
    const a = accuracy(countRatings(["confirmed", "partly_confirmed", "refuted", "refuted", "pending", "unverifiable"]));
    expect(a.n).toBe(4);
    expect(a.score).toBeCloseTo(1.5 / 4);
    expect(a.low).toBeLessThan(a.score!);
    expect(a.high).toBeGreaterThan(a.score!);
  });
  it("has no score without resolved claims", () => {
    expect(accuracy({ ...emptyCounts(), pending: 3, unverifiable: 2 })).toEqual({ n: 0, weight: 0, score: null, low: 0, high: 1 });
  });
});

describe("weightedAccuracy (stance)", () => {
  const c = (confirmed: number, refuted: number) => ({ ...emptyCounts(), confirmed, refuted });
  it("costs a hedged wrong claim half what an asserted one costs", () => {
    const asserted = weightedAccuracy({ asserts: c(9, 1) });
    const hedged = weightedAccuracy({ asserts: c(9, 0), hedges: c(0, 1) });
    expect(asserted.score).toBeCloseTo(0.9);
    expect(hedged.score).toBeCloseTo(9 / 9.5);
    expect(hedged.score!).toBeGreaterThan(asserted.score!);
    expect(hedged).toMatchObject({ n: 10, weight: 9.5 });
  });
  it("gives a hedged right claim half the credit", () => {
    expect(weightedAccuracy({ asserts: c(0, 1), hedges: c(1, 0) }).score).toBeCloseTo(0.5 / 1.5);
    expect(weightedAccuracy({ asserts: c(0, 1), denies: c(1, 0) }).score).toBeCloseTo(0.5);
  });
  it("cannot be gamed by hedging everything: same score, smaller sample, lower bound", () => {
    const asserted = weightedAccuracy({ asserts: c(8, 2) });
    const hedged = weightedAccuracy({ hedges: c(8, 2) });
    expect(hedged.score).toBeCloseTo(asserted.score!);
    expect(hedged.weight).toBe(10 * STANCE_WEIGHT.hedges);
    expect(hedged.low).toBeLessThan(asserted.low);
    expect(
      rankByLowerBound([
        { name: "Hedger", accuracy: hedged },
        { name: "Asserter", accuracy: asserted },
      ])[0]!.name,
    ).toBe("Asserter");
  });
  it("scores a denial as firmly as an assertion", () => {
    expect(weightedAccuracy({ denies: c(3, 1) })).toEqual(weightedAccuracy({ asserts: c(3, 1) }));
  });
});

describe("rankByLowerBound", () => {
  const outlet = (name: string, confirmed: number, refuted: number) => ({
    name,
    accuracy: accuracy({ ...emptyCounts(), confirmed, refuted }),
  });
  it("does not rank two lucky claims above a long good record", () => {
    const ranked = rankByLowerBound([outlet("Two for two", 2, 0), outlet("Long record", 180, 20), outlet("Nothing yet", 0, 0)]);
    expect(ranked.map((r) => [r.name, r.rank])).toEqual([
      ["Long record", 1],
      ["Two for two", 2],
      ["Nothing yet", null],
    ]);
  });
  it("breaks ties by sample size, then name", () => {
    const ranked = rankByLowerBound([outlet("B", 1, 1), outlet("A", 1, 1)]);
    expect(ranked.map((r) => r.name)).toEqual(["A", "B"]);
  });
});

describe("attributionKind", () => {
  it("treats the outlet itself, implied or not, as its own claim", () => {
    expect(attributionKind("The outlet itself")).toBe("own");
    expect(attributionKind("the outlet itself (implied)")).toBe("own");
    expect(attributionKind("French media")).toBe("relayed");
    expect(attributionKind("The outlet itself (implied), from sightings")).toBe("own");
    expect(attributionKind("Cine Phil (@cinephiloff) on X")).toBe("relayed");
    expect(attributionKind("Sources close to the outlet itself")).toBe("relayed");
  });
});
