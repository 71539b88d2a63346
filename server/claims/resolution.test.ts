import { beforeAll, describe, expect, it } from "vitest";
import { checkInvariants } from "@/scripts/synthetic/check";
import { importArticles } from "@/server/articles/articles";
import { createEvent } from "@/server/articles/events";
import { readerChanged } from "@/server/cache/reader-cache";
import { db } from "@/server/platform/db";
import { getEventPage } from "@/server/reader/event-pages";
import { getOutletRecord } from "@/server/reader/outlet-records";
import { getReaderClaim } from "@/server/reader/claims";
import { getPublicRumor } from "@/server/reader/rumors";
import { backfillCertainty } from "@/server/resolution/certainty";
import { createClaim, setClaimPublished, updateClaim } from "./claims";
import { addRumorEvidence } from "./evidence";
import { recountTallies } from "./facts";
import { updateRumor } from "./rumors";
import { recordRumorVerdict } from "./verdicts";
import { unvoidRumor, voidEventRumors, voidRumor } from "@/server/resolution/voids";

// Resolution (issue 17) on the real write path: criteria, outcome date, void
// and certainty tiers, and the scores that follow them. One outlet ("Parade
// Post") makes an official claim (rumor A, confirmed) and an unnamed-source
// claim (rumor B, open); "Second Post" repeats B as hearsay.
const TEXT = {
  a: "Organizers announced that the parade will start at noon on Saturday.",
  b: "The marching band will reportedly play, sources say.",
  c: "The marching band is said to play at the parade.",
  after: "The parade started at noon. The band did not turn up.",
};
const ids = { event: "", a: "", b: "", c: "", rumorA: "", rumorB: "", after: "" };
const articleIds: string[] = [];
const versionOf = async (rumorId: string) => (await db.rumor.findUniqueOrThrow({ where: { id: rumorId }, select: { version: true } })).version;
const outlet = async (slug: string, asOf?: string) => (await getOutletRecord(slug, {}, asOf))!;
const tallies = async () => ({
  outlets: await db.outletTally.findMany({
    where: { count: { not: 0 } },
    orderBy: [{ outletId: "asc" }, { own: "asc" }, { stance: "asc" }, { origin: "asc" }, { rating: "asc" }],
  }),
  tiers: await db.certaintyTally.findMany({ where: { count: { not: 0 } }, orderBy: [{ outletId: "asc" }, { certainty: "asc" }, { rating: "asc" }] }),
  events: await db.eventTally.findMany({ where: { count: { not: 0 } }, orderBy: [{ eventId: "asc" }, { rating: "asc" }] }),
});

async function claim(i: number, key: "a" | "b" | "c", extra: Record<string, unknown>) {
  return createClaim({ articleId: articleIds[i], start: 0, end: TEXT[key].length, quote: TEXT[key], statement: TEXT[key], ...extra }, null);
}

beforeAll(async () => {
  const report = await importArticles(
    [
      { outlet: "Parade Post", publishedAt: "2024-08-01", text: TEXT.a },
      { outlet: "Parade Post", publishedAt: "2024-08-02", text: TEXT.b },
      { outlet: "Second Post", publishedAt: "2024-08-03", text: TEXT.c },
      { outlet: "Wire", publishedAt: "2024-08-12", text: TEXT.after },
    ],
    null,
  );
  articleIds.push(...report.items.map((i) => i.id!));
  ids.after = articleIds[3]!;
  ids.event = (await createEvent({ name: "Summer parade", date: "2024-08-10", slug: "summer-parade" }, null)).id;
  const a = await claim(0, "a", {
    attributedTo: "Organizers",
    eventId: ids.event,
    confirmedIf: "The parade starts between 11:30 and 12:30.",
    refutedIf: "It starts at another time or not at all.",
  });
  const b = await claim(1, "b", { attributedTo: "Unnamed sources", eventId: ids.event });
  Object.assign(ids, { a: a.id, rumorA: a.rumorId, b: b.id, rumorB: b.rumorId });
  ids.c = (await claim(2, "c", { attributedTo: "Other media", rumorId: b.rumorId, version: await versionOf(b.rumorId) })).id;
  for (const [id, rumorId] of [
    [ids.a, ids.rumorA],
    [ids.b, ids.rumorB],
    [ids.c, ids.rumorB],
  ] as const) {
    await setClaimPublished(id, { version: await versionOf(rumorId) }, true, null);
  }
  await recordRumorVerdict(ids.rumorA, { rating: "confirmed", rationale: "It started at noon.", version: await versionOf(ids.rumorA), publish: true }, null);
});

