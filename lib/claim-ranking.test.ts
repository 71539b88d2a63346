import { describe, expect, it } from "vitest";
import { rankClaimable, searchClaimable } from "./claim-ranking";

const claim = (id: string, statement: string, event: string | null) => ({
  id,
  statement,
  rumorStatement: statement,
  attributedTo: "insiders",
  event: event ? { id: `ev-${event}`, name: event } : null,
});

const CLAIMS = [
  claim("apple", "Apple will unveil a foldable iPhone", "Apple keynote"),
  claim("flag", "The flag goes to Los Angeles by motorcycle", "Closing ceremony"),
  claim("cruise", "Tom Cruise will abseil from the stadium roof", "Opening ceremony"),
  claim("snoop", "Snoop Dogg performs on the beach", null),
];
const TEXT = "At the closing ceremony Tom Cruise descended from the stadium roof and took the flag.";

describe("ranking claims for an evidence passage", () => {
  it("puts the event the article names first, then claims whose words it shares, then the rest", () => {
    const ranked = rankClaimable(CLAIMS, { text: TEXT });
    expect(ranked.map((c) => [c.id, c.reason])).toEqual([
      ["flag", "same-event"],
      ["cruise", "suggested"],
      ["apple", null],
      ["snoop", null],
    ]);
  });

  it("puts the claim the editor came from first", () => {
    expect(rankClaimable(CLAIMS, { text: TEXT, chosenId: "snoop" })[0]).toMatchObject({ id: "snoop", reason: "chosen" });
  });

  it("counts an event the article already gives evidence for as the same event", () => {
    const ranked = rankClaimable(CLAIMS, { text: "Nothing in common.", eventIds: new Set(["ev-Apple keynote"]) });
    expect(ranked[0]).toMatchObject({ id: "apple", reason: "same-event" });
  });

  it("searches statement, attribution and event by every word", () => {
    expect(searchClaimable(CLAIMS, "cruise roof").map((c) => c.id)).toEqual(["cruise"]);
    expect(searchClaimable(CLAIMS, "ceremony").map((c) => c.id)).toEqual(["flag", "cruise"]);
    expect(searchClaimable(CLAIMS, "  ")).toHaveLength(4);
  });
});
