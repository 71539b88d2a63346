import { describe, expect, it } from "vitest";
import { PassageIndex } from "./index";
import { analyzeClaim } from "./query";
import { rankPassages } from "./rank";

// Quotes are the sentence(s) that bear on the claim; the enclosing passage is
// returned as `context` so the editor can widen the quote.
describe("suggestion quotes", () => {
  const text =
    "Fans queued overnight 🎟️ in the rain.\n" +
    "The singer Mara Quill headlined the halftime show on Sunday. " +
    "Ticket prices were not disclosed. " +
    "Parking opened at noon.";

  it("quotes the best sentence alone, with the passage around it as context", () => {
    const idx = new PassageIndex();
    idx.add({ id: "a", text });
    const [top] = rankPassages(idx, analyzeClaim("Mara Quill will headline the halftime show"));
    expect(top!.quote).toBe("The singer Mara Quill headlined the halftime show on Sunday.");
    expect(text.slice(top!.start, top!.end)).toBe(top!.quote);
    // The context is the quote with its neighbours (exact UTF-16 offsets, past the emoji).
    expect(text.slice(top!.context.start, top!.context.end)).toBe(
      "Fans queued overnight 🎟️ in the rain.\nThe singer Mara Quill headlined the halftime show on Sunday. Ticket prices were not disclosed.",
    );
    expect(top!.context.start).toBeLessThanOrEqual(top!.start);
    expect(top!.context.end).toBeGreaterThanOrEqual(top!.end);
  });

  it("quotes two adjacent sentences when both bear on the claim", () => {
    const idx = new PassageIndex();
    const two = "Mara Quill headlined the halftime show. Her ticket prices were cut to $40 for the final. The weather was mild.";
    idx.add({ id: "b", text: two });
    const [top] = rankPassages(idx, analyzeClaim("Mara Quill will headline the halftime show and cut ticket prices"));
    expect(top!.quote).toBe("Mara Quill headlined the halftime show. Her ticket prices were cut to $40 for the final.");
    expect(two.slice(top!.start, top!.end)).toBe(top!.quote);
  });
});
