import { beforeAll, describe, expect, it, vi } from "vitest";

// The dashboard reads lighter shapes than the other reader pages (issue 12):
// claim lines from the claims' own denormalized columns, and the outlets'
// ranking summed by the database. Both must say exactly what the whole
// public claims and the standings say, void rumors included.
vi.hoisted(() => {
  process.env.HINDSIGHT_READER_CACHE = "off";
});

const { loadSyntheticData } = await import("@/scripts/synthetic/load");
const { db } = await import("@/server/platform/db");
const { voidRumor } = await import("@/server/resolution/voids");
const { claimLineOf } = await import("@/components/reader/claim-line");
const { findReaderClaimLines, findReaderClaims, latestVerdictClaims } = await import("./claims");
const { outletRanking } = await import("./outlet-standing");
const { outletStandings } = await import("./stats");

beforeAll(async () => {
  await loadSyntheticData({ claims: 260, articles: 70, events: 4, outlets: 5, seed: 17 });
  const open = await db.rumor.findMany({
    where: { currentVerdictId: null, publicClaims: { gt: 0 } },
    orderBy: [{ publicClaims: "desc" }, { id: "asc" }],
    take: 2,
    select: { id: true, version: true },
  });
  for (const r of open) await voidRumor(r.id, { reason: "The event was cancelled.", version: r.version }, null);
}, 120_000);

describe("the dashboard's claim lines", () => {
  it("say what each whole public claim says, for every kind of list", async () => {
    const filters = [{}, { rating: "confirmed" as const }, { void: "yes" as const }, { rating: "pending" as const }, { q: "will" }];
    for (const filter of filters) {
      const lines = await findReaderClaimLines(filter, { limit: 500 });
      const claims = await findReaderClaims(filter, { limit: 500 });
      expect(lines.items.length, JSON.stringify(filter)).toBeGreaterThan(0);
      expect(lines, JSON.stringify(filter)).toEqual({ ...claims, items: claims.items.map(claimLineOf) });
    }
    expect((await findReaderClaimLines({ void: "yes" })).items.every((l) => l.void?.reason === "The event was cancelled.")).toBe(true);
  });

  it("page like the whole claims", async () => {
    const first = await findReaderClaimLines({}, { limit: 7 });
    const next = await findReaderClaimLines({}, { limit: 7, cursor: first.nextCursor! });
    const whole = await findReaderClaims({}, { limit: 14 });
    expect([...first.items, ...next.items]).toEqual(whole.items.map(claimLineOf));
  });

  it("give the latest verdicts with the day each was decided", async () => {
    const latest = await latestVerdictClaims(5);
    expect(latest).toHaveLength(5);
    const byId = new Map((await findReaderClaims({}, { limit: 500 })).items.map((c) => [c.id, claimLineOf(c)]));
    for (const line of latest) {
      expect(line.ratedAt).not.toBeNull();
      expect(line).toEqual(byId.get(line.id));
    }
  });
});

describe("the dashboard's outlet ranking", () => {
  it("ranks, counts and scores every outlet as the standings do", async () => {
    const standings = await outletStandings();
    expect(standings.length).toBeGreaterThan(1);
    expect(await outletRanking()).toEqual(standings.map(({ name, slug, rank, total, counts, accuracy }) => ({ name, slug, rank, total, counts, accuracy })));
  });
});
