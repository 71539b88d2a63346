// Shapes of fresh dev batches 7 and 8 (issue 13, our own sentences): a plan word opening a
// sentence, a happening "reported" as an adjective, quotations that are the whole headline,
// unnamed bodies that relay, a party that cannot say, and the look-alikes that are not claims.
import { describe, expect, it } from "vitest";
import { findClaimCandidates } from "./candidates";

const published = new Date("2015-01-15T00:00:00Z");
const first = (s: string) => findClaimCandidates(s, published)[0];

describe("claims, with their tier and source", () => {
  it.each([
    ["Plans to open a store in the capital have been known since October.", "rumor", null],
    ["The singer has been signed up to voice the villain in the sequel.", "rumor", null],
    ["A clip shared online made it seem as if a gull landed on the mayor during the parade.", "sighting", null],
    ["The reported capture of the rebel commander comes a week after the border raid.", "unnamed_source", null],
    ["The colonel's alleged defection comes as the army retreats from the valley.", "rumor", null],
    ["Our correspondent says residents agree that only two districts are still contested.", "unnamed_source", "Our correspondent"],
    ["‘Secret tribunal confirmed in Ohio’", "rumor", null],
    ["Cleric named as 'the Preacher' was 'questioned by MI5' on a trip in 2010", "rumor", null],
    ["Hostage in Chad freed in overnight raid-Interior Ministry", "official", "Interior Ministry"],
    ["Rebels also took the village of Dara after killing an unknown number of farmers, residents said.", "unnamed_source", "residents"],
    ["Former air force officers are training militants to fly two captured jets, a monitoring group said Friday.", "unnamed_source", "a monitoring group"],
    ["The general's deputy now runs the army, according to a think tank in Seoul formed by defectors.", "unnamed_source", "a think tank in Seoul"],
    ["According to Iraqi Member of Parliament Hassan al-Jubouri, the militants have used chlorine gas near the dam.", "named_source", "Hassan al-Jubouri"],
    ["She was answering a claim made by Rep. Tom Baker, R-Ohio, that smugglers were caught at the border.", "named_source", "Tom Baker"],
    ["Yesterday, we reported on a rumor from Comic Corner that thieves had taken the hero's car from the set.", "named_source", "Comic Corner"],
    ["The city has scheduled a news conference for 3:30 p.m. to give more details.", "official", null],
    ["A spokeswoman said she couldn’t say whether the firm was developing such a product.", "official", "A spokeswoman"],
    // A hyphenated word is no source label.
    ["Bookseller to Open First Brick-and-Mortar Site", "rumor", null],
    ["Rebel Army May Have Fighter Jets After Seizing Old Airbase", "rumor", null],
    ["The attacks raise concerns that the group is testing chemical weapons.", "rumor", null],
    ["Parents doubtful of pupils' release after ceasefire breached", "rumor", null],
    ["To make things stranger, it’s reported that the consultancy also advises the bank.", "unnamed_source", null],
    ["Building off the firm's quoted price of $349, analyst Jane Roe anticipates prices to settle near $550.", "named_source", "Jane Roe"],
  ])("%s", (s, tier, source) => expect(first(s)).toMatchObject({ certainty: tier, attributedTo: source }));
});

describe("not claims", () => {
  it.each([
    // Pull quotes in the first person, and a question left without its mark.
    "“I found some coins stuck to my back”",
    '"Does classical music help tomatoes grow"',
    // A reaction naming a killing, and the noun "kidnapping".
    "The minister said: “I am sickened by the barbaric killing of an aid worker.”",
    "Ahmed said the kidnapping victims are in good condition.",
    // "may have" in a body, a mood, a contraction of "it is", and wishes that are not plans.
    "It is not clear what authority the letter may have.",
    "Missing airliners raise fears of attacks on the anniversary",
    "Perhaps it’s supposed to be satire.",
    "Tourists advised to choose local names to get ahead",
    "Two friends dared to eat a 20-year-old burger for charity",
  ])("%s", (s) => expect(first(s)).toBeUndefined());
});
