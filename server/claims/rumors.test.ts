import { beforeAll, describe, expect, it } from "vitest";
import { checkInvariants } from "@/scripts/synthetic/check";
import { importArticles } from "@/server/articles/articles";
import { createEvent } from "@/server/articles/events";
import { db } from "@/server/platform/db";
import { createClaim, setClaimPublished } from "./claims";
import { addRumorEvidence } from "./evidence";
import { mergeRumors, moveClaim } from "./rumors";
import { recordOverride, recordRumorVerdict, setVerdictPublished } from "./verdicts";

// The rumor model (issue 12): claims from several outlets in one rumor,
// inheriting its verdict through their stances, overrides, merge, split and
// the rules, with every denormalized column and tally kept right.

const TEXTS = {
  origin: "French media reported that Tom Cruise will perform a stunt at the closing ceremony.",
  relay: "Tom Cruise may be taking on a daring stunt at the closing ceremony, reports say.",
  denial: "Organizers denied that Tom Cruise would perform any stunt at the closing ceremony.",
  outcome: "Tom Cruise descended from the stadium roof during the closing ceremony.",
  early: "Insiders say Tom Cruise will jump at the closing ceremony.",
};
const ids: Record<keyof typeof TEXTS, string> & { event: string } = {} as never;
let n = 0;

beforeAll(async () => {
  const report = await importArticles(
    [
      { outlet: "Le Journal", publishedAt: "2024-08-05", text: TEXTS.origin },
      { outlet: "Daily Relay", publishedAt: "2024-08-07", text: TEXTS.relay },
      { outlet: "Skeptic Post", publishedAt: "2024-08-08", text: TEXTS.denial },
      { outlet: "Review Daily", publishedAt: "2024-08-12", text: TEXTS.outcome },
      { outlet: "Early Bird", publishedAt: "2024-08-01", text: TEXTS.early },
    ],
    null,
  );
  [ids.origin, ids.relay, ids.denial, ids.outcome, ids.early] = report.items.map((i) => i.id) as [string, string, string, string, string];
  ids.event = (await createEvent({ name: "Closing ceremony", date: "2024-08-11", slug: "closing-ceremony" }, null)).id;
});

const versionOf = async (rumorId: string) => (await db.rumor.findUniqueOrThrow({ where: { id: rumorId }, select: { version: true } })).version;
const ratings = async (claimIds: string[]) =>
  (await db.claim.findMany({ where: { id: { in: claimIds } }, select: { id: true, rating: true } }))
    .sort((a, b) => claimIds.indexOf(a.id) - claimIds.indexOf(b.id))
    .map((c) => c.rating);

async function claimOn(articleKey: keyof typeof TEXTS, quote: string, extra: Record<string, unknown> = {}) {
  const text = TEXTS[articleKey];
  const start = text.indexOf(quote);
  return createClaim(
    { articleId: ids[articleKey], start, end: start + quote.length, quote, statement: `Claim ${++n}.`, attributedTo: "The outlet itself", ...extra },
    null,
  );
}

async function publishAll(claimIds: string[], rumorId: string) {
  for (const id of claimIds) await setClaimPublished(id, { version: await versionOf(rumorId) }, true, null);
}

/** One rumor with an asserting, a hedging and a denying appearance, all published. */
async function threeOutletRumor() {
  const a = await claimOn("origin", "Tom Cruise will perform a stunt at the closing ceremony", { eventId: ids.event });
  const b = await claimOn("relay", "Tom Cruise may be taking on a daring stunt", { rumorId: a.rumorId, version: a.version });
  const c = await claimOn("denial", "Organizers denied that Tom Cruise would perform any stunt", { rumorId: a.rumorId, version: b.version });
  await publishAll([a.id, b.id, c.id], a.rumorId);
  return { rumorId: a.rumorId, claims: [a.id, b.id, c.id] };
}

