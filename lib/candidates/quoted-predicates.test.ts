// Shapes of fresh dev batch 9 (issue 13, our own sentences): a headline whose whole predicate is
// quoted, a hedging adverb on a headline's happening, an identity resting on someone's word, a
// sighting credited to who released it, and the look-alikes that are not claims.
import { describe, expect, it } from "vitest";
import { findClaimCandidates } from "./candidates";

const published = new Date("2015-01-15T00:00:00Z");
const first = (s: string) => findClaimCandidates(s, published)[0];

describe("claims, with their tier and source", () => {
  it.each([
    ["Sultan 'bans the colour orange in the capital'", "rumor", null],
    ["Rebels and Army 'agree truce and hostages' release'", "rumor", null],
    ["Militia Seemingly Executed Captured Pilot Near Border", "rumor", null],
    ["Broadcaster Is Probably Shortening Old Sitcoms To Fit In More Adverts", "rumor", null],
    ["In a clip posted online, gunmen shot a man that they say is a missing soldier.", "rumor", null],
    ["A video released by Al-Nusra claims to show the downing of a cargo plane.", "sighting", "Al-Nusra"],
    ["Tablet price? Speculators say at least $900", "unnamed_source", "Speculators"],
  ])("%s", (s, tier, source) => expect(first(s)).toMatchObject({ certainty: tier, attributedTo: source }));
});

describe("not claims", () => {
  it.each([
    // A quoted title is a name, and a quotation after a verb is its object.
    'Rebels, in video titled "A Warning to the Capital," execute a captured pilot in 2013',
    "Singer has his car stolen after meeting ‘blonde stranger at a party’",
    "Fans mourn death of ‘oldest goalkeeper’",
    // A hedging adverb in a lead-in ending in a colon that is not a title, and one on a reader's mind.
    "In a statement, the firm defended its actions, seemingly asserting that it must watch the network:",
  ])("%s", (s) => expect(first(s)).toBeUndefined());
});
