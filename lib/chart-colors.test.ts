import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { contrastRatio, RATING_FILL, SEGMENT_TEXT, STANCE_FILL } from "./chart-colors";

describe("chart colours", () => {
  it("computes WCAG contrast", () => {
    expect(contrastRatio("#ffffff", "#000000")).toBeCloseTo(21, 5);
    expect(contrastRatio("#777777", "#ffffff")).toBeCloseTo(4.48, 2);
    // The ochre and grey the chart used before issue 14 fell short.
    expect(contrastRatio("#b07800", SEGMENT_TEXT)).toBeLessThan(4.5);
    expect(contrastRatio("#7b818c", SEGMENT_TEXT)).toBeLessThan(4.5);
  });

  it("keeps every segment label at 4.5:1 or more against its segment", () => {
    for (const [name, fill] of Object.entries({ ...RATING_FILL, ...STANCE_FILL })) {
      expect(contrastRatio(SEGMENT_TEXT, fill), name).toBeGreaterThanOrEqual(4.5);
    }
  });

  it("is what the verdict chart's stylesheet paints", () => {
    const css = readFileSync(path.join(__dirname, "../components/reader/dashboard.module.css"), "utf8");
    for (const [rating, fill] of Object.entries(RATING_FILL)) {
      const rule = new RegExp(`\\.segment\\[data-rating="${rating}"\\]\\s*\\{\\s*background:\\s*(#[0-9a-f]{6})`, "i").exec(css);
      expect(rule?.[1], rating).toBe(fill);
    }
    expect(/\.segment \{[^}]*color: (#[0-9a-f]{6})/.exec(css)?.[1]).toBe(SEGMENT_TEXT);
  });
});
