import { describe, expect, it } from "vitest";
import { importArticles } from "@/server/articles/articles";
import { createEvent } from "@/server/articles/events";
import { db } from "@/server/platform/db";
import { createClaim, setClaimPublished, updateClaim } from "./claims";
import { addEvidence } from "./evidence";
import { updateRumor } from "./rumors";

// The before/after split is the event's own start instant in its IANA time
// zone, and nothing is published as "before" an event it has not got
// (issue 11, item 13).

const TEXT = "Sources say the keynote will unveil a folding phone, and the price will stay the same.";
const QUOTE = "the keynote will unveil a folding phone";
const quote = { start: TEXT.indexOf(QUOTE), end: TEXT.indexOf(QUOTE) + QUOTE.length, quote: QUOTE };
let n = 0;

async function article(publishedAt: string) {
  n += 1;
  const report = await importArticles([{ outlet: "Valley Wire", publishedAt, text: `${TEXT} (#${n})` }], null);
  return report.items[0]!.id;
}
const claimOn = (articleId: string, eventId: string | null) =>
  createClaim({ articleId, ...quote, statement: "A folding phone will be unveiled.", attributedTo: "sources", eventId }, null);
const versionOf = async (rumorId: string) => (await db.rumor.findUniqueOrThrow({ where: { id: rumorId }, select: { version: true } })).version;
const californiaEvent = () => createEvent({ name: `Keynote ${++n}`, date: "2024-09-09", timeZone: "America/Los_Angeles", slug: `keynote-${n}` }, null);

describe("an event's time zone", () => {
  it("accepts IANA names and refuses abbreviations", async () => {
    await expect(createEvent({ name: "Keynote PST", date: "2024-09-09", timeZone: "PST" }, null)).rejects.toMatchObject({
      status: 422,
      fields: { timeZone: [expect.stringMatching(/IANA/)] },
    });
    expect(await californiaEvent()).toMatchObject({ timeZone: "America/Los_Angeles", startTime: null });
    await expect(createEvent({ name: "Keynote late", date: "2024-09-09", startTime: "25:00" }, null)).rejects.toMatchObject({ status: 422 });
  });

  it("decides pre- and post-event by the event's start instant there", async () => {
    const event = await californiaEvent();
    // 19:30 on 8 September in California is 02:30 UTC on the 9th: still before the event.
    const evening = await article("2024-09-08T19:30:00-07:00");
    const claim = await claimOn(evening, event.id);
    expect(claim.id).toBeTruthy();
    // The same evening cannot be evidence; the morning of the 9th there can.
    const evidenceQuote = { ...quote, stance: "mentions" as const };
    await expect(addEvidence(claim.id, { articleId: await article("2024-09-08T20:00:00-07:00"), ...evidenceQuote }, null)).rejects.toMatchObject({
      status: 422,
      message: expect.stringContaining("8 Sept 2024, 20:00 (America/Los_Angeles)"),
    });
    expect(await addEvidence(claim.id, { articleId: await article("2024-09-09T08:00:00-07:00"), ...evidenceQuote }, null)).toMatchObject({
      id: expect.any(String),
    });
    // 00:30 on the 9th in California is after the event's start.
    await expect(claimOn(await article("2024-09-09T00:30:00-07:00"), event.id)).rejects.toMatchObject({ status: 422 });
  });

  it("starts at the event's start time, and a day-only article of that day is not pre-event", async () => {
    const event = await createEvent({ name: `Gala ${++n}`, date: "2024-09-09", timeZone: "America/Los_Angeles", startTime: "20:00", slug: `gala-${n}` }, null);
    expect(await claimOn(await article("2024-09-09T19:00:00-07:00"), event.id)).toMatchObject({ id: expect.any(String) });
    await expect(claimOn(await article("2024-09-09"), event.id)).rejects.toMatchObject({ status: 422 });
  });
});

describe("publishing needs an event", () => {
  it("refuses to publish a claim without an event, and to take the event from a published one", async () => {
    const claim = await claimOn(await article("2024-09-01"), null);
    await expect(setClaimPublished(claim.id, { version: await versionOf(claim.rumorId) }, true, null)).rejects.toMatchObject({
      status: 422,
      fields: { eventId: [expect.any(String)] },
    });
    expect((await db.claim.findUniqueOrThrow({ where: { id: claim.id } })).publishedAt).toBeNull();

    const event = await californiaEvent();
    await updateClaim(claim.id, { version: await versionOf(claim.rumorId), eventId: event.id }, null);
    await setClaimPublished(claim.id, { version: await versionOf(claim.rumorId) }, true, null);
    await expect(updateRumor(claim.rumorId, { version: await versionOf(claim.rumorId), eventId: null }, null)).rejects.toMatchObject({ status: 422 });
    expect((await db.rumor.findUniqueOrThrow({ where: { id: claim.rumorId } })).eventId).toBe(event.id);
  });
});
