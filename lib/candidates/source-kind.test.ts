import { describe, expect, it } from "vitest";
import { shortName, sourceKind } from "./source-kind";

describe("kind of source", () => {
  it.each([
    ["sources", "unnamed"],
    ["two sources at the agency", "unnamed"],
    ["a Samsung insider", "unnamed"],
    ["Sources within Google", "unnamed"],
    ["Iraqi news outlets", "unnamed"],
    ["French media", "unnamed"],
    ["Reports", "unnamed"],
    ["a forum user", "unnamed"],
    ["The Wall Street Journal", "named"],
    ["The New York Times' sources", "named"],
    ["supply-chain analyst Ming-Chi Kuo", "named"],
    ["Analysts at Morgan Stanley", "named"],
    ["Islamic State militants", "named"],
    ["the report", "named"],
    ["a government spokesperson", "official"],
    ["Jordanian officials", "official"],
    ["the Iraqi Ministry of Defense", "official"],
    ["Nigeria", "official"],
  ] as const)("%s → %s", (phrase, kind) => expect(sourceKind(phrase)).toBe(kind));

  it("a capital at the start of the sentence may be the sentence's, elsewhere it names", () => {
    expect(sourceKind("Industry experts", "Industry experts", true)).toBe("unnamed");
    expect(sourceKind("Google engineers", "Google engineers", false)).toBe("named");
    expect(sourceKind("The Sun and Sunday People")).toBe("named");
    expect(sourceKind("a forum post on 9to5Mac")).toBe("named");
  });

  it("an appositive can make a named person official", () => {
    expect(sourceKind("James Comey")).toBe("named");
    expect(sourceKind("James Comey", "James Comey, the director of the FBI")).toBe("official");
  });
});

describe("shortest span naming the source", () => {
  it.each([
    ["supply-chain analyst Ming-Chi Kuo", "Ming-Chi Kuo"],
    ["GOP Rep. Duncan Hunter", "Duncan Hunter"],
    ["Pentagon spokesperson Rear Admiral John Kirby", "John Kirby"],
    ["Judicial Watch's Farrell", "Farrell"],
    ["the Reuters news agency", "Reuters"],
    ["Luke Somers' sister", "Luke Somers' sister"],
    ["two sources at the agency", "two sources at the agency"],
  ])("%s → %s", (phrase, short) => expect(shortName(phrase)).toBe(short));
});
