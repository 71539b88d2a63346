import { JSDOM } from "jsdom";
import { describe, expect, it } from "vitest";
import { setClaimPublished } from "@/server/claims/claims";
import { recordVerdict, setVerdictPublished } from "@/server/claims/verdicts";
import { db } from "@/server/platform/db";
import { claimWorld } from "@/test/fixtures";
import { claimFeed, eventFeed, outletFeed, rumorFeed } from "./feeds";

// The per-entity Atom feeds (issue 17): published verdicts only, and no feed
// at all for what readers cannot see.

const versionOf = async (claimId: string) =>
  (await db.claim.findUniqueOrThrow({ where: { id: claimId }, select: { rumor: { select: { version: true } } } })).rumor.version;
type Entry = { id: string; title: string; summary: string };
/** The feed's entries, parsed as XML (a malformed document fails here). */
function entries(xml: string | null | undefined): Entry[] {
  expect(xml).not.toBeNull();
  const doc = new new JSDOM("").window.DOMParser().parseFromString(xml!, "application/xml");
  expect(doc.getElementsByTagName("parsererror")).toHaveLength(0);
  expect(doc.documentElement.namespaceURI).toBe("http://www.w3.org/2005/Atom");
  return [...doc.getElementsByTagName("entry")].map((e) => ({
    id: e.getElementsByTagName("id")[0]!.textContent!,
    title: e.getElementsByTagName("title")[0]!.textContent!,
    summary: e.getElementsByTagName("summary")[0]!.textContent!,
  }));
}
async function world() {
  const { claimId, eventId } = await claimWorld();
  const claim = await db.claim.findUniqueOrThrow({ where: { id: claimId }, select: { rumorId: true, outlet: { select: { slug: true } } } });
  const event = await db.event.findUniqueOrThrow({ where: { id: eventId }, select: { slug: true } });
  return { claimId, rumorId: claim.rumorId, outlet: claim.outlet.slug, event: event.slug };
}
const feeds = (w: Awaited<ReturnType<typeof world>>) => [claimFeed(w.claimId), rumorFeed(w.rumorId), eventFeed(w.event), outletFeed(w.outlet)];

describe("entity feeds", () => {
  it("show published verdicts only, each change a new entry; nothing about unpublished claims", async () => {
    const w = await world();
    // Unpublished: no claim or rumor feed; the event's feed (events are public) does not mention it.
    expect(await claimFeed(w.claimId)).toBeNull();
    expect(await rumorFeed(w.rumorId)).toBeNull();
    expect(await eventFeed(w.event)).not.toContain(w.claimId);

    const draft = await recordVerdict(
      w.claimId,
      { rating: "confirmed", rationale: "FIRST-DRAFT reasoning, published later.", version: await versionOf(w.claimId) },
      null,
    );
    await setClaimPublished(w.claimId, { version: await versionOf(w.claimId) }, true, null);
    for (const xml of await Promise.all(feeds(w))) {
      expect(entries(xml)).toEqual([]);
      expect(xml).not.toContain("FIRST-DRAFT");
    }

    await setVerdictPublished(draft.id, { version: await versionOf(w.claimId) }, true, null);
    await recordVerdict(w.claimId, { rating: "refuted", rationale: "A SECOND-DRAFT, never published.", version: await versionOf(w.claimId) }, null);
    await recordVerdict(
      w.claimId,
      { rating: "partly_confirmed", rationale: "Half of it happened, the review says.", version: await versionOf(w.claimId), publish: true },
      null,
    );

    const [claim, rumor, event, outlet] = await Promise.all(feeds(w));
    for (const xml of [claim, rumor, event, outlet]) expect(xml).not.toContain("SECOND-DRAFT");
    // Claim and rumor feeds: the history, newest first, the older entry still there.
    for (const xml of [claim, rumor]) {
      const list = entries(xml);
      expect(list.map((e) => e.title.split(":")[0])).toEqual(["Partly confirmed", "Confirmed"]);
      expect(list[0]!.title).toContain("(verdict changed)");
      expect(list[0]!.id).not.toBe(list[1]!.id);
    }
    // Event and outlet feeds: the claim by its current verdict.
    for (const xml of [event, outlet]) {
      const mine = entries(xml).filter((e) => e.id.includes(`/claims/${w.claimId}#`));
      expect(mine.map((e) => e.title.split(":")[0])).toEqual(["Partly confirmed"]);
    }
    expect(claim).toContain(`/claims/${w.claimId}/feed.xml`);

    // Unpublishing the claim takes its feeds away again.
    await setClaimPublished(w.claimId, { version: await versionOf(w.claimId) }, false, null);
    expect(await claimFeed(w.claimId)).toBeNull();
    expect(await rumorFeed(w.rumorId)).toBeNull();
    expect(await eventFeed(w.event)).not.toContain(w.claimId);
  });

  it("has no feed for an unknown event or outlet, nor for an outlet with only unpublished claims", async () => {
    expect(await eventFeed("no-such-event")).toBeNull();
    expect(await outletFeed("no-such-outlet")).toBeNull();
    const lonely = await db.outlet.create({ data: { name: `Unpublished Only ${Date.now()}`, slug: `unpublished-only-${Date.now()}` }, select: { slug: true } });
    expect(await outletFeed(lonely.slug)).toBeNull();
  });
});
