import { describe, expect, it } from "vitest";
import { labelRows, labelWidth } from "./axis-labels";

type Box = { left: number; right: number; row: number };
const boxes = (xs: number[], width: number): Box[] => {
  const rows = labelRows(
    xs,
    xs.map(() => width),
  );
  return xs.map((x, i) => ({ left: x - width / 2, right: x + width / 2, row: rows[i]! }));
};
const overlapping = (all: Box[]) => all.some((a, i) => all.some((b, j) => i < j && a.row === b.row && a.left < b.right && b.left < a.right));

describe("labelRows", () => {
  it("keeps labels far apart on one row", () => {
    expect(labelRows([50, 300, 590], [80, 80, 80])).toEqual([0, 0, 0]);
  });

  it("never lets two labels on a row overlap, however the days crowd", () => {
    const width = labelWidth("30 Sep 2026".length, 12);
    const crowded = [50, 55, 61, 70, 90, 91, 300, 310, 590, 585];
    const placed = boxes(crowded, width);
    expect(overlapping(placed)).toBe(false);
    expect(Math.max(...placed.map((b) => b.row))).toBeGreaterThan(0);
    // The old layout (alternating two rows) overlapped here.
    const old = crowded.map((x, i) => ({ left: x - width / 2, right: x + width / 2, row: i % 2 }));
    expect(overlapping(old)).toBe(true);
  });

  it("gives a 12 px label room for its characters", () => {
    expect(labelWidth(11, 12)).toBeGreaterThanOrEqual(11 * 7);
  });
});
