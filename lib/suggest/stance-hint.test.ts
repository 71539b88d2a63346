import { describe, expect, it } from "vitest";
import { articleView } from "./stance-article";
import { stanceHint } from "./stance-hint";

const whole = (article: string) => ({ start: 0, end: article.length });
const hint = (statement: string, article: string) => stanceHint({ claim: { statement }, article, passage: whole(article) });

const HOAX =
  "The story that NASA confirmed six days of darkness in December is a hoax.\n" +
  "It was invented by a satirical website and NASA said the claim is false.\n" +
  "There is no evidence of any solar storm that could block out the sun.";

describe("stance hint", () => {
  it("puts disagreeing numbers in front of the model", () => {
    const article = "The phone went on sale on Friday. It is priced at $1,799 in the United States.";
    expect(hint("The phone will be priced at $1,499.", article)).toEqual({ stance: "contradicts", confidence: 0.9, cues: ["1,799 ≠ 1499"] });
  });

  it("reads refutation relative to the claim's own polarity", () => {
    const positive = hint("NASA confirms Earth will experience six days of darkness in December", HOAX);
    const negative = hint("Six days of darkness in December is a hoax", HOAX);
    expect(positive.stance).toBe("contradicts");
    expect(negative.stance).toBe("supports");
    expect(positive.cues.length).toBeGreaterThan(0);
  });

  it("gives a probability and reasons that are words of the article", () => {
    const article = "Police said the man was arrested on Tuesday. He reportedly fled the scene, according to witnesses, but this could not be verified.";
    const h = hint("Man arrested after fleeing the scene", article);
    expect(h.confidence).toBeGreaterThan(0);
    expect(h.confidence).toBeLessThanOrEqual(1);
    for (const cue of h.cues) expect(article.toLowerCase()).toContain(cue);
  });

  it("works on a passage inside a longer article", () => {
    const article = `Weather was mild all week.\n${HOAX}\nFans gathered downtown on Saturday.`;
    const start = article.indexOf("The story");
    const h = stanceHint({
      claim: { statement: "NASA confirms six days of darkness", quote: "six days of total darkness" },
      article,
      passage: { start, end: start + HOAX.length },
    });
    expect(h.stance).toBe("contradicts");
  });

  it("memoises the article view", () => {
    expect(articleView(HOAX)).toBe(articleView(HOAX));
  });
});
