import { describe, expect, it } from "vitest";
import { analyzeClaim } from "./query";
import { numberConflict, stanceOf } from "./stance";
import { tokenize } from "./tokens";

const hint = (claim: string, passage: string, coverage = 0.8) =>
  stanceOf({ query: analyzeClaim(claim), passage, tokens: tokenize(passage), coverage, docText: passage }).stance;

describe("negation and contrast", () => {
  const claim = "The band is expected to reunite at the festival.";
  it.each([
    ["The band did not reunite at the festival.", "contradicts"],
    ["The band didn't reunite at the festival.", "contradicts"],
    ["The reunion was cancelled and the band played nowhere.", "contradicts"],
    ["Instead of reuniting, the singer performed solo at the festival.", "contradicts"],
    ["The drummer denied the band would reunite.", "contradicts"],
    ["The band reunited at the festival on Saturday.", "supports"],
    ["The band could reunite at the festival, fans hope.", "mentions"],
    ["The band reportedly reunited at the festival.", "mentions"],
  ])("%s → %s", (passage, stance) => {
    expect(hint(claim, passage)).toBe(stance);
  });

  it("a negative claim is supported by a negative passage", () => {
    expect(hint("The star will not attend the gala.", "The star did not attend the gala.")).toBe("supports");
    expect(hint("The star will not attend the gala.", "The star attended the gala in a red dress.")).toBe("contradicts");
  });

  it("low coverage only mentions", () => {
    expect(hint(claim, "The festival opened on Friday.", 0.2)).toBe("mentions");
  });
});

describe("numbers that disagree", () => {
  it("flags a different number next to the same word", () => {
    const q = analyzeClaim("The phone will be priced at $1,499.");
    expect(numberConflict(q, tokenize("It is priced at $1,799."))).toBe("1,799 ≠ 1499");
    expect(numberConflict(q, tokenize("It is priced at $1,499."))).toBeNull();
    expect(numberConflict(q, tokenize("It went on sale in 2025."))).toBeNull();
  });
});
