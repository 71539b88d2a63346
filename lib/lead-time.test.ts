import { describe, expect, it } from "vitest";
import { leadDays, median } from "./lead-time";

describe("leadDays", () => {
  it("counts whole days before the outcome", () => {
    expect(leadDays(new Date("2024-08-09T00:00:00Z"), new Date("2024-08-11T00:00:00Z"))).toBe(2);
    expect(leadDays(new Date("2024-08-09T18:00:00Z"), new Date("2024-08-11T00:00:00Z"))).toBe(1);
    expect(leadDays(new Date("2024-08-12T00:00:00Z"), new Date("2024-08-11T00:00:00Z"))).toBe(-1);
  });
});

describe("median", () => {
  it("takes the middle value, or the mean of the middle two", () => {
    expect(median([9, 1, 5])).toBe(5);
    expect(median([4, 1, 3, 10])).toBe(3.5);
    expect(median([])).toBeNull();
  });
});
