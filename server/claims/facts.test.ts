import { beforeAll, describe, expect, it } from "vitest";
import { checkInvariants } from "@/scripts/synthetic/check";
import { seedDemo } from "@/scripts/seed-demo";
import { recountTallies } from "./facts";
import { deleteClaim, setClaimPublished, updateClaim } from "./claims";
import { db } from "@/server/platform/db";
import { createEvent } from "@/server/articles/events";
import { recordVerdict, setVerdictPublished } from "./verdicts";

// The denormalized claim columns and the tallies (server/claims/facts.ts) are
// kept by the write path in the same transaction: after every kind of write
// they equal what a recount from scratch gives.

const versionOf = async (id: string) => (await db.claim.findUniqueOrThrow({ where: { id }, select: { rumor: { select: { version: true } } } })).rumor.version;
const tallies = async () => ({
  outlets: await db.outletTally.findMany({
    where: { count: { not: 0 } },
    orderBy: [{ outletId: "asc" }, { own: "asc" }, { stance: "asc" }, { origin: "asc" }, { rating: "asc" }],
  }),
  events: await db.eventTally.findMany({ where: { count: { not: 0 } }, orderBy: [{ eventId: "asc" }, { rating: "asc" }] }),
});

let ids: string[] = [];
beforeAll(async () => {
  await seedDemo();
  ids = (await db.claim.findMany({ select: { id: true }, orderBy: { id: "asc" } })).map((c) => c.id);
});

describe("claim facts and tallies", () => {
  it("hold after seeding through the write path", async () => {
    expect(await checkInvariants()).toEqual([]);
    expect((await tallies()).outlets.reduce((n, t) => n + t.count, 0)).toBe(ids.length);
  });

  it("follow re-rating, drafts, and unpublishing a verdict", async () => {
    const id = ids[0]!;
    const draft = await recordVerdict(
      id,
      { rating: "refuted", rationale: "A later report says the opposite; drafted for review.", version: await versionOf(id) },
      null,
    );
    expect(await checkInvariants()).toEqual([]);
    await setVerdictPublished(draft.id, { version: await versionOf(id) }, true, null);
    expect((await db.claim.findUniqueOrThrow({ where: { id } })).rating).toBe("refuted");
    expect(await checkInvariants()).toEqual([]);
    await setVerdictPublished(draft.id, { version: await versionOf(id) }, false, null);
    expect((await db.claim.findUniqueOrThrow({ where: { id } })).rating).not.toBe("refuted");
    expect(await checkInvariants()).toEqual([]);
  });

  it("follow unpublishing and republishing a claim", async () => {
    const id = ids[1]!;
    await setClaimPublished(id, { version: await versionOf(id) }, false, null);
    expect(await checkInvariants()).toEqual([]);
    expect((await tallies()).outlets.reduce((n, t) => n + t.count, 0)).toBe(ids.length - 1);
    await setClaimPublished(id, { version: await versionOf(id) }, true, null);
    expect(await checkInvariants()).toEqual([]);
  });

  it("follow a new attribution and a new event", async () => {
    const id = ids[2]!;
    const claim = await db.claim.findUniqueOrThrow({ where: { id } });
    const own = claim.own;
    await updateClaim(id, { version: await versionOf(id), attributedTo: own ? "Local officials" : "The outlet itself (implied)" }, null);
    expect((await db.claim.findUniqueOrThrow({ where: { id } })).own).toBe(!own);
    expect(await checkInvariants()).toEqual([]);
    // Between the claim's source (9 Aug 2024) and its evidence (12 Aug).
    const other = await createEvent({ name: "Another event", date: "2024-08-11", slug: "another-event" }, null);
    await updateClaim(id, { version: await versionOf(id), eventId: other.id }, null);
    expect(await db.eventTally.findMany({ where: { eventId: other.id, count: { gt: 0 } } })).toHaveLength(1);
    // A published claim cannot lose its event (issue 11); it can move back.
    await expect(updateClaim(id, { version: await versionOf(id), eventId: null }, null)).rejects.toMatchObject({ status: 422 });
    await updateClaim(id, { version: await versionOf(id), eventId: claim.eventId }, null);
    expect(await db.eventTally.findMany({ where: { eventId: other.id, count: { gt: 0 } } })).toHaveLength(0);
    expect(await checkInvariants()).toEqual([]);
  });

  it("follow deleting a claim, and a recount changes nothing", async () => {
    await deleteClaim(ids[3]!, null);
    expect(await checkInvariants()).toEqual([]);
    const before = await tallies();
    await db.$transaction((tx) => recountTallies(tx));
    expect(await tallies()).toEqual(before);
  });
});
