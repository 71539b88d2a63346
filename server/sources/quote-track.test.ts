import { describe, expect, it } from "vitest";
import { locateQuote, trackQuote, wordDiff } from "./quote-track";

const at = (text: string, quote: string) => ({ start: text.indexOf(quote), end: text.indexOf(quote) + quote.length });
const BEFORE = "The mayor said on Friday that the bridge will close in May. Work starts soon.";

describe("trackQuote", () => {
  it("keeps a quote the new text still holds, wherever it moved", () => {
    expect(trackQuote(BEFORE, `Update: ${BEFORE}`, at(BEFORE, "the bridge will close in May"))).toEqual({ kind: "kept" });
  });

  it("answers what a changed passage reads now", () => {
    const after = "The mayor said on Friday that the bridge might close in June. Work starts soon.";
    expect(trackQuote(BEFORE, after, at(BEFORE, "the bridge will close in May"))).toEqual({ kind: "changed", replacement: "the bridge might close in June" });
  });

  it("a replaced first or last word belongs to the passage", () => {
    const after = "The mayor said on Friday that a bridge will close in July. Work starts soon.";
    expect(trackQuote(BEFORE, after, at(BEFORE, "the bridge will close in May"))).toEqual({ kind: "changed", replacement: "a bridge will close in July" });
  });

  it("calls a passage with nothing in its place removed", () => {
    const after = "Work starts soon.";
    expect(trackQuote(BEFORE, after, at(BEFORE, "The mayor said on Friday that the bridge will close in May."))).toEqual({ kind: "removed" });
  });
});

describe("locateQuote", () => {
  it("uses the recorded offsets while they hold, else the quote's occurrence, else nothing", () => {
    const quote = { quoteStart: 4, quoteEnd: 9, quoteText: "mayor" };
    expect(locateQuote(BEFORE, quote)).toEqual({ start: 4, end: 9 });
    expect(locateQuote(`Now: ${BEFORE}`, quote)).toEqual({ start: 9, end: 14 });
    expect(locateQuote("No such word here.", quote)).toBeNull();
  });
});

describe("wordDiff", () => {
  it("marks removed and added words", () => {
    const parts = wordDiff("will close in May", "might close in June");
    expect(parts.filter((p) => p.op !== "same").map((p) => `${p.op}:${p.text}`)).toEqual(["removed:will", "added:might", "removed:May", "added:June"]);
  });
});
