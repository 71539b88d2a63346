import { describe, expect, it } from "vitest";
import { DEFAULT_TIER_PROBABILITIES } from "./calibration";
import { monthEnds, recordAsOf, recordHistory, voidAt, type HistoryData } from "./track-history";

const at = (iso: string) => new Date(iso);
const P = DEFAULT_TIER_PROBABILITIES;

// A recorded history: claim 1 (asserts rumor R1) was rated confirmed on 10
// March, then re-rated refuted on 20 April; claim 2 (denies rumor R2) was
// published in April and R2 refuted on 2 May at 23:30 UTC; claim 3's rumor
// R3 was voided on 1 May; claim 4 has an override published 5 May. (Claim 5's
// rumor R5 was voided on 1 April and the void undone on 15 April: see below.)
const data: HistoryData = {
  claims: [
    { id: "c1", rumorId: "r1", stance: "asserts", certainty: "official", publishedAt: at("2026-03-01T09:00:00Z") },
    { id: "c2", rumorId: "r2", stance: "denies", certainty: "unnamed_source", publishedAt: at("2026-04-10T12:00:00Z") },
    { id: "c3", rumorId: "r3", stance: "asserts", certainty: "rumor", publishedAt: at("2026-03-15T12:00:00Z") },
    { id: "c4", rumorId: "r1", stance: "hedges", certainty: "rumor", publishedAt: at("2026-03-02T12:00:00Z") },
  ],
  verdicts: [
    { rumorId: "r1", claimId: null, rating: "confirmed", publishedAt: at("2026-03-10T10:00:00Z"), decidedAt: at("2026-03-10T10:00:00Z") },
    { rumorId: "r1", claimId: null, rating: "refuted", publishedAt: at("2026-04-20T10:00:00Z"), decidedAt: at("2026-04-20T10:00:00Z") },
    { rumorId: "r2", claimId: null, rating: "refuted", publishedAt: at("2026-05-02T23:30:00Z"), decidedAt: at("2026-05-02T23:30:00Z") },
    { rumorId: "r1", claimId: "c4", rating: "partly_confirmed", publishedAt: at("2026-05-05T08:00:00Z"), decidedAt: at("2026-05-05T08:00:00Z") },
  ],
  voids: new Map([["r3", [{ at: at("2026-05-01T00:00:00Z"), void: true }]]]),
};

describe("a track record as of a date", () => {
  it("counts only claims published by then, rated by the verdicts published by then", () => {
    const march = recordAsOf(data, at("2026-03-31T23:59:59.999Z"), P);
    expect(march.total).toBe(3);
    expect(march.counts).toMatchObject({ confirmed: 2, pending: 1 });
    // c1 asserted (weight 1), c4 hedged (weight ½): both right.
    expect(march.accuracy).toMatchObject({ n: 2, weight: 1.5, score: 1 });
    const april = recordAsOf(data, at("2026-04-30T23:59:59.999Z"), P);
    expect(april.counts).toMatchObject({ refuted: 2, pending: 2 });
    expect(april.accuracy.score).toBe(0);
  });

  it("follows a re-resolution and an override from the day each was published", () => {
    const may = recordAsOf(data, at("2026-05-31T23:59:59.999Z"), P);
    // c1 refuted; c2 denied a refuted rumor (right); c4's override: partly confirmed.
    expect(may.counts).toMatchObject({ confirmed: 1, refuted: 1, partly_confirmed: 1, pending: 0 });
    expect(may.calibration.tiers.find((t) => t.certainty === "official")).toMatchObject({ n: 1, share: 0 });
  });

  it("leaves a void rumor out from the instant it was voided", () => {
    expect(recordAsOf(data, at("2026-04-30T23:59:59.999Z"), P).total).toBe(4);
    expect(recordAsOf(data, at("2026-05-01T00:00:00.000Z"), P).total).toBe(3);
  });

  it("counts a rumor void while it was, and as it was before and after (a void undone, then voided again)", () => {
    const r5 = [
      { at: at("2026-04-15T00:00:00Z"), void: false },
      { at: at("2026-04-01T00:00:00Z"), void: true },
      { at: at("2026-06-01T00:00:00Z"), void: true },
    ];
    expect([voidAt(r5, at("2026-03-31T00:00:00Z").getTime()), voidAt(r5, at("2026-04-02T00:00:00Z").getTime())]).toEqual([false, true]);
    expect([voidAt(r5, at("2026-05-01T00:00:00Z").getTime()), voidAt(r5, at("2026-06-01T00:00:00Z").getTime())]).toEqual([false, true]);
    const withR5: HistoryData = {
      ...data,
      claims: [...data.claims, { id: "c5", rumorId: "r5", stance: "asserts", certainty: "rumor", publishedAt: at("2026-03-20T00:00:00Z") }],
      voids: new Map([...data.voids, ["r5", r5]]),
    };
    const total = (day: string) => recordAsOf(withR5, at(`${day}T23:59:59.999Z`), P).total;
    // 31 March: c1, c3, c4, c5. 10 April: c5 void, c2 published. 20 April: c5 back. 31 May: c3 void. 1 June: c5 void again.
    expect([total("2026-03-31"), total("2026-04-10"), total("2026-04-20"), total("2026-05-31"), total("2026-06-01")]).toEqual([4, 4, 5, 4, 3]);
  });

  it("takes days in UTC: a verdict published late on 2 May in New York counts from 3 May UTC", () => {
    // 2026-05-02T23:30Z is 19:30 on 2 May in New York, but the page's days are UTC days.
    expect(recordAsOf(data, at("2026-05-02T23:29:59.999Z"), P).counts.confirmed).toBe(0);
    expect(recordAsOf(data, at("2026-05-02T23:59:59.999Z"), P).counts.confirmed).toBe(1);
  });
});

