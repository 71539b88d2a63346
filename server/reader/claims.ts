import "server-only";
import { parseDay } from "@/lib/dates";
import { RATINGS } from "@/lib/verdicts";
import { ClaimFilterSchema, filterParams, PageSchema, SEARCH_LIMIT, type ClaimFilterInput } from "@/lib/schemas/claim-filter";
import { flattenClaim, readerClaimListSelect } from "@/server/claims/queries";
import { db, type Prisma } from "@/server/platform/db";
import { invalid, parseInput } from "@/server/platform/errors";
import { encodeKey, tryDecodeKey } from "@/server/platform/keyset";
import type { ClaimLine, PublicClaim } from "@/lib/contracts/reader";
import { claimLineSelect, getPublicClaim, toClaimLines, toPublicClaim } from "./public-claim";
import { cachedRead } from "@/server/cache/reader-cache";
import { searchedClaimKeys, type SourceKey } from "@/server/search/in-view";
import { searchClaimIds } from "@/server/search/search";
import { readerClaimWhere } from "@/server/claims/visibility";

export type ReaderPage = { cursor?: string; limit?: number };

const DAY_MS = 86_400_000;
/** Matches nothing: an unknown event or outlet slug. */
const NONE: Prisma.ClaimWhereInput = { id: { in: [] } };

/**
 * The Prisma filter for a reader's view; always narrowed by readerClaimWhere.
 * Every condition is on the claim's own columns (the outlet, source day and
 * rating are denormalized onto it, server/claims/facts.ts), so an index on
 * (event or outlet, source day, position, id) serves the filter and the order.
 * A searched view applies the same filter in SQL (server/search/in-view.ts,
 * viewConditions): a change here goes there too (claims.test.ts compares them).
 */
async function readerWhere(filter: Omit<ClaimFilterInput, "q">): Promise<Prisma.ClaimWhereInput> {
  const and: Prisma.ClaimWhereInput[] = [readerClaimWhere];
  // Slugs are resolved first: an equality on the id lets the index do the work.
  const [event, outlet] = await Promise.all([
    filter.event ? db.event.findUnique({ where: { slug: filter.event }, select: { id: true } }) : null,
    filter.outlet ? db.outlet.findUnique({ where: { slug: filter.outlet }, select: { id: true } }) : null,
  ]);
  if (filter.event) and.push(event ? { eventId: event.id } : NONE);
  if (filter.eventId) and.push({ eventId: filter.eventId });
  if (filter.outlet) and.push(outlet ? { outletId: outlet.id } : NONE);
  // A void rumor's claims have no rating (server/claims/facts.ts): they are not pending.
  if (filter.rating === "pending") and.push({ rating: null, voided: false });
  // Not an IN list: SQLite would read each verdict's claims and sort them; this walks the source order.
  else if (filter.rating === "resolved") and.push({ rating: { not: null } }, { rating: { not: "unverifiable" } });
  else if (filter.rating) and.push({ rating: filter.rating });
  if (filter.certainty === "known") and.push({ certainty: { not: "unknown" } });
  else if (filter.certainty) and.push({ certainty: filter.certainty });
  if (filter.stance) and.push({ stance: filter.stance });
  if (filter.attribution) and.push({ own: filter.attribution === "own" });
  if (filter.origin) and.push({ origin: filter.origin === "first" });
  if (filter.lead) and.push({ leadDays: { not: null } });
  if (filter.void) and.push({ voided: filter.void === "yes" });
  if (filter.rumor) and.push({ rumorId: filter.rumor });
  // The rumor's own verdict (a void rumor has none): through the rumor's event index when the view names an event.
  if (filter.rumorVerdict) {
    const verdict = filter.rumorVerdict === "pending" ? null : filter.rumorVerdict;
    and.push({ rumor: { rating: verdict, ...(event ? { eventId: event.id } : {}) } });
    if (verdict === null) and.push({ voided: false });
  }
  const from = filter.from ? parseDay(filter.from) : null;
  const to = filter.to ? parseDay(filter.to) : null;
  if (from || to) {
    and.push({ sourceAt: { ...(from ? { gte: from } : {}), ...(to ? { lt: new Date(to.getTime() + DAY_MS) } : {}) } });
  }
  return { AND: and };
}

// Claims are listed in the order they were said: source article's day, then
// position in it, then id (so the order is total). The cursor is that key of
// the last claim of the page.
const sourceOrder: Prisma.ClaimOrderByWithRelationInput[] = [{ sourceAt: "asc" }, { quoteStart: "asc" }, { id: "asc" }];

