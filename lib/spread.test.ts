import { describe, expect, it } from "vitest";
import { spreadSeries, spreadSummary } from "./spread";
import type { ClaimStance } from "./stance";

const a = (outlet: string, publishedAt: string, stance: ClaimStance, own: boolean, origin = false) => ({
  stance,
  own,
  origin,
  article: { outlet, outletSlug: outlet.toLowerCase(), publishedAt },
});

describe("spreadSummary", () => {
  it("names the first printer, then who followed, relayed, hedged and denied, each once", () => {
    const s = spreadSummary([
      a("Le Monde", "2024-08-01", "asserts", true, true),
      a("BBC", "2024-08-02", "hedges", false),
      a("CNN", "2024-08-03", "asserts", false),
      a("BBC", "2024-08-04", "hedges", false),
      a("Times", "2024-08-05", "asserts", true),
      a("Reuters", "2024-08-06", "denies", true),
    ]);
    expect(s.first).toEqual({ outlet: { name: "Le Monde", slug: "le monde" }, publishedAt: "2024-08-01" });
    expect(s.followed.map((o) => o.name)).toEqual(["Times"]);
    expect(s.relayed.map((o) => o.name)).toEqual(["BBC", "CNN"]);
    expect(s.hedged.map((o) => o.name)).toEqual(["BBC"]);
    expect(s.denied.map((o) => o.name)).toEqual(["Reuters"]);
  });
  it("has no first printer without appearances", () => {
    expect(spreadSummary([]).first).toBeNull();
  });
});

describe("spreadSeries", () => {
  it("counts appearances per day by stance up to the event, gaps included", () => {
    const s = spreadSeries([a("A", "2024-08-01", "asserts", true), a("B", "2024-08-01", "hedges", false), a("C", "2024-08-03", "denies", true)], "2024-08-05");
    expect(s.days).toBe(1);
    expect(s.buckets.map((b) => [b.start, b.total])).toEqual([
      ["2024-08-01", 2],
      ["2024-08-02", 0],
      ["2024-08-03", 1],
      ["2024-08-04", 0],
      ["2024-08-05", 0],
    ]);
    expect(s.buckets[0]!.counts).toEqual({ asserts: 1, hedges: 1, denies: 0 });
  });
  it("groups a long span into weeks so the chart stays small", () => {
    const s = spreadSeries([a("A", "2024-01-01", "asserts", true), a("B", "2024-03-01", "asserts", true)], null);
    expect(s.days).toBe(7);
    expect(s.buckets.length).toBeLessThanOrEqual(40);
    expect(s.buckets.reduce((n, b) => n + b.total, 0)).toBe(2);
  });
});
