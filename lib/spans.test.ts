import { describe, expect, it } from "vitest";
import { checkSpan, contextAround, segmentText, trimSpan } from "./spans";

const BODY = "Cruise will perform a stunt. Part of it is pre-taped 🎬 here. The end.";

describe("checkSpan", () => {
  it("accepts a span whose text matches and returns the quote", () => {
    const start = BODY.indexOf("will perform");
    expect(checkSpan(BODY, start, start + 12, "will perform")).toEqual({ ok: true, quote: "will perform" });
  });

  it("refuses spans outside the text, empty, blank or reversed", () => {
    expect(checkSpan(BODY, -1, 3).ok).toBe(false);
    expect(checkSpan(BODY, 0, BODY.length + 1).ok).toBe(false);
    expect(checkSpan(BODY, 5, 5).ok).toBe(false);
    expect(checkSpan(BODY, 9, 4).ok).toBe(false);
    expect(checkSpan(BODY, 6, 7).ok).toBe(false); // a single space
  });

  it("refuses a quote that does not match the text at that position", () => {
    const check = checkSpan(BODY, 0, 6, "Crus3");
    expect(check).toEqual({ ok: false, message: "The quoted text does not match the article at that position." });
  });

  it("refuses a span that splits an emoji's surrogate pair", () => {
    const emoji = BODY.indexOf("🎬");
    expect(checkSpan(BODY, emoji + 1, emoji + 4).ok).toBe(false);
    expect(checkSpan(BODY, emoji - 3, emoji + 1).ok).toBe(false);
    expect(checkSpan(BODY, emoji - 6, emoji + 2)).toEqual({ ok: true, quote: "taped 🎬" });
  });

  it("refuses a quote with no visible letter or digit", () => {
    const invisible = "Zero\u200b\u200c\u200dwidth, \u202Eoverride, e\u0301 \u0301 mark, NUL\u0000 and 🎬 emoji.";
    for (const part of ["\u200b\u200c\u200d", "\u202E", "\u0301", "\u0000", "🎬", "🎬 ", ", "]) {
      const start = invisible.indexOf(part);
      const check = checkSpan(invisible, start, start + part.length);
      expect(check.ok, JSON.stringify(part)).toBe(false);
    }
    expect(checkSpan(invisible, 0, 4, "Zero")).toEqual({ ok: true, quote: "Zero" });
    expect(checkSpan(BODY, BODY.indexOf("🎬"), BODY.indexOf("🎬") + 2)).toEqual({
      ok: false,
      message: "A quote needs at least one visible letter or digit; this selection has none.",
    });
  });
});

describe("trimSpan", () => {
  it("drops white space at both ends of a selection", () => {
    const start = BODY.indexOf(" Part");
    expect(trimSpan(BODY, { start, end: start + 6 })).toEqual({ start: start + 1, end: start + 5 });
  });
});

describe("segmentText", () => {
  it("cuts at every mark boundary, so overlapping marks never nest", () => {
    const segments = segmentText("abcdefghij", [
      { start: 2, end: 6 },
      { start: 4, end: 8 },
    ]);
    expect(segments.map((s) => [s.text, s.marks.length])).toEqual([
      ["ab", 0],
      ["cd", 1],
      ["ef", 2],
      ["gh", 1],
      ["ij", 0],
    ]);
    expect(segments.map((s) => s.text).join("")).toBe("abcdefghij");
  });

  it("ignores marks outside the text", () => {
    expect(segmentText("abc", [{ start: 2, end: 9 }])).toEqual([{ start: 0, end: 3, text: "abc", marks: [] }]);
  });
});

describe("contextAround", () => {
  it("gives the sentence before and the sentence after the quote's own", () => {
    const text = "One. Two says a thing. Three holds the QUOTE here. Four follows. Five is far.";
    const start = text.indexOf("QUOTE");
    const { before, after } = contextAround(text, { start, end: start + 5 });
    expect(before).toBe("Two says a thing. Three holds the ");
    expect(after).toBe(" here. Four follows.");
  });

  it("caps long context at a word boundary with an ellipsis", () => {
    const text = `${"word ".repeat(200)}QUOTE ${"more ".repeat(200)}`;
    const start = text.indexOf("QUOTE");
    const { before, after } = contextAround(text, { start, end: start + 5 }, 50);
    expect(before.startsWith("…word")).toBe(true);
    expect(after.endsWith("more…")).toBe(true);
    expect(before.length).toBeLessThanOrEqual(51);
  });
});
