// Claim candidates in everyday news phrasing beyond tech launches (our own
// sentences): what must be flagged, with which tier, and what must not.
import { describe, expect, it } from "vitest";
import { findClaimCandidates } from "./candidates";

const published = new Date("2015-01-15T00:00:00Z");
const first = (s: string) => findClaimCandidates(s, published)[0];

describe("flagged, with the tier the wording supports", () => {
  it.each([
    ["The film's release has been moved to December.", "rumor"],
    ["The company is in advanced talks to buy the startup.", "rumor"],
    ["The band's comeback tour kicks off in March.", "rumor"],
    ["The device goes on sale in April for $349.", "rumor"],
    ["The striker is close to agreeing a move to Madrid.", "rumor"],
    ["The rapper has been linked to the role of the villain in the sequel.", "rumor"],
    ["A deal could be announced as early as Monday.", "rumor"],
    ["It remains unclear whether the girls will be freed.", "rumor"],
    ["The footage, which has not been verified, shows a man in a mask.", "rumor"],
    ["The couple are reportedly expecting their first child.", "unnamed_source"],
    ["Sources close to the star deny the reports.", "unnamed_source"],
    ["Several outlets have reported that the president is unwell.", "unnamed_source"],
    ["Observers suspect the leader is recovering from surgery.", "unnamed_source"],
    ["Prosecutors say the man sent threats to the studio.", "official"],
    ["But Google engineers say the update will reach older phones in May.", "named_source"],
    ["Industry experts say prices will rise after the merger.", "unnamed_source"],
    ["The minister told parliament the law would take effect in June.", "official"],
    ["Nigeria says a ceasefire has been agreed with the rebels.", "official"],
    ["Witnesses say they saw a bright light over the city.", "sighting"],
    ["Pictures circulating online appear to show the new phone.", "sighting"],
    ["Screenshots posted to Reddit purport to show the new interface.", "sighting"],
    ["New iPad Mini Shows Up in Benchmark Ahead of Launch", "sighting"],
    ["Apple Watch Could Launch in March, Says Analyst", "unnamed_source"],
    ["Exclusive: Netflix Plots Price Hike for Premium Plan", "rumor"],
    ["Sony Pictures Set for Release Date Change", "rumor"],
    ["Facebook Mulling Paid Version of Its App", "rumor"],
    ["The firm has neither confirmed nor denied the report.", "rumor"],
    ["The documents, seen by the Guardian, show that the ministry planned to close the base.", "named_source"],
  ])("%s → %s", (s, tier) => expect(first(s)?.certainty).toBe(tier));
});

it("a hint is flagged, whoever gives it", () => {
  expect(first("The director hinted at a release in the summer.")).toBeDefined();
  expect(first("Fans have been teasing a reunion for months.")).toBeDefined();
});

describe("not flagged", () => {
  it.each([
    "According to the police, the man was arrested on Tuesday.",
    "The suspect was identified as a 32-year-old man, police said.",
    "The company reported a profit of $3 billion for the quarter.",
    "The company confirmed on Monday that it had sold the unit.",
    "Amazon reported record sales over the holidays.",
    "Three patients showed up at a hospital in the city on Monday.",
    "The phone went on sale in September and sold 10 million units.",
    "This week has seen an increased number of airstrikes in the north.",
    "He has not been seen in public since the concert.",
    "Why would anyone believe such a story?",
    "The rumour turned out to be a hoax.",
    "Dumped woman spends a week in a fast-food restaurant to get over her ex",
    "Chugging contest sends Utah man to hospital",
  ])("%s", (s) => expect(findClaimCandidates(s, published)).toEqual([]));
});

describe("a stated plan is not a sighting, and 'wait and see' is not a plan", () => {
  it("a sighting in an aside leaves the report's tier", () => {
    const s = "This week, Spanish media reported that the actor, who has been spotted at several matches, will appear at the final.";
    expect(first(s)).toMatchObject({ certainty: "unnamed_source", attributedTo: "Spanish media" });
  });

  it("the speaker of 'only saying' is the sentence's subject", () => {
    const s = "However, organizers in Berlin are tight-lipped on names, only saying it will feature a famous band.";
    expect(first(s)).toMatchObject({ certainty: "official", attributedTo: "organizers in Berlin" });
  });

  it("we'll have to wait and see", () => {
    expect(findClaimCandidates("I guess we'll have to wait until Sunday to see who shows up.", published)).toEqual([]);
  });
});

describe("who, with a pronoun or a quotation running on", () => {
  it("'he added' takes the speaker named before, not an outlet", () => {
    const text = 'Farid Nasser, an adviser to the ministry, told the Daily Mail the tests were not finished. "The results will come next week," he added.';
    const c = findClaimCandidates(text, published).find((x) => x.quote.startsWith('"The results'));
    expect(c).toMatchObject({ attributedTo: "Farid Nasser", certainty: "official" });
  });

  it("a headline label names the source, a topic label does not", () => {
    expect(first("Pentagon: Militants Seized a Weapons Drop")).toMatchObject({ attributedTo: "Pentagon", certainty: "official" });
    expect(first("Libya: Missing Libya Planes Spark Security Concerns")).toBeUndefined();
  });
});
