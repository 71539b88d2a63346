// What each reader page and public API list loads, as the pages and route
// handlers load it, for tests that look at the SQL underneath
// (server/reader/query-counts.test.ts, server/reader/query-plans.test.ts). Picks the
// busiest outlet, event, rumor and claim of the database, so a page is as full as
// the data allows.
import { GET as apiClaims } from "@/app/api/v1/claims/route";
import { GET as apiEvents } from "@/app/api/v1/events/route";
import { GET as apiOutlets } from "@/app/api/v1/outlets/route";
import { getDashboard } from "@/server/reader/dashboard";
import { db } from "@/server/platform/db";
import { getEventPage } from "@/server/reader/event-pages";
import { atomFeed } from "@/server/syndication/feeds";
import { getOutletRecord } from "@/server/reader/outlet-records";
import { findReaderClaims, getReaderClaim } from "@/server/reader/claims";
import { claimReviewFeed } from "@/server/syndication/claim-review-feed";
import { getPublicRumor } from "@/server/reader/rumors";
import { leadTimeOf, overallCalibration } from "@/server/reader/track-records";
import { claimAsOf, rumorCriteriaChanges } from "@/server/reader/resolution-history";

async function api(handler: (r: Request, c: unknown) => Promise<Response>, query = "") {
  const response = await handler(new Request(`http://test/api${query}`), {});
  if (response.status !== 200) throw new Error(`API ${query}: ${response.status}`);
  return response.json() as Promise<unknown>;
}

export type PageLoad = { name: string; load: () => Promise<unknown> };

export async function readerPageLoads(): Promise<PageLoad[]> {
  const outlet = await db.outlet.findFirstOrThrow({ orderBy: { claims: { _count: "desc" } }, select: { slug: true } });
  const event = await db.event.findFirstOrThrow({ orderBy: { claims: { _count: "desc" } }, select: { slug: true } });
  const claim = await db.claim.findFirstOrThrow({
    where: { publishedAt: { not: null } },
    orderBy: [{ rumor: { evidence: { _count: "desc" } } }, { rumor: { verdicts: { _count: "desc" } } }],
    select: { id: true, rumorId: true },
  });
  const rumor = await db.rumor.findFirstOrThrow({
    where: { publicClaims: { gt: 0 } },
    orderBy: [{ publicClaims: "desc" }, { id: "asc" }],
    select: { id: true },
  });
  const second = (await findReaderClaims({}, { limit: 10 })).nextCursor;
  if (!second) throw new Error("Too few claims for a second page.");
  return [
    { name: "dashboard", load: () => getDashboard({}) },
    { name: "dashboard, filtered and searched", load: () => getDashboard({ rating: "confirmed", outlet: outlet.slug, q: "will" }) },
    { name: "dashboard, next page", load: () => getDashboard({}, second) },
    { name: "outlet page", load: () => getOutletRecord(outlet.slug) },
    { name: "outlet page as of a date", load: () => getOutletRecord(outlet.slug, {}, "2024-06-30") },
    { name: "dashboard, one certainty tier", load: () => getDashboard({ outlet: outlet.slug, certainty: "official" }) },
    { name: "outlets page: the whole press", load: () => Promise.all([overallCalibration(), leadTimeOf(null)]) },
    // Where the figures' links land (issue 17): an outlet's split, the whole press's verdicts, first appearances, tiers, void.
    { name: "dashboard, an outlet's figure", load: () => getDashboard({ outlet: outlet.slug, stance: "hedges", attribution: "relayed", rating: "resolved" }) },
    { name: "dashboard, an event's lead time", load: () => getDashboard({ event: event.slug, lead: "known" }) },
    { name: "dashboard, the press by verdict", load: () => getDashboard({ rating: "pending" }) },
    { name: "dashboard, the press's rumors", load: () => getDashboard({ origin: "first" }) },
    { name: "dashboard, the press by tier", load: () => getDashboard({ certainty: "official", void: "no" }) },
    { name: "dashboard, resolved with a known tier", load: () => getDashboard({ certainty: "known", rating: "resolved" }) },
    { name: "dashboard, void rumors", load: () => getDashboard({ void: "yes" }) },
    { name: "dashboard, an event's rumors by their verdict", load: () => getDashboard({ event: event.slug, rumorVerdict: "refuted", origin: "first" }) },
    { name: "dashboard, an event's rumors awaiting a verdict", load: () => getDashboard({ event: event.slug, rumorVerdict: "pending", origin: "first" }) },
    { name: "dashboard, a rumor's appearances", load: () => getDashboard({ rumor: rumor.id }) },
    { name: "event page", load: () => getEventPage(event.slug) },
    { name: "event page as of a date", load: () => getEventPage(event.slug, {}, "2024-06-30") },
    { name: "claim page", load: () => getReaderClaim(claim.id) },
    { name: "claim page as of a date", load: () => Promise.all([claimAsOf(claim.id, "2024-06-30"), rumorCriteriaChanges(claim.rumorId)]) },
    { name: "rumor page", load: () => getPublicRumor(rumor.id) },
    { name: "API claims", load: () => api(apiClaims) },
    { name: "API claims, filtered", load: () => api(apiClaims, `?event=${event.slug}&rating=pending&from=2019-01-01`) },
    { name: "API claims, next page", load: () => api(apiClaims, `?limit=10&cursor=${second}`) },
    { name: "API outlets", load: () => api(apiOutlets) },
    { name: "API events", load: () => api(apiEvents) },
    { name: "Atom feed", load: () => atomFeed() },
    { name: "ClaimReview feed", load: () => claimReviewFeed() },
  ];
}
