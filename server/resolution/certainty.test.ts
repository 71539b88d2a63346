import { beforeAll, describe, expect, it } from "vitest";
import { loadSyntheticData } from "@/scripts/synthetic/load";
import { checkInvariants } from "@/scripts/synthetic/check";
import { recountTallies } from "@/server/claims/facts";
import { db } from "@/server/platform/db";
import { backfillCertaintyOnce } from "./certainty";

// The certainty backfill needs nobody to remember it (issue 17): every server
// start asks for it (instrumentation.ts), it runs on a database upgraded from
// before tiers were stored, and once it has run, asking again is one read and
// changes nothing.

const state = async () => ({
  tiers: await db.claim.findMany({ orderBy: { id: "asc" }, select: { id: true, certainty: true } }),
  tallies: await db.certaintyTally.findMany({ where: { count: { not: 0 } }, orderBy: [{ outletId: "asc" }, { certainty: "asc" }, { rating: "asc" }] }),
});

let detected: Map<string, string>;

beforeAll(async () => {
  await loadSyntheticData({ claims: 120, articles: 40, events: 3, outlets: 4, seed: 23 });
  detected = new Map((await db.claim.findMany({ select: { id: true, certainty: true } })).map((c) => [c.id, c.certainty]));
  // What the 20261202050000 migration leaves: every tier "unknown", counted so, and no backfill run yet.
  await db.claim.updateMany({ data: { certainty: "unknown" } });
  await db.$transaction((tx) => recountTallies(tx));
  await db.auditEvent.deleteMany({ where: { action: "claims.certainty_backfill" } });
});

describe("the certainty backfill at server start", () => {
  it("gives an upgraded database its tiers, with the tallies moved in step", async () => {
    const known = [...detected.values()].filter((t) => t !== "unknown").length;
    expect(known).toBeGreaterThan(20);
    expect(await backfillCertaintyOnce()).toBe(known);
    const now = await db.claim.findMany({ select: { id: true, certainty: true } });
    expect(Object.fromEntries(now.map((c) => [c.id, c.certainty]))).toEqual(Object.fromEntries(detected));
    expect(await checkInvariants()).toEqual([]);
  });

  it("is skipped once it has run: the next start changes nothing, not even an editor's later choice", async () => {
    const claim = await db.claim.findFirstOrThrow({ where: { certainty: { not: "unknown" } }, select: { id: true } });
    // An editor says the tier is not known: the next start must not put the detector's back.
    await db.claim.update({ where: { id: claim.id }, data: { certainty: "unknown" } });
    const before = await state();
    expect(await backfillCertaintyOnce()).toBeNull();
    expect(await state()).toEqual(before);
    expect(await db.auditEvent.count({ where: { action: "claims.certainty_backfill" } })).toBe(1);
  });
});
