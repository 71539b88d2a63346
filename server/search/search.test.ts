import { beforeAll, describe, expect, it } from "vitest";
import { claimWorld, POST_TEXT, span } from "@/test/fixtures";
import { deleteClaim, updateClaim } from "@/server/claims/claims";
import { db } from "@/server/platform/db";
import { addEvidence, removeEvidence } from "@/server/claims/evidence";
import { databaseProvider } from "@/server/platform/env";
import { searchClaimIds } from "./search";
import { sqliteSearchStats } from "./sqlite";

// Search stays current through every kind of write, on either database (on
// SQLite its in-memory index catches up by itself; server/search/sqlite.ts).

let world: Awaited<ReturnType<typeof claimWorld>>;
const versionOf = async (id: string) => (await db.claim.findUniqueOrThrow({ where: { id }, select: { rumor: { select: { version: true } } } })).rumor.version;

beforeAll(async () => {
  world = await claimWorld();
  await claimWorld();
});

describe("search follows the data", () => {
  it("finds a claim by its new wording, and no longer by the old", async () => {
    expect(await searchClaimIds("insiders")).toContain(world.claimId);
    await updateClaim(
      world.claimId,
      { version: await versionOf(world.claimId), statement: "The quokkas will headline.", attributedTo: "Wombat watchers" },
      null,
    );
    expect(await searchClaimIds("quokkas")).toEqual([world.claimId]);
    expect(await searchClaimIds("wombat")).toEqual([world.claimId]);
    expect(await searchClaimIds("insiders")).not.toContain(world.claimId);
  });

  it("re-indexes nothing after a write that changes no claim's text", async () => {
    const before = { ...sqliteSearchStats };
    // Any commit moves SQLite's data_version (a session, a token's last use): the index looks, and finds nothing to do.
    await db.$executeRaw`UPDATE "Outlet" SET "name" = "name" || '.'`;
    expect(await searchClaimIds("quokkas")).toEqual([world.claimId]);
    if (databaseProvider() === "sqlite") {
      expect(sqliteSearchStats.catchUps).toBe(before.catchUps + 1);
      expect(sqliteSearchStats.reindexed).toBe(before.reindexed);
      await db.$executeRaw`UPDATE "Claim" SET "attributedTo" = 'Quokka keepers', "updatedAt" = ${new Date()} WHERE "id" = ${world.claimId}`;
      expect(await searchClaimIds("keepers")).toEqual([world.claimId]);
      expect(sqliteSearchStats.reindexed).toBe(before.reindexed + 1);
    }
  });

  it("finds a claim by evidence added and not by evidence removed", async () => {
    const passage = span(POST_TEXT, "there were no fireworks at all");
    const { id } = await addEvidence(world.claimId, { articleId: world.post, ...passage, stance: "mentions", note: "Zebracorn sighting." }, null);
    expect(await searchClaimIds("zebracorn")).toEqual([world.claimId]);
    await removeEvidence(id, {}, null);
    expect(await searchClaimIds("zebracorn")).toEqual([]);
  });

  it("forgets a deleted claim, and sees a write from another connection", async () => {
    await deleteClaim(world.claimId, null);
    expect(await searchClaimIds("quokkas")).toEqual([]);
    const other = (await db.claim.findFirstOrThrow({ select: { id: true } })).id;
    // A raw write, as another process would make it (the app always moves updatedAt).
    await db.$executeRaw`UPDATE "Claim" SET "attributedTo" = 'Platypus fans', "updatedAt" = ${new Date()} WHERE "id" = ${other}`;
    expect(await searchClaimIds("platypus")).toEqual([other]);
    // On SQLite, edits were caught up with; the deletion needed a rebuild.
    if (databaseProvider() === "sqlite") expect(sqliteSearchStats).toMatchObject({ catchUps: expect.any(Number), rebuilds: 2 });
    if (databaseProvider() === "sqlite") expect(sqliteSearchStats.catchUps).toBeGreaterThanOrEqual(4);
  });
});
