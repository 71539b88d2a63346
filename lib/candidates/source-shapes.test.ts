// Sources in the shapes of fresh dev batches 5 and 6 (issue 13, our own sentences): an
// outlet whose name ends in a time word, a piece an outlet ran, a rumor "from" a
// site, a headline in capitals, a described person with a qualifier, a boast;
// and comparisons and warnings that are not claims.
import { describe, expect, it } from "vitest";
import { findClaimCandidates } from "./candidates";

const published = new Date("2015-01-15T00:00:00Z");
const first = (s: string) => findClaimCandidates(s, published)[0];

describe("who the source is", () => {
  it.each([
    ["USA Today reports that the merger will close in March.", "named_source", "USA Today"],
    ["Earlier tonight, Metro.com published a piece suggesting the coach sent an abusive email.", "named_source", "Metro.com"],
    ["The rumor from eTech.fr claims that the chief executive will visit the Berlin store.", "named_source", "eTech.fr"],
    ["LOCAL AND REGIONAL MEDIA REPORTS: REBELS HAVE SEIZED THE AIRPORT", "unnamed_source", "LOCAL AND REGIONAL MEDIA"],
    ["JANE SMITH SAYS THE FILM WILL BE DELAYED", "named_source", "JANE SMITH"],
    ["Man With Flu-Like Symptoms Claims Contact With Infected Nurse", "unnamed_source", "Man With Flu-Like Symptoms"],
    ["Accountant Says Bank Got Him Fired for Contesting Charges", "unnamed_source", "Accountant"],
    ["'A new hero': Rebel Front boasts a teenage fighter has been killed in battle", "named_source", "Rebel Front"],
    ["'The youngest fighter': Rebel Front reports its youngest recruit 'got martyred' in battle", "named_source", "Rebel Front"],
    ["Schoolgirl almost killed by lightning claims she can now predict storms", "unnamed_source", "Schoolgirl"],
    ["On Monday, word started to fly around the Internet that the brand was going to release a winter flavour.", "unnamed_source", null],
    ["Hundreds mourn the 'death' of the singer after rumours sweep Twitter", "unnamed_source", null],
  ])("%s", (s, tier, source) => expect(first(s)).toMatchObject({ certainty: tier, attributedTo: source }));
});

describe("not claims", () => {
  it.each([
    // A comparison with what someone said reports the outcome.
    "Fence Jumper Made It Deeper Into the Building Than Security Service Claims",
    // "as warning to X to cease": a purpose, not a plan.
    "BREAKING NEWS: Militants kill missing hostage as warning to US to cease action",
    // A rumor mocked or killed is settled; so is a quoted verdict.
    "Director Makes Fun of Stolen Car Rumor with New Photo",
    'Director Kills "Stolen Car" Rumor With Great Photo',
    "Ministry: Senator's Claim Fighters Caught at Border ‘Categorically False’",
    // Clickbait is not a prediction; a reporter's dateline is not a report.
    "What One Street Musician Does with $100 Will Astonish You (VIDEO)",
    "The host reports from the studio's green room.",
  ])("%s", (s) => expect(findClaimCandidates(s, published)).toEqual([]));

  it("a quoted phrase that starts with a verdict word is not a verdict", () => {
    expect(first("An analyst says the 'false start' will delay the watch to March")).toMatchObject({ certainty: "unnamed_source" });
  });

  it("a company reporting its results is the record", () => {
    expect(findClaimCandidates("The retailer reported its first quarterly loss in two years.", published)).toEqual([]);
  });

  it("a plan after a purpose clause is still found", () => {
    expect(first("Seth Rogen to Play the Inventor in a New Film")).toMatchObject({ certainty: "rumor" });
  });
});
