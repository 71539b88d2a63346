import { describe, expect, it } from "vitest";
import { requestChanges, requestReview } from "@/server/claims/review";
import { recordVerdict } from "@/server/claims/verdicts";
import { db } from "@/server/platform/db";
import { assign } from "@/server/workflow/assignment";
import { updateSettings } from "@/server/workflow/settings";
import { claimWorld } from "@/test/fixtures";

// The team workflow tells people (issues 14, ADR 0028/0029): a review request
// reaches the other editors, a sent-back verdict its author, an assignment
// its assignee; nobody is told of their own act.

let n = 0;
async function person() {
  n += 1;
  return db.user.create({
    data: { email: `editor-${n}-${Date.now()}@workflow-events.test`, name: `Editor ${n}`, role: "editor" },
    select: { id: true, name: true, email: true, role: true },
  });
}
const versionOf = async (claimId: string) =>
  (await db.claim.findUniqueOrThrow({ where: { id: claimId }, select: { rumor: { select: { version: true } } } })).rumor.version;
const kindsFor = async (userId: string) => (await db.notification.findMany({ where: { userId }, orderBy: { createdAt: "asc" } })).map((x) => x.kind);

describe("workflow notifications", () => {
  it("tells other editors of a review request and the author when changes are requested", async () => {
    await updateSettings({ reviewBeforePublish: true }, null);
    const [alice, bob] = [await person(), await person()];
    const { claimId } = await claimWorld();
    const verdict = await recordVerdict(claimId, { rating: "confirmed", rationale: "The review says so.", version: await versionOf(claimId) }, alice);
    await requestReview(verdict.id, { version: await versionOf(claimId) }, alice);
    expect(await kindsFor(bob.id)).toEqual(["review-requested"]);
    expect(await kindsFor(alice.id)).toEqual([]);
    const note = await db.notification.findFirstOrThrow({ where: { userId: bob.id } });
    expect(note.claimId).toBe(claimId);

    await requestChanges(verdict.id, { version: await versionOf(claimId), comment: "Cite the outcome article." }, bob);
    expect(await kindsFor(alice.id)).toEqual(["changes-requested"]);
  });

  it("tells an assignee, but not an editor who assigns to themselves", async () => {
    const [alice, bob] = [await person(), await person()];
    const { claimId } = await claimWorld();
    await assign("claim", claimId, { assigneeId: bob.id }, alice);
    await assign("claim", claimId, { assigneeId: alice.id }, alice);
    expect(await kindsFor(bob.id)).toEqual(["assigned"]);
    expect(await kindsFor(alice.id)).toEqual([]);
  });
});
