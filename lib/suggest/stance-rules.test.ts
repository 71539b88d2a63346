import { describe, expect, it } from "vitest";
import { analyzeClaim } from "./query";
import { articleView } from "./stance-article";
import { stanceFeatures } from "./stance-features";
import { frontRule } from "./stance-rules";

const rule = (claim: string, article: string) => {
  const query = analyzeClaim(claim);
  return frontRule(query, stanceFeatures(query, articleView(article), { start: 0, end: article.length }));
};

describe("rules in front of the stance model", () => {
  it("contradicts on a plain negation of the claim's action word", () => {
    expect(rule("The band is expected to reunite at the festival.", "The band did not reunite at the festival.")).toEqual({
      stance: "contradicts",
      cues: ["not reunite"],
    });
    expect(rule("The band is expected to reunite at the festival.", "The band didn't reunite at the festival.")?.stance).toBe("contradicts");
  });

  it("leaves hedged, attributed or off-topic negations to the model", () => {
    expect(rule("The band is expected to reunite at the festival.", "The band may not reunite at the festival.")).toBeNull();
    expect(rule("The band is expected to reunite at the festival.", "The singer said the band would not reunite at the festival.")).toBeNull();
    // The negation is not before a claim word.
    expect(rule("The band is expected to reunite at the festival.", "It was not cold when the band reunited at the festival.")).toBeNull();
    // Names are who, not what happened: "not Smith" negates nothing the claim says.
    expect(rule("Anna Smith will win the final.", "It was not Smith's day.")).toBeNull();
  });

  it("lets a negative claim be supported by the same negation", () => {
    expect(rule("The star will not attend the gala.", "The star did not attend the gala.")).toEqual({ stance: "supports", cues: ["not attend"] });
  });

  it("contradicts on numbers that disagree next to the claim's word", () => {
    expect(rule("The phone will be priced at $1,499.", "It is priced at $1,799.")).toEqual({ stance: "contradicts", cues: ["1,799 ≠ 1499"] });
    expect(rule("The phone will be priced at $1,499.", "It is priced at $1,499.")).toBeNull();
  });
});
