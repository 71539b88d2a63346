import { describe, expect, it } from "vitest";
import { draftStatement } from "./statement";

describe("statement drafts drop what has its own field", () => {
  it.each([
    ["Report: Streaming service coming to the box next month", "Streaming service coming to the box next month"],
    ["Carmaker plans a cheaper model - NY Post", "Carmaker plans a cheaper model"],
    ["Mass production kicks off in January: Report", "Mass production kicks off in January"],
    ["The Watch Will Debut by Late March [Report]", "The Watch Will Debut by Late March"],
    ["Phone To Feature New Chips (Rumor)", "Phone To Feature New Chips"],
    ["Militants training to fly captured jets — watchdog", "Militants training to fly captured jets"],
    ["Singer to headline festival, sources say", "Singer to headline festival"],
    ["According to two people familiar with the plans, the deal will close in May.", "The deal will close in May."],
  ])("%s → %s", (s, statement) => expect(draftStatement(s)).toBe(statement));

  it("keeps what is part of the claim", () => {
    expect(draftStatement("Protest group to rally in Dresden - but police warn of clashes")).toBe(
      "Protest group to rally in Dresden - but police warn of clashes",
    );
    expect(draftStatement("iPhone maker to open a store in Mumbai")).toBe("iPhone maker to open a store in Mumbai");
    expect(draftStatement("'Jihadi John' named as a Londoner, reports say")).toBe("'Jihadi John' named as a Londoner");
  });
});
