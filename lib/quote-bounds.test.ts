import { describe, expect, it } from "vitest";
import { crossesParagraph, stepEnd, stepStart } from "./quote-bounds";

const body = "Insiders say Tom Cruise will abseil in.\n\nA second paragraph follows.";
const span = (quote: string) => ({ start: body.indexOf(quote), end: body.indexOf(quote) + quote.length });

describe("moving quote boundaries a word at a time", () => {
  it("widens and narrows the start", () => {
    const s = span("Cruise will");
    expect(body.slice(stepStart(body, s, -1), s.end)).toBe("Tom Cruise will");
    expect(body.slice(stepStart(body, s, 1), s.end)).toBe("will");
    expect(stepStart(body, span("will"), 1)).toBe(span("will").start);
    expect(stepStart(body, { start: 0, end: 8 }, -1)).toBe(0);
  });

  it("widens and narrows the end", () => {
    const s = span("Cruise will");
    expect(body.slice(s.start, stepEnd(body, s, 1))).toBe("Cruise will abseil");
    expect(body.slice(s.start, stepEnd(body, s, -1))).toBe("Cruise");
    expect(stepEnd(body, span("Cruise"), -1)).toBe(span("Cruise").end);
    expect(stepEnd(body, { start: 0, end: body.length }, 1)).toBe(body.length);
  });

  it("tells a quote that crosses a paragraph", () => {
    expect(crossesParagraph(body, span("abseil in.\n\nA second"))).toBe(true);
    expect(crossesParagraph(body, span("Tom Cruise"))).toBe(false);
    expect(crossesParagraph("a line\nwrapped by hand", { start: 0, end: 20 })).toBe(false);
  });
});
