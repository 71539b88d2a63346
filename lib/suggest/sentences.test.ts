import { describe, expect, it } from "vitest";
import { splitSentences } from "./sentences";
import { tokenize } from "./tokens";

describe("splitSentences", () => {
  it("keeps abbreviations and dates inside a sentence, with exact offsets", () => {
    const text = "Dr. Smith said it will rain. The U.S. team won 3-1 on Sunday, Aug. 11!\nNext paragraph here.";
    const out = splitSentences(text);
    expect(out.map((s) => s.text)).toEqual(["Dr. Smith said it will rain.", "The U.S. team won 3-1 on Sunday, Aug. 11!", "Next paragraph here."]);
    for (const s of out) expect(text.slice(s.start, s.end)).toBe(s.text);
  });

  it("ends a sentence before a name that opens in lower case or with a digit, not after an abbreviation", () => {
    const text = "We know what it will look like. 9to5Mac reports it ships in May. Sales rose this year. iPhone sales fell. Sgt. 1st Class Ray Dunn spoke.";
    const out = splitSentences(text);
    expect(out.map((s) => s.text)).toEqual([
      "We know what it will look like.",
      "9to5Mac reports it ships in May.",
      "Sales rose this year.",
      "iPhone sales fell.",
      "Sgt. 1st Class Ray Dunn spoke.",
    ]);
    for (const s of out) expect(text.slice(s.start, s.end)).toBe(s.text);
  });
});

describe("tokenize", () => {
  it("stems, drops stopwords, marks names and numbers", () => {
    const toks = tokenize("Reportedly, Lumi Arden will perform 2,000 songs.");
    expect(toks.map((t) => t.stem)).toEqual(["lumi", "arden", "perform", "2000", "song"]);
    expect(toks.filter((t) => t.name).map((t) => t.lower)).toEqual(["lumi", "arden", "2,000"]);
  });
});

describe("future rumor, past outcome", () => {
  it("maps irregular past forms and news synonyms onto the claim's words", () => {
    const stems = (s: string) => tokenize(s).map((t) => t.stem);
    expect(stems("will win")).toEqual(stems("won"));
    expect(stems("is set to sell")).toEqual(expect.arrayContaining(stems("sold")));
    expect(stems("will unveil")).toEqual(stems("launched"));
    expect(stems("scrapped")).toEqual(stems("cancel"));
    // Names stay names.
    expect(stems("Rose Drew")).toEqual(["rose", "drew"]);
  });
});
