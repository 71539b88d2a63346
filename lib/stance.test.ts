import { describe, expect, it } from "vitest";
import { ratingThrough } from "./stance";

describe("ratingThrough", () => {
  it("keeps the rumor's verdict for claims that assert or hedge it", () => {
    expect(ratingThrough("asserts", "confirmed")).toBe("confirmed");
    expect(ratingThrough("hedges", "refuted")).toBe("refuted");
  });

  it("turns it round for a denial: denying a refuted rumor was right", () => {
    expect(ratingThrough("denies", "refuted")).toBe("confirmed");
    expect(ratingThrough("denies", "confirmed")).toBe("refuted");
    expect(ratingThrough("denies", "partly_confirmed")).toBe("partly_confirmed");
    expect(ratingThrough("denies", "unverifiable")).toBe("unverifiable");
  });

  it("leaves a pending rumor pending", () => {
    expect(ratingThrough("denies", null)).toBeNull();
  });
});
