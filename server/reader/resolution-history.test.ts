import { beforeAll, describe, expect, it, vi } from "vitest";

// A claim's and an outlet's page as they stood on a past day (issue 17), over
// a history made on the real write path and then dated: the claim published
// on 1 March; evidence attached; its criteria changed on 10 March (after the
// evidence: shown to readers, with the wording before); its rumor voided on
// 1 April, the void undone on 15 April, voided again on 1 June.
vi.hoisted(() => {
  process.env.HINDSIGHT_READER_CACHE = "off";
});

const { importArticles } = await import("@/server/articles/articles");
const { createEvent } = await import("@/server/articles/events");
const { createClaim, setClaimPublished } = await import("@/server/claims/claims");
const { addRumorEvidence } = await import("@/server/claims/evidence");
const { updateRumor } = await import("@/server/claims/rumors");
const { db } = await import("@/server/platform/db");
const { unvoidRumor, voidRumor } = await import("@/server/resolution/voids");
const { getOutletRecord } = await import("./outlet-records");
const { getEventPage } = await import("./event-pages");
const { claimAsOf, rumorCriteriaChanges } = await import("./resolution-history");

const PRE = "The marching band will reportedly play at the parade, sources say.";
const POST = "No band played at the parade.";
const ids = { claim: "", rumor: "", outlet: "" };
const versionOf = async () => (await db.rumor.findUniqueOrThrow({ where: { id: ids.rumor }, select: { version: true } })).version;
const at = (day: string) => new Date(`${day}T12:00:00.000Z`);

/** Dates the latest audit row of `action` on the rumor (the write path stamps "now"). */
async function dateLatest(action: string, day: string) {
  const row = await db.auditEvent.findFirstOrThrow({ where: { rumorId: ids.rumor, action, outcome: "ok" }, orderBy: [{ at: "desc" }, { id: "desc" }] });
  await db.auditEvent.update({ where: { id: row.id }, data: { at: at(day) } });
}

beforeAll(async () => {
  const report = await importArticles(
    [
      { outlet: "History Herald", publishedAt: "2026-02-20", text: PRE },
      { outlet: "Wire", publishedAt: "2026-03-05", text: POST },
    ],
    null,
  );
  const [pre, post] = report.items.map((i) => i.id!) as [string, string];
  const event = await createEvent({ name: "Spring parade", date: "2026-03-01", slug: "spring-parade" }, null);
  const made = await createClaim(
    {
      articleId: pre,
      start: 0,
      end: PRE.length,
      quote: PRE,
      statement: "The band will play.",
      attributedTo: "Unnamed sources",
      eventId: event.id,
      confirmedIf: "A band plays.",
      refutedIf: "No band plays.",
    },
    null,
  );
  Object.assign(ids, { claim: made.id, rumor: made.rumorId });
  await setClaimPublished(ids.claim, { version: await versionOf() }, true, null);
  await db.claim.update({ where: { id: ids.claim }, data: { publishedAt: at("2026-03-01") } });
  ids.outlet = (await db.claim.findUniqueOrThrow({ where: { id: ids.claim }, select: { outlet: { select: { slug: true } } } })).outlet.slug;
  await addRumorEvidence(ids.rumor, { articleId: post, start: 0, end: POST.length, stance: "contradicts" }, null);
  await updateRumor(ids.rumor, { confirmedIf: "The marching band plays.", version: await versionOf() }, null);
  await dateLatest("rumor.update", "2026-03-10");
  await dateLatest("rumor.criteria_changed", "2026-03-10");
  await voidRumor(ids.rumor, { reason: "The parade was postponed.", version: await versionOf() }, null);
  await dateLatest("rumor.void", "2026-04-01");
  await unvoidRumor(ids.rumor, { version: await versionOf() }, null);
  await dateLatest("rumor.unvoid", "2026-04-15");
  await voidRumor(ids.rumor, { reason: "The parade was cancelled.", version: await versionOf() }, null);
  await dateLatest("rumor.void", "2026-06-01");
  await db.rumor.update({ where: { id: ids.rumor }, data: { voidedAt: at("2026-06-01") } });
});

describe("a claim's page as of a date", () => {
  it("was not there before it was published", async () => {
    expect(await claimAsOf(ids.claim, "2026-02-28")).toMatchObject({ state: null });
  });

  it("shows the criteria as they read then, and the change made after evidence from its day on", async () => {
    const before = await claimAsOf(ids.claim, "2026-03-05");
    expect(before).toMatchObject({ state: "pending", confirmedIf: "A band plays.", refutedIf: "No band plays.", void: null, changes: [] });
    const after = await claimAsOf(ids.claim, "2026-03-10");
    expect(after).toMatchObject({ confirmedIf: "The marching band plays.", refutedIf: "No band plays." });
    expect(after!.changes).toEqual([
      {
        at: at("2026-03-10").toISOString(),
        before: { confirmedIf: "A band plays.", refutedIf: "No band plays." },
        after: { confirmedIf: "The marching band plays.", refutedIf: "No band plays." },
      },
    ]);
    // Today's pages list the change too.
    expect(await rumorCriteriaChanges(ids.rumor)).toEqual(after!.changes);
  });

  it("counts the rumor void while it was, with the reason then, and not before or between", async () => {
    expect(await claimAsOf(ids.claim, "2026-03-31")).toMatchObject({ state: "pending", void: null });
    expect(await claimAsOf(ids.claim, "2026-04-01")).toMatchObject({ state: "void", void: { reason: "The parade was postponed." } });
    expect(await claimAsOf(ids.claim, "2026-04-20")).toMatchObject({ state: "pending", void: null });
    expect(await claimAsOf(ids.claim, "2026-06-02")).toMatchObject({
      state: "void",
      void: { at: at("2026-06-01").toISOString(), reason: "The parade was cancelled." },
    });
  });
});

describe("an outlet's and an event's record as of a date", () => {
  it("leave the claim out while its rumor was void, and count it as pending before and between", async () => {
    const total = async (day: string) => (await getOutletRecord(ids.outlet, {}, day))!.asOf!.total;
    expect([await total("2026-03-31"), await total("2026-04-01"), await total("2026-04-20"), await total("2026-06-02")]).toEqual([1, 0, 1, 0]);
    const event = async (day: string) => (await getEventPage("spring-parade", {}, day))!.asOf!;
    expect((await event("2026-04-20")).counts.pending).toBe(1);
    expect((await event("2026-04-02")).total).toBe(0);
    // Today: void, in no figure.
    expect((await getOutletRecord(ids.outlet))!.record.total).toBe(0);
  });
});
