// Wording the detector learned from the third fresh dev batch of issue 13 (our
// own sentences in the same shapes): relayed reports and their sources, and
// what must still not be flagged.
import { describe, expect, it } from "vitest";
import { findClaimCandidates } from "./candidates";

const published = new Date("2015-01-15T00:00:00Z");
const first = (s: string) => findClaimCandidates(s, published)[0];

describe("found, with the source as written", () => {
  it("quotation marks inside a verb phrase do not hide the future", () => {
    const s = 'A representative of the bakery said they would "almost certainly" be closing the shop next spring.';
    expect(first(s)).toMatchObject({ certainty: "official", attributedTo: "A representative of the bakery" });
  });

  it("an outlet closing the sentence relays the unnamed people it cites", () => {
    const s = 'The club has agreed a fee for the striker, according to people familiar with the matter," reports The Daily Courier.';
    expect(first(s)).toMatchObject({ certainty: "named_source", attributedTo: "The Daily Courier" });
  });

  it("a report carried by a named site names the site", () => {
    const s = "According to a report on Gadgetfeed, the company is apparently refusing to ship the phone in Europe.";
    expect(first(s)).toMatchObject({ certainty: "named_source", attributedTo: "Gadgetfeed" });
  });

  it.each([
    ["'Letter from the mayor' reported to be forged", "unnamed_source", null],
    ["The Evening Chronicle has received unconfirmed reports that a bridge has collapsed near the harbour.", "unnamed_source", null],
    ["#ScreenGate: Tablet Customers Are Complaining That The Screen Is Cracking In The Cold", "unnamed_source", "Tablet Customers"],
    ["Local outlets identify 'the masked burglar'", "unnamed_source", "Local outlets"],
    ["Older reports have indicated that the factory was closed by the army.", "unnamed_source", "Older reports"],
    ["A monk has left the monastery after a dispute, according to the Spanish press.", "unnamed_source", "the Spanish press"],
    ["Details murky in arrest of the smuggler's 'accountant'", "rumor", null],
    ["Suspect named as local man was 'questioned by police' years before the attack", "rumor", null],
  ])("%s", (s, tier, source) => expect(first(s)).toMatchObject({ certainty: tier, attributedTo: source }));

  it("a country labelling a headline speaks through its government", () => {
    expect(first("Peru: UN to Investigate Mine Collapse Near the Border")).toMatchObject({ certainty: "official", attributedTo: "Peru" });
  });
});

describe("still not flagged", () => {
  it.each(["This rather bold -- and entirely fake -- claim by the blog was repeated by thousands of readers.", "Chile: Chile Miners Spark Safety Concerns"])(
    "%s",
    (s) => expect(findClaimCandidates(s, published)).toEqual([]),
  );

  it("'complaining' without 'that' is not a speech verb", () => {
    expect(first("Claim: Bank Got Complaining Client Fired")?.attributedTo ?? null).toBeNull();
  });
});
