import "server-only";
import { dayOf } from "@/lib/dates";
import { ratingThrough, type ClaimStance } from "@/lib/stance";
import { RATING_INFO, type Rating } from "@/lib/verdicts";
import { xmlEscape } from "@/lib/xml";
import { db, type Prisma } from "@/server/platform/db";
import { env } from "@/server/platform/env";
import { cachedRead } from "@/server/cache/reader-cache";
import { withReaderEtag } from "@/server/http/conditional";
import { readerClaimWhere, readerVerdictWhere } from "@/server/claims/visibility";

const FEED_SIZE = 50;

const verdictRef = { select: { id: true, rating: true, rationale: true, decidedAt: true } } as const;

// Claims by their current verdict, newest first: the verdicts readers see.
// A claim's verdict is its override, or its rumor's read through its stance
// (Claim.rating, lib/stance.ts); the rationale is the decision's.
async function loadRecent(take: number, scope: Prisma.ClaimWhereInput = {}) {
  const rows = await db.claim.findMany({
    // ratedAt is the current verdict's decidedAt, on the claim (and indexed).
    where: { AND: [readerClaimWhere, { ratedAt: { not: null } }, scope] },
    orderBy: [{ ratedAt: "desc" }, { id: "desc" }],
    take,
    select: {
      id: true,
      rumorId: true,
      statement: true,
      attributedTo: true,
      updatedAt: true,
      rating: true,
      article: { select: { title: true, url: true, publishedAt: true, outlet: { select: { name: true } } } },
      overrideVerdict: verdictRef,
      rumor: { select: { currentVerdict: verdictRef } },
    },
  });
  return rows.flatMap(({ overrideVerdict, rumor, rating, ...c }) => {
    const decided = overrideVerdict ?? rumor.currentVerdict;
    return decided && rating ? [{ ...c, currentVerdict: { ...decided, rating } }] : [];
  });
}

/** The rumors among `ids` with more than one published rumor-wide verdict (drafts are nobody's business): one grouped query over their verdicts. */
async function changedVerdicts(ids: string[]): Promise<Set<string>> {
  const counts = await db.verdict.groupBy({ by: ["rumorId"], where: { rumorId: { in: ids }, claimId: null, ...readerVerdictWhere }, _count: { _all: true } });
  return new Set(counts.filter((c) => c._count._all > 1).map((c) => c.rumorId));
}

const siteUrl = () => env.HINDSIGHT_SITE_URL.replace(/\/$/, "");

type FeedEntry = { id: string; title: string; url: string; updated: Date; rating: string; summary: string };

/** An Atom document: `path` is the feed's own address, `page` the reader page it follows. */
function atomDocument(feed: { path: string; page: string; title: string; entries: FeedEntry[] }): string {
  const base = siteUrl();
  const updated = feed.entries[0]?.updated.toISOString() ?? new Date(0).toISOString();
  const entries = feed.entries.map((e) => {
    const label = RATING_INFO[e.rating as Rating].label;
    return `  <entry>
    <id>${xmlEscape(e.id)}</id>
    <title>${xmlEscape(e.title)}</title>
    <link rel="alternate" type="text/html" href="${xmlEscape(e.url)}"/>
    <updated>${e.updated.toISOString()}</updated>
    <category term="${e.rating}" label="${xmlEscape(label)}"/>
    <summary type="text">${xmlEscape(e.summary)}</summary>
  </entry>`;
  });
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <id>${xmlEscape(`${base}${feed.path}`)}</id>
  <title>${xmlEscape(feed.title)}</title>
  <link rel="self" type="application/atom+xml" href="${xmlEscape(`${base}${feed.path}`)}"/>
  <link rel="alternate" type="text/html" href="${xmlEscape(`${base}${feed.page}`)}"/>
  <updated>${updated}</updated>
  <author><name>Hindsight</name></author>
${entries.join("\n")}
</feed>
`;
}

/** Entries for the claims in `scope` by their current verdict; each id names the verdict, so a changed verdict arrives as a new entry. */
async function verdictEntries(scope?: Prisma.ClaimWhereInput): Promise<FeedEntry[]> {
  const claims = await loadRecent(FEED_SIZE, scope);
  const rerated = await changedVerdicts(claims.map((c) => c.rumorId));
  const base = siteUrl();
  return claims.map((c) => {
    const v = c.currentVerdict;
    const label = RATING_INFO[v.rating as Rating].label;
    const url = `${base}/claims/${c.id}`;
    const changed = rerated.has(c.rumorId) ? " (verdict changed)" : "";
    return {
      id: `${url}#verdict-${v.id}`,
      title: `${label}: ${c.statement}${changed}`,
      url,
      updated: v.decidedAt,
      rating: v.rating,
      summary: `${label}. Claimed in ${c.article.outlet.name} on ${dayOf(c.article.publishedAt)}, attributed to ${c.attributedTo}. ${v.rationale}`,
    };
  });
}

/** Atom feed of new and changed verdicts. */
export function atomFeed(): Promise<string> {
  return cachedRead("feed:atom", async () =>
    atomDocument({ path: "/feed.xml", page: "/", title: "Hindsight — new and changed verdicts", entries: await verdictEntries() }),
  );
}