describe("certainty tiers", () => {
  it("are detected when a claim is made, shown to readers and editable", async () => {
    const tiers = await db.claim.findMany({ where: { id: { in: [ids.a, ids.b] } }, select: { id: true, certainty: true } });
    expect(Object.fromEntries(tiers.map((t) => [t.id, t.certainty]))).toEqual({ [ids.a]: "official", [ids.b]: "unnamed_source" });
    expect((await getReaderClaim(ids.a)).certainty).toBe("official");
    await updateClaim(ids.c, { certainty: "rumor", version: await versionOf(ids.rumorB) }, null);
    expect((await getReaderClaim(ids.c)).certainty).toBe("rumor");
    await expect(updateClaim(ids.c, { certainty: "gossip", version: await versionOf(ids.rumorB) }, null)).rejects.toMatchObject({ status: 422 });
    expect(await checkInvariants()).toEqual([]);
  });

  it("are filled in for older claims by the backfill, never over an editor's choice", async () => {
    await db.claim.update({ where: { id: ids.b }, data: { certainty: "unknown" } });
    await db.$transaction((tx) => recountTallies(tx));
    expect(await backfillCertainty()).toBe(1);
    expect((await db.claim.findUniqueOrThrow({ where: { id: ids.b } })).certainty).toBe("unnamed_source");
    expect((await db.claim.findUniqueOrThrow({ where: { id: ids.c } })).certainty).toBe("rumor");
    expect(await checkInvariants()).toEqual([]);
  });

  it("give each outlet's calibration its counts, and the event's", async () => {
    const post = await outlet("parade-post");
    expect(post.calibration.tiers.find((t) => t.certainty === "official")).toMatchObject({ total: 1, n: 1, share: 1, stated: 0.9 });
    expect(post.calibration.tiers.find((t) => t.certainty === "unnamed_source")).toMatchObject({ total: 1, n: 0, share: null });
    expect(post.calibration.brier).toBeCloseTo(0.01, 10);
    const event = (await getEventPage("summer-parade"))!;
    expect(event.scores.calibration.tiers.filter((t) => t.total > 0).map((t) => [t.certainty, t.total])).toEqual([
      ["official", 1],
      ["unnamed_source", 1],
      ["rumor", 1],
    ]);
  });
});

describe("resolution criteria", () => {
  it("are shown to readers next to the verdict", async () => {
    const rumor = await getPublicRumor(ids.rumorA);
    expect(rumor.resolution).toMatchObject({ confirmedIf: "The parade starts between 11:30 and 12:30.", criteriaChangedAt: null, void: null });
  });

  it("changed before evidence: no mark; after evidence: marked with the date and audited apart", async () => {
    await updateRumor(ids.rumorB, { confirmedIf: "The band plays.", version: await versionOf(ids.rumorB) }, null);
    expect((await getPublicRumor(ids.rumorB)).resolution).toMatchObject({ confirmedIf: "The band plays.", criteriaChangedAt: null });
    const start = TEXT.after.indexOf("The band");
    await addRumorEvidence(ids.rumorB, { articleId: ids.after, start, end: TEXT.after.length, stance: "contradicts" }, null);
    await updateRumor(ids.rumorB, { confirmedIf: "The band plays at least one song.", version: await versionOf(ids.rumorB) }, null);
    const shown = (await getPublicRumor(ids.rumorB)).resolution;
    expect(shown.confirmedIf).toBe("The band plays at least one song.");
    expect(shown.criteriaChangedAt).not.toBeNull();
    const rows = await db.auditEvent.findMany({ where: { rumorId: ids.rumorB, action: "rumor.criteria_changed" } });
    expect(rows).toHaveLength(1);
    expect(JSON.parse(rows[0]!.before!)).toMatchObject({ confirmedIf: "The band plays." });
    // The same text again is no change.
    await updateRumor(ids.rumorB, { confirmedIf: "The band plays at least one song.", version: await versionOf(ids.rumorB) }, null);
    expect(await db.auditEvent.count({ where: { rumorId: ids.rumorB, action: "rumor.criteria_changed" } })).toBe(1);
  });
});

