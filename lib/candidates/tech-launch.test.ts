// The failures a newcomer found on realistic tech-launch articles, rewritten
// in our own words: hearsay called official, an insider called named, a tier
// contradicting its attribution, and rumours that were not flagged at all.
import { describe, expect, it } from "vitest";
import { findClaimCandidates } from "./candidates";

const published = new Date("2025-06-02T00:00:00Z");
const only = (sentence: string) => {
  const found = findClaimCandidates(sentence, published);
  expect(found).toHaveLength(1);
  return found[0]!;
};

describe("hearsay is never official", () => {
  it.each([
    "The new earbuds are widely expected to be announced at the September event.",
    "The cheaper model is said to ship with 12GB of memory, which Apple confirmed for the Pro last year.",
    "A folding phone is rumoured to be unveiled alongside the tablet in the autumn.",
  ])("%s", (s) => expect(only(s).certainty).toBe("rumor"));
});

describe("an unnamed insider is unnamed, whatever company it works at", () => {
  it.each([
    ["The watch will gain sleep tracking, a Samsung insider told reporters.", "a Samsung insider"],
    ["According to a person familiar with the company's plans, the phone will get a titanium frame.", "a person familiar with the company's plans"],
    ["Sources within Google say the assistant will be rebuilt around its new model.", "Sources within Google"],
  ])("%s", (s, who) => expect(only(s)).toMatchObject({ certainty: "unnamed_source", attributedTo: who }));
});

describe("a named attribution is never 'unnamed sources'", () => {
  it("an analyst with a name is a named source, and the name is the attribution", () => {
    const c = only("The tablet will reportedly switch to an OLED display next year, according to supply-chain analyst Ming-Chi Kuo.");
    expect(c).toMatchObject({ certainty: "named_source", attributedTo: "Ming-Chi Kuo" });
  });

  it("a named outlet with unnamed sources is the outlet's report", () => {
    const c = only("Bloomberg reported that the headset will cost less than $2,000, citing people familiar with the plans.");
    expect(c).toMatchObject({ certainty: "named_source", attributedTo: "Bloomberg" });
  });
});

describe("rumours that used to be missed", () => {
  it.each([
    "The cheaper model is said to ship with 12GB of memory.",
    "Google is working on glucose monitoring for its next watch.",
    "The assistant upgrade has been pushed back to next spring.",
    "The handset will come in four colours.",
    "Active noise cancellation is finally coming to the entry-level earbuds.",
  ])("%s", (s) => expect(only(s).certainty).toBe("rumor"));
});

describe("the party itself, on record", () => {
  it.each([
    "Samsung confirmed the event will take place on February 1.",
    "The company said in a statement that the update will reach all phones by March.",
    '"We will ship the glasses before the holidays," a Meta spokesperson said.',
  ])("%s", (s) => expect(only(s).certainty).toBe("official"));
});

describe("plain reporting is not a candidate", () => {
  it.each([
    "Sales rose 12 percent in the quarter, the company said.",
    "The company declined to comment.",
    "Apple unveiled the watch in September and shipped it in April.",
    "No, the phone will not come with a charger in the box, and it never did.",
  ])("%s", (s) => expect(findClaimCandidates(s, published)).toEqual([]));
});

describe("a company speaking of its own plans is official", () => {
  it.each([
    ["Samsung says its new phone will ship in April.", "Samsung"],
    ["Acme Corp says it is considering a sale of its chip unit.", "Acme Corp"],
    ["Nintendo said on Tuesday that it will open a store in Rome.", "Nintendo"],
  ])("%s", (s, who) => expect(only(s)).toMatchObject({ certainty: "official", attributedTo: who }));

  it.each([
    // An outlet's "its correspondent", and a "said it would" inside what someone else claims.
    ["Sahara Reporters said its correspondent will travel to the city.", "named_source"],
    ["In the clip, a masked man claims the hostage was killed because Britain said it would arm the rebels.", "unnamed_source"],
  ])("%s", (s, tier) => expect(only(s).certainty).toBe(tier));
});
