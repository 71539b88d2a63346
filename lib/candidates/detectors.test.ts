import { describe, expect, it } from "vitest";
import { findClaimCandidates } from "./candidates";
import { statedDates } from "./dates";
import { certaintyOf, findAttribution, isPredictive } from "./detectors";

describe("hedges and predictions", () => {
  it.each([
    "The band will perform three new songs at the show.",
    "The minister is expected to resign before the vote.",
    "The summit is set to open in Geneva.",
    "The striker reportedly agreed personal terms.",
    "Rumors suggest a reunion tour.",
    "The actor may be taking on a new role.",
    "The singer is said to be recording in Nashville.",
    "The chancellor was spotted leaving the studio.",
  ])("flags %s", (s) => expect(isPredictive(s)).toBe(true));

  it.each(["The council met on Tuesday and approved the budget.", "Shares closed 3 percent higher."])("ignores %s", (s) => expect(isPredictive(s)).toBe(false));
});

describe("attribution", () => {
  it.each([
    ["French media reported that the star will perform a stunt.", "French media"],
    ["People reported that the couple will marry in June.", "People"],
    ["Organizers said it will feature fireworks.", "Organizers"],
    ["The show will go ahead, a spokesperson said.", "a spokesperson"],
    ["According to two people familiar with the plans, the deal will close in May.", "two people familiar with the plans"],
    ["The company will cut jobs, sources told Reuters.", "sources"],
  ])("%s → %s", (s, who) => expect(findAttribution(s)?.text).toBe(who));

  it("names no one for a bare 'reportedly' (the tier says 'unnamed sources')", () => {
    const s = "The coach is reportedly leaving the club in the summer.";
    expect(findAttribution(s)).toBeNull();
    expect(certaintyOf(s, null)).toBe("unnamed_source");
  });
});

describe("certainty tiers", () => {
  const tier = (s: string) => certaintyOf(s, findAttribution(s));
  it.each([
    ["The league announced the final will be played in Lisbon.", "official"],
    ["Organizers said it will feature world-famous performers.", "official"],
    // A class of outlets names no one; one outlet does.
    ["French media reported that Cruise will perform a stunt.", "unnamed_source"],
    ["Le Parisien reported that Cruise will perform a stunt.", "named_source"],
    ["The company will cut 500 jobs, sources said.", "unnamed_source"],
    ["Fans speculate the band could reunite.", "rumor"],
    ["The singer was spotted at a Nashville studio.", "sighting"],
  ])("%s → %s", (s, t) => expect(tier(s)).toBe(t));
});

describe("dates against the article's date", () => {
  const ref = new Date("2024-08-05T00:00:00Z");
  it.each([
    ["The ceremony is on Sunday, Aug. 11.", "2024-08-11", "day"],
    ["The plant should open by March.", "2025-03-31", "month"],
    ["The games will be held in 2028.", "2028-12-31", "year"],
  ])("%s → %s", (s, day, precision) => expect(statedDates(s, ref)[0]).toMatchObject({ day, precision }));

  it("ignores times of day, vague weeks and the modal 'may'", () => {
    expect(statedDates("It will start at 3 p.m.", ref)).toEqual([]);
    expect(statedDates("This week, media said she may sing.", ref)).toEqual([]);
  });
});

describe("findClaimCandidates", () => {
  it("returns exact spans, attribution, tier and deadline", () => {
    const text = "The city is busy.\nOrganizers said the parade will feature 40 floats on Sunday, Aug. 11. Tickets sold well.";
    const [c] = findClaimCandidates(text, new Date("2024-08-01T00:00:00Z"));
    expect(c).toMatchObject({ attributedTo: "Organizers", certainty: "official", deadline: "2024-08-11" });
    expect(text.slice(c!.start, c!.end)).toBe(c!.quote);
    expect(c!.quote).toBe("Organizers said the parade will feature 40 floats on Sunday, Aug. 11.");
  });

  it("is fast enough for a 2,000-word article", () => {
    const para = "French media reported that the singer will perform at the Closing Ceremony on Sunday, Aug. 11, while organizers stayed quiet. ";
    const text = para.repeat(100);
    const t = performance.now();
    findClaimCandidates(text, new Date("2024-08-01"));
    expect(performance.now() - t).toBeLessThan(500);
  });
});

describe("statement drafts", () => {
  it("drop the attribution lead and asides", () => {
    const text =
      "This week, French media reported that Cruise, who is currently in Europe filming and has been spotted in the stands, including at swimming, will perform a stunt at the Closing Ceremony, which is set to take place at the Stade de France.";
    const [c] = findClaimCandidates(text, new Date("2024-08-09"));
    expect(c!.statement).toBe("Cruise will perform a stunt at the Closing Ceremony.");
    expect(c!.quote).toBe(text);
  });
});

describe("quotations and connectives", () => {
  it("a running quotation keeps its speaker; drafts drop the said-clause", () => {
    const text = '"New singers will complete the picture," Paris organizers said in a statement. "Part of the show will take place in the air."';
    const [a, b] = findClaimCandidates(text, new Date("2024-08-09"));
    expect(a).toMatchObject({ attributedTo: "Paris organizers", statement: "New singers will complete the picture." });
    expect(b).toMatchObject({ attributedTo: "Paris organizers", certainty: "official" });
  });

  it("'set to' without a copula is predictive", () => {
    expect(isPredictive("With the next Summer Games set to take place in Los Angeles in 2028, a handoff fits.")).toBe(true);
  });
});