describe("outcome date and lead time", () => {
  it("measures lead time to the event until an outcome date is set, then to it, exactly", async () => {
    expect((await outlet("parade-post")).leadTime).toEqual({ n: 1, medianDays: 9 });
    await updateRumor(ids.rumorA, { outcomeAt: "2024-08-05", version: await versionOf(ids.rumorA) }, null);
    expect((await db.claim.findUniqueOrThrow({ where: { id: ids.a } })).leadDays).toBe(4);
    expect((await outlet("parade-post")).leadTime).toEqual({ n: 1, medianDays: 4 });
    expect((await getPublicRumor(ids.rumorA)).resolution.outcomeAt).toBe("2024-08-05");
    // An instant with an offset is kept as that instant: 23:00 in New York on 5 Aug is 6 Aug UTC.
    await updateRumor(ids.rumorA, { outcomeAt: "2024-08-05T23:00:00-04:00", version: await versionOf(ids.rumorA) }, null);
    expect((await db.claim.findUniqueOrThrow({ where: { id: ids.a } })).leadDays).toBe(5);
    await updateRumor(ids.rumorA, { outcomeAt: null, version: await versionOf(ids.rumorA) }, null);
    expect((await db.claim.findUniqueOrThrow({ where: { id: ids.a } })).leadDays).toBe(9);
    await expect(updateRumor(ids.rumorA, { outcomeAt: "someday", version: await versionOf(ids.rumorA) }, null)).rejects.toMatchObject({ status: 422 });
    expect(await checkInvariants()).toEqual([]);
  });
});

