import { describe, expect, it } from "vitest";
import { db } from "@/server/platform/db";
import { signedIn } from "@/test/auth";
import { claimWorld } from "@/test/fixtures";
import { updateSettings } from "@/server/workflow/settings";
import { POST } from "./route";

// Two editors change the same verdict at once, both based on the same
// claim version: exactly one wins, the other gets 409 with the current
// state, nothing is lost and the audit log shows both attempts.
describe("concurrent verdicts", () => {
  it("lets exactly one of two simultaneous verdicts through", async () => {
    // Publishing at once, as a newsroom without review before publish does (ADR 0028).
    await updateSettings({ reviewBeforePublish: false }, null);
    const { claimId } = await claimWorld();
    const [alice, bob] = [await signedIn("editor"), await signedIn("editor")];
    const {
      rumor: { version, id: rumorId },
    } = await db.claim.findUniqueOrThrow({ where: { id: claimId }, select: { rumor: { select: { version: true, id: true } } } });
    const send = (who: typeof alice, rating: string) =>
      POST(
        new Request(`http://test/api/v1/claims/${claimId}/verdicts`, {
          method: "POST",
          headers: { "content-type": "application/json", ...who.headers },
          body: JSON.stringify({ rating, rationale: `${who.user.name} read the review and decided.`, version, publish: true }),
        }),
        { params: Promise.resolve({ id: claimId }) },
      );
    const responses = await Promise.all([send(alice, "confirmed"), send(bob, "refuted")]);
    const statuses = responses.map((r) => r.status).sort();
    expect(statuses).toEqual([201, 409]);

    const loser = responses.find((r) => r.status === 409)!;
    const { error } = await loser.json();
    expect(error.code).toBe("conflict");
    expect(error.message).toMatch(/Someone else changed this claim/);
    expect(error.details.currentVersion).toBe(version + 1);
    expect(error.details.current.currentVerdict.rating).toMatch(/confirmed|refuted/);

    // Nothing lost: the winner's verdict is stored and current; the loser's
    // input is in the audit log as a refused attempt.
    const verdicts = await db.verdict.findMany({ where: { rumorId }, select: { id: true, rating: true } });
    expect(verdicts).toHaveLength(1);
    const rumor = await db.rumor.findUniqueOrThrow({ where: { id: rumorId }, select: { currentVerdictId: true, version: true } });
    expect(rumor.currentVerdictId).toBe(verdicts[0]!.id);
    expect(rumor.version).toBe(version + 1);

    const trail = await db.auditEvent.findMany({ where: { rumorId, entityType: "verdict" }, select: { actorId: true, outcome: true, after: true } });
    expect(trail.map((t) => t.outcome).sort()).toEqual(["ok", "refused"]);
    expect(new Set(trail.map((t) => t.actorId))).toEqual(new Set([alice.user.id, bob.user.id]));
    const refused = trail.find((t) => t.outcome === "refused")!;
    const winnerRating = verdicts[0]!.rating;
    expect(JSON.parse(refused.after!).rating).toBe(winnerRating === "confirmed" ? "refuted" : "confirmed");
  });
});
