import "server-only";
import type { OutletRecord } from "@/lib/contracts/reader";
import { accuracy, emptyCounts } from "@/lib/scoring";
import { db } from "@/server/platform/db";
import { readerClaimWhere } from "@/server/claims/visibility";
import { findOutletClaimLines, type ReaderPage } from "./claims";
import { cachedRead } from "@/server/cache/reader-cache";
import { outletStanding } from "./outlet-standing";
import { endOfDay, outletCalibration, outletTimeline } from "./track-records";

/** Claims per page on an outlet page. */
const OUTLET_PAGE_SIZE = 25;

const noRecord = (): OutletRecord["record"] => {
  const part = { total: 0, counts: emptyCounts(), accuracy: accuracy(emptyCounts()) };
  return { ...part, own: part, relayed: part, origins: part, stances: { asserts: part, hedges: part, denies: part }, rank: null };
};

/**
 * An outlet as readers may know it: one with a published claim, or named as
 * the source a published claim relayed. An outlet with only unpublished
 * material is unknown to readers (its page must not confirm it exists).
 */
function findReaderOutlet(slug: string) {
  return db.outlet.findFirst({
    where: { slug, OR: [{ claims: { some: readerClaimWhere } }, { relays: { some: readerClaimWhere } }] },
    select: { id: true, name: true, slug: true, domain: true, publisherKnown: true },
  });
}

/**
 * An outlet's track record, its rank among all outlets, how early it
 * was when right, its calibration by certainty tier, its record month by
 * month, and one page of its claims; null for an unknown slug. An unusable
 * cursor shows the first page. With `asOf` (a day, YYYY-MM-DD) the record
 * as it stood at the end of that day (UTC) comes too.
 */
export async function getOutletRecord(slug: string, page: ReaderPage = {}, asOf?: string): Promise<OutletRecord | null> {
  const outlet = await cachedRead(`outlet:${slug}`, () => findReaderOutlet(slug));
  if (!outlet) return null;
  const claimsPage = (cursor?: string) => findOutletClaimLines(outlet.id, { limit: OUTLET_PAGE_SIZE, cursor });
  const asOfEnd = asOf ? endOfDay(asOf) : null;
  const [{ record, ranked }, calibration, { history, leadTime, asOf: then }, claims] = await Promise.all([
    cachedRead(`standing:${outlet.id}`, () => outletStanding(outlet)),
    outletCalibration(outlet.id),
    outletTimeline(outlet.id, asOfEnd),
    claimsPage(page.cursor).catch(() => claimsPage()),
  ]);
  return {
    outlet,
    record: record ?? noRecord(),
    ranked,
    leadTime,
    calibration,
    history,
    asOf: then && asOf ? { day: asOf, ...then } : null,
    claims: claims.items,
    nextCursor: claims.nextCursor,
  };
}
