import { describe, expect, it } from "vitest";
import { findIllFormed, hasLetterOrDigit, hasVisibleCharacter, textProblem } from "./unicode";

describe("textProblem", () => {
  it("accepts well-formed text with tabs, line breaks, emoji, bidi and combining marks", () => {
    for (const ok of ["", "Before 🎉 after", "a\tb\r\nc", "e\u0301", "\u202Eabc", "\u200b", "👩‍👩‍👧‍👦", "﷽"]) expect(textProblem(ok), ok).toBeNull();
  });

  it("names a lone surrogate and where it is", () => {
    expect(textProblem("Before \ud83c after")).toBe(
      "contains a broken character (a lone UTF-16 surrogate, U+D83C, at position 7); send well-formed Unicode text.",
    );
    expect(textProblem("\udfff")).toMatch(/U\+DFFF, at position 0/);
  });

  it("refuses control characters other than tab and line breaks", () => {
    expect(textProblem("a\u0000b")).toBe("contains a control character (U+0000 at position 1); only tabs and line breaks are allowed.");
    for (const bad of ["\u0007", "\u000b", "\u000c", "\u001b[31m", "\u007f", "\u0085"]) expect(textProblem(bad), JSON.stringify(bad)).not.toBeNull();
  });
});

describe("visible characters", () => {
  it("needs a letter or a digit for a quote, anything that shows for a text", () => {
    expect(hasLetterOrDigit("\u200b\u202E\u0301\u0000 ")).toBe(false);
    expect(hasLetterOrDigit("🎬 !")).toBe(false);
    expect(hasLetterOrDigit("日本")).toBe(true);
    expect(hasLetterOrDigit("٣")).toBe(true);
    expect(hasVisibleCharacter("\u200b\u200d\u2060\u202E\u0301")).toBe(false);
    expect(hasVisibleCharacter("?")).toBe(true);
  });
});

describe("findIllFormed", () => {
  it("finds the first ill-formed string or key in a JSON value, with its path", () => {
    expect(findIllFormed({ a: "ok", b: ["fine", { c: "x\ud800" }], d: "\udc00" })).toEqual({ path: "b.1.c", text: "x\ud800" });
    expect(findIllFormed({ ["k\ud800"]: 1 })).toEqual({ path: "k\ufffd", text: "k\ud800" });
    expect(findIllFormed("\ud800")).toEqual({ path: "", text: "\ud800" });
    expect(findIllFormed({ a: ["🎉", null, 1, true] })).toBeNull();
  });

  it("walks nesting deeper than the call stack", () => {
    const deep = JSON.parse("[".repeat(100_000) + '"\\ud800"' + "]".repeat(100_000));
    expect(findIllFormed(deep)?.text).toBe("\ud800");
  });
});