const encodeClaimCursor = (c: SourceKey) => encodeKey([c.sourceAt, c.quoteStart, c.id]);

async function decodeClaimCursor(cursor: string): Promise<SourceKey> {
  const key = tryDecodeKey(cursor, ["date", "int", "string"]);
  if (key) return { sourceAt: key[0], quoteStart: key[1], id: key[2] };
  // Earlier releases returned the last claim's id (base64url); still accepted.
  const id = Buffer.from(cursor, "base64url").toString("utf8");
  if (!/^[\w-]{1,64}$/.test(id)) throw invalid("The cursor is not one this API returned.", { cursor: ["Use nextCursor from a previous page."] });
  // Only a claim readers can see: a draft's id must answer like an unknown one.
  const claim = await db.claim.findFirst({ where: { id, ...readerClaimWhere }, select: { sourceAt: true, quoteStart: true, id: true } });
  if (!claim) throw invalid("The cursor is not one this API returned.", { cursor: ["Use nextCursor from a previous page."] });
  return claim;
}

/** Claims after `key` in source order: a range on the index's leading column, then the tie-breaks. */
function afterClaim(key: SourceKey): Prisma.ClaimWhereInput {
  const { sourceAt, quoteStart, id } = key;
  return {
    sourceAt: { gte: sourceAt },
    OR: [{ sourceAt: { gt: sourceAt } }, { sourceAt, quoteStart: { gt: quoteStart } }, { sourceAt, quoteStart, id: { gt: id } }],
  };
}

/** Claims per page when the caller names no limit (PageSchema allows 1–500). */
const DEFAULT_PAGE_SIZE = 100;

/**
 * What a list loads of each claim, and what it makes of the row: the whole
 * public claim (the API, exports, the outlet and event pages) or its line
 * (the dashboard and the outlet page; toClaimLines).
 */
type Loaded<S extends Prisma.ClaimSelect> = Prisma.ClaimGetPayload<{ select: S }>;
type Shape<S extends Prisma.ClaimSelect, T> = { select: S; items: (rows: Loaded<S>[]) => Promise<T[]> };
const publicShape: Shape<typeof readerClaimListSelect, PublicClaim> = {
  select: readerClaimListSelect,
  items: async (rows) => rows.map((r) => toPublicClaim(flattenClaim(r))),
};
const lineShape: Shape<typeof claimLineSelect, ClaimLine> = { select: claimLineSelect, items: toClaimLines };

async function loadClaims<S extends Prisma.ClaimSelect, T>(shape: Shape<S, T>, filter: ClaimFilterInput, page: ReaderPage) {
  if (filter.q) {
    const after = page.cursor ? await decodeClaimCursor(page.cursor) : null;
    return loadSearchedClaims(shape, filter, filter.q, after, page.limit ?? DEFAULT_PAGE_SIZE);
  }
  return loadPage(shape, readerWhere(filter), page);
}

/** One page, in source order, of the claims `where` (a reader's view, already narrowed by readerClaimWhere) matches. */
async function loadPage<S extends Prisma.ClaimSelect, T>(shape: Shape<S, T>, whereOf: Promise<Prisma.ClaimWhereInput>, page: ReaderPage) {
  const limit = page.limit ?? DEFAULT_PAGE_SIZE;
  const [after, where] = await Promise.all([page.cursor ? decodeClaimCursor(page.cursor) : null, whereOf]);
  const rows = (await db.claim.findMany({
    where: after ? { AND: [where, afterClaim(after)] } : where,
    orderBy: sourceOrder,
    take: limit + 1,
    select: { ...shape.select, sourceAt: true, quoteStart: true, id: true } as Prisma.ClaimSelect,
  })) as unknown as (Loaded<S> & SourceKey)[];
  const items = await shape.items(rows.slice(0, limit));
  const nextCursor = rows.length > limit ? encodeClaimCursor(rows[limit - 1]!) : null;
  return { items, nextCursor, searchCapped: false };
}

/**
 * A searched view: search gives at most SEARCH_LIMIT ids (best matches), so the
 * other filters, the source order and the cursor are applied to those, in one
 * statement that gives the page's keys (server/search/in-view.ts); then the
 * page of claims is loaded. A fixed number of queries, whatever the page.
 */