describe("void", () => {
  it("takes an open rumor out of every score, shows the reason, and can be undone", async () => {
    const before = { post: await outlet("parade-post"), second: await outlet("second-post"), event: (await getEventPage("summer-parade"))! };
    await voidRumor(ids.rumorB, { reason: "The band was dropped from the programme.", version: await versionOf(ids.rumorB) }, null);
    expect(await checkInvariants()).toEqual([]);
    const post = await outlet("parade-post");
    expect(post.record.total).toBe(before.post.record.total - 1);
    expect(post.record.counts.pending).toBe(before.post.record.counts.pending - 1);
    expect(post.calibration.tiers.find((t) => t.certainty === "unnamed_source")!.total).toBe(0);
    expect((await outlet("second-post")).record.total).toBe(0);
    const event = (await getEventPage("summer-parade"))!;
    expect(event.total).toBe(before.event.total - 1);
    expect(event.scores.calibration.tiers.find((t) => t.certainty === "rumor")!.total).toBe(0);
    const shown = await getReaderClaim(ids.c);
    expect(shown.resolution.void).toMatchObject({ reason: "The band was dropped from the programme." });
    expect(shown.rating).toBe("pending");
    expect(await db.auditEvent.count({ where: { rumorId: ids.rumorB, action: "rumor.void" } })).toBe(1);

    // No verdict while void; voiding twice is refused.
    await expect(
      recordRumorVerdict(ids.rumorB, { rating: "refuted", rationale: "No band played at all.", version: await versionOf(ids.rumorB), publish: true }, null),
    ).rejects.toMatchObject({ status: 409 });
    await expect(voidRumor(ids.rumorB, { reason: "Again.", version: await versionOf(ids.rumorB) }, null)).rejects.toMatchObject({ status: 409 });

    await unvoidRumor(ids.rumorB, { version: await versionOf(ids.rumorB) }, null);
    expect((await outlet("parade-post")).record).toEqual(before.post.record);
    expect((await outlet("second-post")).record.total).toBe(before.second.record.total);
    expect((await getReaderClaim(ids.c)).resolution.void).toBeNull();
    expect(await db.auditEvent.count({ where: { rumorId: ids.rumorB, action: "rumor.unvoid" } })).toBe(1);
    expect(await checkInvariants()).toEqual([]);
  });

  it("refuses a rumor with a published verdict, and a stale version", async () => {
    await expect(voidRumor(ids.rumorA, { reason: "Cancelled.", version: await versionOf(ids.rumorA) }, null)).rejects.toMatchObject({ status: 409 });
    await expect(voidRumor(ids.rumorB, { reason: "Cancelled.", version: 1 }, null)).rejects.toMatchObject({ status: 409 });
    await expect(voidRumor(ids.rumorB, { reason: "  ", version: await versionOf(ids.rumorB) }, null)).rejects.toMatchObject({ status: 422 });
    expect((await db.rumor.findUniqueOrThrow({ where: { id: ids.rumorB } })).voidedAt).toBeNull();
  });

  it("voids every open rumor of an event in one action, leaving resolved ones", async () => {
    const result = await voidEventRumors(ids.event, { reason: "The parade was cancelled." }, null);
    expect(result.rumorIds).toEqual([ids.rumorB]);
    expect((await db.rumor.findUniqueOrThrow({ where: { id: ids.rumorA } })).voidedAt).toBeNull();
    expect((await getPublicRumor(ids.rumorB)).resolution.void?.reason).toBe("The parade was cancelled.");
    expect(await db.auditEvent.count({ where: { entityId: ids.event, action: "event.void_rumors" } })).toBe(1);
    expect(await checkInvariants()).toEqual([]);
    const before = await tallies();
    await db.$transaction((tx) => recountTallies(tx));
    expect(await tallies()).toEqual(before);
    await unvoidRumor(ids.rumorB, { version: await versionOf(ids.rumorB) }, null);
    await expect(voidEventRumors("no-such-event", { reason: "x" }, null)).rejects.toMatchObject({ status: 422 });
  });
});

describe("a track record as of a date", () => {
  it("shows what the page said then, from the recorded verdict history", async () => {
    // Rumor A: confirmed on 1 Sep 2024 (recorded history), refuted now.
    await db.verdict.updateMany({
      where: { rumorId: ids.rumorA },
      data: { publishedAt: new Date("2024-09-01T10:00:00Z"), decidedAt: new Date("2024-09-01T10:00:00Z") },
    });
    await db.claim.updateMany({ where: { id: { in: [ids.a, ids.b] } }, data: { publishedAt: new Date("2024-08-05T00:00:00Z") } });
    readerChanged();
    await recordRumorVerdict(ids.rumorA, { rating: "refuted", rationale: "Re-checked.", version: await versionOf(ids.rumorA), publish: true }, null);
    const then = await outlet("parade-post", "2024-09-01");
    expect(then.asOf).toMatchObject({ day: "2024-09-01", total: 2, counts: { confirmed: 1, pending: 1 } });
    expect(then.asOf!.accuracy.score).toBe(1);
    expect((await outlet("parade-post", "2024-08-31")).asOf).toMatchObject({ total: 2, counts: { confirmed: 0, pending: 2 } });
    expect((await outlet("parade-post", "2024-08-04")).asOf!.total).toBe(0);
    // Today's figures are unchanged by asking.
    expect(then.record.counts.refuted).toBe(1);
    const points = then.history;
    // August 2024 to now is more than 24 months: every k-th month, counted back from now.
    expect(points.length).toBeLessThanOrEqual(24);
    for (const p of points.filter((p) => p.month < "2024-09")) expect(p).toMatchObject({ n: 0, score: null });
    expect(points.find((p) => p.month >= "2024-09" && p.month <= "2024-12")).toMatchObject({ n: 1, score: 1 });
    expect(points[points.length - 1]).toMatchObject({ n: 1, score: 0 });
  });
});
