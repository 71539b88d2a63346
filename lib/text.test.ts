import { describe, expect, it } from "vitest";
import { deriveTitle, slugify } from "./text";

describe("deriveTitle", () => {
  it("uses the first sentence", () => {
    expect(deriveTitle("Cruise lands in Paris. Fans cheer.")).toBe("Cruise lands in Paris.");
  });
  it("shortens a long first sentence at a word", () => {
    const title = deriveTitle(`${"A very long sentence ".repeat(20)}ends here.`, 60);
    expect(title.length).toBeLessThanOrEqual(60);
    expect(title.endsWith("…")).toBe(true);
    expect(title).not.toMatch(/\s…$/);
  });
});

describe("slugify", () => {
  it("makes URL-safe slugs without accents", () => {
    expect(slugify("Cérémonie de clôture — Paris 2024!")).toBe("ceremonie-de-cloture-paris-2024");
  });
});
