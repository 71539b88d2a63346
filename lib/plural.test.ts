import { expect, it } from "vitest";
import { plural } from "./plural";

it("says 1 claim and 2 claims", () => {
  expect(plural(1, "claim")).toBe("1 claim");
  expect(plural(0, "claim")).toBe("0 claims");
  expect(plural(1200, "article")).toBe("1,200 articles");
  expect(plural(2, "piece of evidence", "pieces of evidence")).toBe("2 pieces of evidence");
});
