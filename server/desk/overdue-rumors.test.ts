import { describe, expect, it } from "vitest";
import { recordVerdict } from "@/server/claims/verdicts";
import { db } from "@/server/platform/db";
import { claimWorld } from "@/test/fixtures";
import { getWorkQueue } from "./queue";

// Overdue rumors on the work queue (issue 17): past their deadline (or their
// event's day) with no published verdict; a draft does not count as one.

const versionOf = async (claimId: string) =>
  (await db.claim.findUniqueOrThrow({ where: { id: claimId }, select: { rumor: { select: { version: true } } } })).rumor.version;
const rumorOf = async (claimId: string) => (await db.claim.findUniqueOrThrow({ where: { id: claimId }, select: { rumorId: true } })).rumorId;

describe("overdue rumors", () => {
  it("lists rumors past their deadline without a published verdict, most overdue first, and drops them once decided", async () => {
    const late = await claimWorld(); // event day 2025-06-15
    const later = await claimWorld();
    const future = await claimWorld();
    await db.rumor.update({ where: { id: await rumorOf(later.claimId) }, data: { deadline: new Date("2025-06-01T00:00:00Z") } });
    await db.rumor.update({ where: { id: await rumorOf(future.claimId) }, data: { deadline: new Date("2025-07-01T00:00:00Z") } });
    const now = new Date("2025-06-20T12:00:00Z");

    const listed = async () => (await getWorkQueue(now)).overdueRumors.filter((r) => [late, later, future].some((w) => w.claimId === r.firstClaimId));
    let rumors = await listed();
    expect(rumors.map((r) => [r.firstClaimId, r.daysOverdue])).toEqual([
      [later.claimId, 19],
      [late.claimId, 5],
    ]);
    expect(rumors[1]).toMatchObject({ claimCount: 1, publicClaims: 0, event: { name: expect.stringContaining("Festival") } });

    await recordVerdict(late.claimId, { rating: "confirmed", rationale: "A draft is not a resolution.", version: await versionOf(late.claimId) }, null);
    expect((await listed()).map((r) => r.firstClaimId)).toContain(late.claimId);
    await recordVerdict(
      late.claimId,
      { rating: "confirmed", rationale: "Published: the review says so.", version: await versionOf(late.claimId), publish: true },
      null,
    );
    rumors = await listed();
    expect(rumors.map((r) => r.firstClaimId)).toEqual([later.claimId]);
  });
});
