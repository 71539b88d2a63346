import { describe, expect, it } from "vitest";
import { claimStanceHint } from "./claim-stance";

describe("claimStanceHint", () => {
  it("reads a plain prediction as asserting the rumor", () => {
    expect(claimStanceHint("Tom Cruise will perform a stunt at the closing ceremony.")).toEqual({ stance: "asserts", cue: null });
  });

  it("reads reported or speculative wording as a hedge", () => {
    expect(claimStanceHint("Tom Cruise may be taking on a daring stunt, French media reported.").stance).toBe("hedges");
    expect(claimStanceHint("The actor is reportedly planning a skydive.")).toEqual({ stance: "hedges", cue: "reportedly" });
    expect(claimStanceHint("Apple is widely expected to unveil the phone in September.").stance).toBe("hedges");
  });

  it("reads a denial as denying, even when it is also reported", () => {
    expect(claimStanceHint("Organizers denied that Tom Cruise would appear.").stance).toBe("denies");
    expect(claimStanceHint("The singer reportedly will not attend the ceremony.").stance).toBe("denies");
    expect(claimStanceHint("A spokesperson said the rumor was false.").stance).toBe("denies");
  });
});
