import { describe, expect, it } from "vitest";
import { ratingFromEvidence } from "./verdicts";

describe("ratingFromEvidence", () => {
  it.each([
    [["supports"], "confirmed"],
    [["supports", "mentions", "supports"], "confirmed"],
    [["contradicts", "mentions"], "refuted"],
    [["supports", "contradicts"], null],
    [["mentions"], null],
    [[], null],
  ] as const)("%j → %s", (stances, rating) => {
    expect(ratingFromEvidence(stances)).toBe(rating);
  });
});