describe("the record over time", () => {
  it("has one point per month end, in UTC, up to now", () => {
    expect(monthEnds(at("2026-01-31T23:30:00-05:00"), at("2026-03-10T00:00:00Z")).map((m) => m.month)).toEqual(["2026-02", "2026-03"]);
    expect(monthEnds(at("2025-12-15T00:00:00Z"), at("2026-01-02T00:00:00Z"))[0]!.end.toISOString()).toBe("2025-12-31T23:59:59.999Z");
    // 73 months: every fourth, counted back from the current one, so the first month stays in.
    const long = monthEnds(at("2020-01-01T00:00:00Z"), at("2026-01-01T00:00:00Z"));
    expect(long).toHaveLength(19);
    expect([long[0]!.month, long[1]!.month, long[18]!.month]).toEqual(["2020-01", "2020-05", "2026-01"]);
  });

  it("moves with the verdict history", () => {
    const points = recordHistory(data, at("2026-05-20T00:00:00Z"));
    expect(points.map((p) => [p.month, p.n, p.score])).toEqual([
      ["2026-03", 2, 1],
      ["2026-04", 2, 0],
      // c1 wrong (1), c2 right (1), c4 partly right and hedged (½ × ½): 1.25 / 2.5.
      ["2026-05", 3, 0.5],
    ]);
  });

  it("gives at every month's end exactly the accuracy of the record as of then (random histories)", () => {
    // A small deterministic generator: claims, rumor-wide and claim verdicts
    // (some published at the same instant, some at a month's last millisecond),
    // voids and undos in any order, over two and a half years.
    let seed = 7;
    const rand = () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
    const pick = <T>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)]!;
    const start = Date.parse("2024-01-01T00:00:00Z");
    const span = 900 * 86_400_000;
    const when = () => new Date(rand() < 0.1 ? Date.UTC(2024, Math.floor(rand() * 29), 1) - 1 : start + Math.floor(rand() * span));
    for (let round = 0; round < 20; round++) {
      const rumors = Array.from({ length: 12 }, (_, i) => `r${i}`);
      const claims = Array.from({ length: 40 }, (_, i) => ({
        id: `c${i}`,
        rumorId: pick(rumors),
        stance: pick(["asserts", "hedges", "denies"] as const),
        certainty: pick(["official", "rumor", "unknown"]),
        publishedAt: when(),
      }));
      const ratings = ["confirmed", "partly_confirmed", "refuted", "unverifiable"] as const;
      const verdicts = Array.from({ length: 30 }, () => {
        const onClaim = rand() < 0.3 ? pick(claims) : null;
        const publishedAt = when();
        return {
          rumorId: onClaim?.rumorId ?? pick(rumors),
          claimId: onClaim?.id ?? null,
          rating: pick(ratings),
          publishedAt,
          decidedAt: rand() < 0.5 ? publishedAt : when(),
        };
      });
      const voids = new Map(
        rumors.filter(() => rand() < 0.4).map((r) => [r, Array.from({ length: 1 + Math.floor(rand() * 3) }, () => ({ at: when(), void: rand() < 0.6 }))]),
      );
      const history: HistoryData = { claims, verdicts, voids };
      const now = new Date(start + span);
      const points = recordHistory(history, now);
      const ends = monthEnds(new Date(Math.min(...claims.map((c) => c.publishedAt.getTime()))), now);
      expect(points.map((p) => p.month)).toEqual(ends.map((e) => e.month));
      ends.forEach(({ end }, i) => {
        const { accuracy } = recordAsOf(history, end, P);
        expect(points[i], `round ${round}, ${ends[i]!.month}`).toEqual({
          month: ends[i]!.month,
          n: accuracy.n,
          score: accuracy.score,
          low: accuracy.low,
          high: accuracy.high,
        });
      });
    }
  });
});