describe("a rumor across outlets", () => {
  it("reads each claim's stance from its wording, and marks the first published appearance as the origin", async () => {
    const { claims } = await threeOutletRumor();
    const rows = await db.claim.findMany({ where: { id: { in: claims } }, select: { id: true, stance: true, origin: true } });
    const byId = new Map(rows.map((r) => [r.id, r]));
    expect(claims.map((id) => byId.get(id)!.stance)).toEqual(["asserts", "hedges", "denies"]);
    expect(claims.map((id) => byId.get(id)!.origin)).toEqual([true, false, false]);
    expect(await checkInvariants()).toEqual([]);
  });

  it("gives every claim the rumor's verdict through its stance: denying a confirmed rumor was wrong", async () => {
    const { rumorId, claims } = await threeOutletRumor();
    expect(await ratings(claims)).toEqual([null, null, null]);
    await recordRumorVerdict(
      rumorId,
      { rating: "confirmed", rationale: "He came down from the roof.", version: await versionOf(rumorId), publish: true },
      null,
    );
    expect(await ratings(claims)).toEqual(["confirmed", "confirmed", "refuted"]);
    await recordRumorVerdict(
      rumorId,
      { rating: "refuted", rationale: "On review, no stunt took place.", version: await versionOf(rumorId), publish: true },
      null,
    );
    expect(await ratings(claims)).toEqual(["refuted", "refuted", "confirmed"]);
    expect(await checkInvariants()).toEqual([]);
  });

  it("lets one claim be judged on its own, in the same history, and go back to the rumor's verdict", async () => {
    const { rumorId, claims } = await threeOutletRumor();
    await recordRumorVerdict(
      rumorId,
      { rating: "confirmed", rationale: "He came down from the roof.", version: await versionOf(rumorId), publish: true },
      null,
    );
    const override = await recordOverride(
      claims[1]!,
      { rating: "partly_confirmed", rationale: "There was a stunt, but not the daring one it described.", version: await versionOf(rumorId), publish: true },
      null,
    );
    expect(override.claimId).toBe(claims[1]);
    expect(await ratings(claims)).toEqual(["confirmed", "partly_confirmed", "refuted"]);
    expect(await db.verdict.count({ where: { rumorId } })).toBe(2);
    await setVerdictPublished(override.id, { version: await versionOf(rumorId) }, false, null);
    expect(await ratings(claims)).toEqual(["confirmed", "confirmed", "refuted"]);
    expect(await checkInvariants()).toEqual([]);
  });

  it("refuses a claim from after the event, and changes nothing", async () => {
    const { rumorId } = await threeOutletRumor();
    const before = await db.claim.count({ where: { rumorId } });
    await expect(claimOn("outcome", "descended from the stadium roof", { rumorId, version: await versionOf(rumorId) })).rejects.toMatchObject({
      code: "invalid",
    });
    expect(await db.claim.count({ where: { rumorId } })).toBe(before);
  });

  it("merges two rumors keeping evidence and every verdict, and the merged rumor disappears", async () => {
    const { rumorId, claims } = await threeOutletRumor();
    const other = await claimOn("early", "Tom Cruise will jump at the closing ceremony", { eventId: ids.event });
    await publishAll([other.id], other.rumorId);
    const quote = "descended from the stadium roof";
    const start = TEXTS.outcome.indexOf(quote);
    await addRumorEvidence(
      other.rumorId,
      { articleId: ids.outcome, start, end: start + quote.length, quote, stance: "supports", version: await versionOf(other.rumorId) },
      null,
    );
    await recordRumorVerdict(
      other.rumorId,
      { rating: "confirmed", rationale: "The jump happened.", version: await versionOf(other.rumorId), publish: true },
      null,
    );
    await mergeRumors(other.rumorId, { intoRumorId: rumorId }, null);
    expect(await db.rumor.findUnique({ where: { id: other.rumorId } })).toBeNull();
    const merged = await db.rumor.findUniqueOrThrow({
      where: { id: rumorId },
      select: { claims: { select: { id: true, origin: true } }, evidence: true, verdicts: true, rating: true },
    });
    expect(merged.claims.map((c) => c.id).sort()).toEqual([...claims, other.id].sort());
    // The earlier article is now the rumor's first appearance.
    expect(merged.claims.find((c) => c.origin)?.id).toBe(other.id);
    expect(merged.evidence).toHaveLength(1);
    expect(merged.verdicts).toHaveLength(1);
    expect(merged.rating).toBe("confirmed");
    expect(await ratings(claims)).toEqual(["confirmed", "confirmed", "refuted"]);
    expect(await db.auditEvent.count({ where: { action: "rumor.merge", rumorId: other.rumorId } })).toBe(1);
    expect(await checkInvariants()).toEqual([]);
  });

  it("splits a claim out into a rumor of its own, its override following it, and drops an emptied rumor", async () => {
    const { rumorId, claims } = await threeOutletRumor();
    await recordRumorVerdict(
      rumorId,
      { rating: "confirmed", rationale: "He came down from the roof.", version: await versionOf(rumorId), publish: true },
      null,
    );
    await recordOverride(
      claims[2]!,
      { rating: "unverifiable", rationale: "Its own wording cannot be settled.", version: await versionOf(rumorId), publish: true },
      null,
    );
    const split = await moveClaim(claims[2]!, { version: await versionOf(rumorId) }, null);
    expect(split.rumorId).not.toBe(rumorId);
    const alone = await db.rumor.findUniqueOrThrow({
      where: { id: split.rumorId },
      select: { eventId: true, verdicts: { select: { claimId: true } }, claims: { select: { id: true } } },
    });
    expect(alone).toEqual({ eventId: ids.event, verdicts: [{ claimId: claims[2] }], claims: [{ id: claims[2] }] });
    expect(await ratings(claims)).toEqual(["confirmed", "confirmed", "unverifiable"]);
    // Moving the last claim back empties the split rumor: it goes.
    await moveClaim(claims[2]!, { rumorId }, null);
    expect(await db.rumor.findUnique({ where: { id: split.rumorId } })).toBeNull();
    expect(await checkInvariants()).toEqual([]);
  });
});
