import "server-only";
import type { AxisArticle, EventPageData } from "@/lib/contracts/reader";
import { dayOf } from "@/lib/dates";
import { db } from "@/server/platform/db";
import { findEventBySlug } from "@/server/articles/events";
import { findReaderClaims, type ReaderPage } from "./claims";
import { cachedRead } from "@/server/cache/reader-cache";
import { eventCounts } from "./stats";
import { readerClaimWhere } from "@/server/claims/visibility";
import { endOfDay, eventAsOf, eventClaimScores, leadTimeOf } from "./track-records";

/** Claims per page on an event page. */
const EVENT_PAGE_SIZE = 25;

/**
 * Every article the event's reader-visible claims quote (before) or cite as
 * evidence (after), for its date axis: a fixed number of queries however
 * many claims the event has.
 */
async function eventArticles(eventId: string): Promise<AxisArticle[]> {
  const claims = await db.claim.findMany({ where: { AND: [readerClaimWhere, { eventId }] }, select: { articleId: true } });
  const evidence = await db.evidence.findMany({ where: { rumor: { eventId, publicClaims: { gt: 0 } } }, select: { articleId: true } });
  const kind = new Map<string, "before" | "after">();
  for (const c of claims) kind.set(c.articleId, "before");
  for (const e of evidence) kind.set(e.articleId, "after");
  const articles = await db.article.findMany({
    where: { id: { in: [...kind.keys()] } },
    orderBy: [{ publishedAt: "asc" }, { id: "asc" }],
    select: { id: true, title: true, url: true, publishedAt: true, outlet: { select: { name: true } } },
  });
  return articles.map((a) => ({ id: a.id, title: a.title, url: a.url, outlet: a.outlet.name, publishedAt: dayOf(a.publishedAt), kind: kind.get(a.id)! }));
}

/**
 * An event with its verdict counts, the articles on its date axis and one
 * page of its reader-visible claims; null for an unknown slug. An unusable
 * cursor shows the first page. With `asOf` (a day, YYYY-MM-DD) its record as
 * it stood at the end of that day (UTC) comes too.
 */
export async function getEventPage(slug: string, page: ReaderPage = {}, asOf?: string): Promise<EventPageData | null> {
  const event = await cachedRead(`event:${slug}`, () => findEventBySlug(slug));
  if (!event) return null;
  const claimsPage = (cursor?: string) => findReaderClaims({ eventId: event.id }, { limit: EVENT_PAGE_SIZE, cursor });
  const [tally, claims, articles, { calibration, claims: claimCounts }, leadTime, then] = await Promise.all([
    cachedRead(`event-counts:${event.id}`, () => eventCounts(event.id)),
    claimsPage(page.cursor).catch(() => claimsPage()),
    cachedRead(`event-articles:${event.id}`, () => eventArticles(event.id)),
    eventClaimScores(event.id),
    leadTimeOf(event.id),
    asOf ? eventAsOf(event.id, endOfDay(asOf)) : null,
  ]);
  return {
    event: { ...event, date: dayOf(event.date) },
    claims: claims.items,
    nextCursor: claims.nextCursor,
    total: tally.total,
    counts: tally.counts,
    claimCounts,
    articles,
    scores: { calibration, leadTime },
    asOf: then && asOf ? { day: asOf, ...then } : null,
  };
}