/** The verdicts on an event's claims; null for an unknown event. */
export function eventFeed(slug: string): Promise<string | null> {
  return cachedRead(`feed:event:${slug}`, async () => {
    const event = await db.event.findUnique({ where: { slug }, select: { id: true, name: true } });
    if (!event) return null;
    const entries = await verdictEntries({ eventId: event.id });
    return atomDocument({ path: `/events/${slug}/feed.xml`, page: `/events/${slug}`, title: `Hindsight — verdicts on ${event.name}`, entries });
  });
}

/** The verdicts on the claims an outlet made or relayed; null unless readers know the outlet (server/reader/outlet-records.ts). */
export function outletFeed(slug: string): Promise<string | null> {
  return cachedRead(`feed:outlet:${slug}`, async () => {
    const outlet = await db.outlet.findFirst({
      where: { slug, OR: [{ claims: { some: readerClaimWhere } }, { relays: { some: readerClaimWhere } }] },
      select: { id: true, name: true },
    });
    if (!outlet) return null;
    const entries = await verdictEntries({ OR: [{ outletId: outlet.id }, { relayedFromId: outlet.id }] });
    return atomDocument({ path: `/outlets/${slug}/feed.xml`, page: `/outlets/${slug}`, title: `Hindsight — verdicts on ${outlet.name}'s claims`, entries });
  });
}

/** A feed route's answer: the Atom document with the reader ETag and cache headers (ADR 0026), or 404 when readers may not know the subject. */
export function atomResponse(request: Request, load: () => Promise<string | null>): Promise<Response> {
  return withReaderEtag(request, async () => {
    const xml = await load();
    if (xml === null) return new Response("Not found", { status: 404, headers: { "content-type": "text/plain; charset=utf-8" } });
    return new Response(xml, { headers: { "content-type": "application/atom+xml; charset=utf-8" } });
  });
}

// Feeds that follow one claim or one rumor (issue 17): every published
// verdict of it, newest first, so a changed verdict arrives in feed readers
// as a new entry. Drafts and unpublished verdicts never appear; a claim that
// is not published, or a rumor without a published claim, has no feed.

const HISTORY_SIZE = 50;

type Decision = { id: string; rating: Rating; rationale: string; decidedAt: Date; publishedAt: Date | null; claimId: string | null };

function history(where: Prisma.VerdictWhereInput): Promise<Decision[]> {
  return db.verdict.findMany({
    where: { AND: [where, readerVerdictWhere] },
    orderBy: [{ publishedAt: "desc" }, { decidedAt: "desc" }, { id: "desc" }],
    take: HISTORY_SIZE,
    select: { id: true, rating: true, rationale: true, decidedAt: true, publishedAt: true, claimId: true },
  }) as Promise<Decision[]>;
}

function entry(url: string, v: Decision, rating: Rating, subject: string, earlier: boolean): FeedEntry {
  const label = RATING_INFO[rating].label;
  const scope = v.claimId ? "Verdict on this claim alone" : "Verdict on the rumor";
  return {
    id: `${url}#verdict-${v.id}`,
    title: `${label}: ${subject}${earlier ? " (verdict changed)" : ""}`,
    url,
    updated: v.publishedAt ?? v.decidedAt,
    rating,
    summary: `${scope}, decided ${v.decidedAt.toISOString().slice(0, 10)}: ${label}. ${v.rationale}`,
  };
}

/** A published claim's verdicts: its rumor's, read through the claim's stance, and the claim's own overrides. */
export function claimFeed(id: string): Promise<string | null> {
  return cachedRead(`feed:claim:${id}`, async () => {
    const claim = await db.claim.findFirst({ where: { AND: [{ id }, readerClaimWhere] }, select: { id: true, rumorId: true, statement: true, stance: true } });
    if (!claim) return null;
    const decisions = await history({ rumorId: claim.rumorId, OR: [{ claimId: null }, { claimId: claim.id }] });
    const url = `${siteUrl()}/claims/${claim.id}`;
    const entries = decisions.flatMap((v, i) => {
      const rating = v.claimId ? v.rating : ratingThrough(claim.stance as ClaimStance, v.rating);
      return rating ? [entry(url, v, rating, claim.statement, i < decisions.length - 1)] : [];
    });
    return atomDocument({ path: `/claims/${id}/feed.xml`, page: `/claims/${id}`, title: `Hindsight — verdicts on “${claim.statement}”`, entries });
  });
}

/** A rumor's rumor-wide verdicts, while readers can see the rumor (one of its claims is published). */
export function rumorFeed(id: string): Promise<string | null> {
  return cachedRead(`feed:rumor:${id}`, async () => {
    const rumor = await db.rumor.findFirst({ where: { id, claims: { some: readerClaimWhere } }, select: { id: true, statement: true } });
    if (!rumor) return null;
    const decisions = await history({ rumorId: rumor.id, claimId: null });
    const url = `${siteUrl()}/rumors/${rumor.id}`;
    const entries = decisions.map((v, i) => entry(url, v, v.rating, rumor.statement, i < decisions.length - 1));
    return atomDocument({ path: `/rumors/${id}/feed.xml`, page: `/rumors/${id}`, title: `Hindsight — verdicts on the rumor “${rumor.statement}”`, entries });
  });
}