async function loadSearchedClaims<S extends Prisma.ClaimSelect, T>(
  shape: Shape<S, T>,
  filter: ClaimFilterInput,
  q: string,
  after: SourceKey | null,
  limit: number,
) {
  const { q: _q, ...rest } = filter;
  void _q;
  const ids = await searchClaimIds(q);
  const keys = await searchedClaimKeys(ids, rest, after, limit + 1);
  const pageIds = keys.slice(0, limit).map((k) => k.id);
  const rows = pageIds.length
    ? ((await db.claim.findMany({
        where: { AND: [readerClaimWhere, { id: { in: pageIds } }] },
        select: { ...shape.select, id: true } as Prisma.ClaimSelect,
      })) as unknown as (Loaded<S> & { id: string })[])
    : [];
  const byId = new Map(rows.map((r) => [r.id, r]));
  const items = await shape.items(pageIds.map((id) => byId.get(id)).filter((r) => r !== undefined));
  const nextCursor = keys.length > limit ? encodeClaimCursor(keys[limit - 1]!) : null;
  return { items, nextCursor, searchCapped: ids.length >= SEARCH_LIMIT };
}

/** Reader-visible claims for a filter, in source order, one page at a time. */
export function findReaderClaims(filter: ClaimFilterInput = {}, page: ReaderPage = {}) {
  return cachedRead(`claims:${JSON.stringify([filter, page])}`, () => loadClaims(publicShape, filter, page));
}

/** The same list as findReaderClaims, each claim as its line (the dashboard's list). */
export function findReaderClaimLines(filter: ClaimFilterInput = {}, page: ReaderPage = {}) {
  return cachedRead(`claim-lines:${JSON.stringify([filter, page])}`, () => loadClaims(lineShape, filter, page));
}

/**
 * One outlet's reader-visible claims as lines, by the id of the outlet its
 * page has already found (the `outlet` filter would look the slug up again).
 */
export function findOutletClaimLines(outletId: string, page: ReaderPage = {}) {
  return cachedRead(`outlet-claim-lines:${outletId}:${JSON.stringify(page)}`, () =>
    loadPage(lineShape, Promise.resolve({ AND: [readerClaimWhere, { outletId }] }), page),
  );
}

/**
 * How many reader-visible claims a filter matches, for a filtered view's
 * heading (a figure's link lands on a list that says it holds that many).
 * Only for a view of one outlet, one event or one rumor: one count over that
 * scope's index, bounded by its size. Null otherwise (the whole press's figures
 * show their numbers themselves; counting could read most claims), and for
 * a search, whose matches are capped (SEARCH_LIMIT) and ranked.
 */
export function countReaderClaims(filter: ClaimFilterInput): Promise<number | null> {
  if (filter.q || !(filter.outlet || filter.event || filter.eventId || filter.rumor)) return Promise.resolve(null);
  return cachedRead(`claim-count:${JSON.stringify(filter)}`, async () => db.claim.count({ where: await readerWhere(filter) }));
}

/** The most recently decided verdicts readers can see, newest first, as lines. */
export function latestVerdictClaims(n = 5) {
  return cachedRead(`latest:${n}`, async () => {
    const rows = await db.claim.findMany({
      where: { AND: [readerClaimWhere, { ratedAt: { not: null } }] },
      orderBy: [{ ratedAt: "desc" }, { id: "desc" }],
      take: n,
      select: claimLineSelect,
    });
    return toClaimLines(rows);
  });
}

/** One claim with its context and history, as its reader page shows it; throws not_found. */
export function getReaderClaim(id: string) {
  return cachedRead(`claim:${id}`, () => getPublicClaim(id));
}

/**
 * `GET /api/v1/claims`: checks the reader query string's filters and page at
 * once (so a bad one is refused before anything else), and answers with the
 * read to run: the caller may not need it (a 304).
 */
export function readerClaimsFromQuery(params: URLSearchParams) {
  const rating = params.get("rating");
  // Kept word for word from v1's first release: clients match on it.
  if (rating && rating !== "pending" && rating !== "resolved" && !(RATINGS as readonly string[]).includes(rating)) {
    throw invalid(`Unknown rating “${rating}”.`, { rating: [`Use one of: pending, ${RATINGS.join(", ")}.`] });
  }
  const { filter, page } = parseReaderQuery(params);
  return () => findReaderClaims(filter, page);
}

/** Parses a reader query string (filters and paging) the way every reader endpoint does. */
export function parseReaderQuery(params: URLSearchParams) {
  const raw = filterParams(params);
  return { filter: parseInput(ClaimFilterSchema, raw), page: parseInput(PageSchema, raw) as ReaderPage };
}
