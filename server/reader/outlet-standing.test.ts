import { beforeAll, describe, expect, it, vi } from "vitest";

vi.hoisted(() => {
  process.env.HINDSIGHT_READER_CACHE = "off";
});

const { loadSyntheticData } = await import("@/scripts/synthetic/load");
const { db } = await import("@/server/platform/db");
const { outletStanding } = await import("./outlet-standing");
const { getOutletRecord } = await import("./outlet-records");
const { outletStandings } = await import("./stats");

// An outlet page ranks its outlet without building the whole leaderboard
// (outlet-standing.ts): its record and rank must be exactly the
// leaderboard's, for every outlet.
beforeAll(async () => {
  await loadSyntheticData({ claims: 500, articles: 120, events: 6, outlets: 14, seed: 9, reset: true });
});

describe("one outlet's standing", () => {
  it("is exactly its line on the leaderboard, rank and count of ranked outlets included", async () => {
    const board = await outletStandings();
    const ranked = board.filter((o) => o.rank !== null).length;
    expect(board.length).toBeGreaterThan(10);
    // Some outlets are ranked below others: the ranks are not all the same.
    expect(new Set(board.map((o) => o.rank)).size).toBeGreaterThan(5);
    for (const outlet of await db.outlet.findMany({ select: { id: true, name: true, slug: true } })) {
      const line = board.find((o) => o.slug === outlet.slug) ?? null;
      expect(await outletStanding(outlet), outlet.slug).toEqual({ record: line, ranked });
      if (line) expect((await getOutletRecord(outlet.slug))?.record, outlet.slug).toEqual(line);
    }
  });
});
