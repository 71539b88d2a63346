import { describe, expect, it } from "vitest";
import { findSource } from "./attribution";

const who = (s: string, headline = false) => findSource(s, headline);

describe("where the source is written", () => {
  it.each([
    ["According to two people familiar with the plans, the deal will close in May.", "two people familiar with the plans", "according to"],
    ["The league will expand, according to The Athletic.", "The Athletic", "according to"],
    ["The company will cut jobs, sources told Reuters.", "sources", "told"],
    ['"The show will go ahead," said a spokesperson for the festival.', "a spokesperson for the festival", "said"],
    ["Kevin Marsh, the director of the agency, said the probe would end in May.", "Kevin Marsh", "said"],
    ["The ship sank, his lawyer, Dana Ruiz, told the court.", "Dana Ruiz", "told"],
    ["Rep. Tom Oakes (R-Ohio) said the vote would be delayed.", "Tom Oakes", "said"],
    ["Fans have been sceptical about the video, suggesting it was staged.", "Fans", "suggesting"],
    ["The singer was identified by local media as the driver.", "local media", "according to"],
  ])("%s → %s", (s, text, verb) => expect(who(s)).toMatchObject({ text, verb }));
});

describe("headlines", () => {
  it.each([
    ["Senator: Detainees Have Met With Militants", "Senator"],
    ["Streaming service to launch next month - NY Post", "NY Post"],
    ["Carmaker plans a cheaper model: Report", "Report"],
    ["The Watch Will Debut by Late March [Report]", "Report"],
    ["Boy who swallowed a magnet claims he can now lift spoons", "Boy"],
    ["MAYOR SAYS THE BRIDGE WILL REOPEN IN MAY", "MAYOR"],
  ])("%s → %s", (s, text) => expect(who(s, true)?.text).toBe(text));

  it("a tag or a topic before the colon is not a source", () => {
    expect(who("BREAKING: Storm closes the airport", true)).toBeNull();
    expect(who("Libya: Missing Libya Planes Spark Security Concerns", true)).toBeNull();
    expect(who("Phone to ship in March (Rumor)", true)).toBeNull();
  });
});

describe("not a source", () => {
  it.each([
    "The singer is said to be recording in Nashville.",
    "The reported attack took place on Sunday.",
    "Wintour allegedly told the staff to ignore the rats.",
    "How anyone could believe such a story is a mystery.",
    "The minister, which the opposition confirmed last year, resigned.",
    "Terrorism fears rise after the plane goes missing",
    "Militants post video claiming to show the execution",
  ])("%s", (s) => expect(who(s, !/[.]$/.test(s))).toBeNull());

  it("a pronoun is returned as such, for the caller to resolve", () => {
    expect(who('"We will win," he said.')).toMatchObject({ text: "he", pronoun: true });
  });
});
