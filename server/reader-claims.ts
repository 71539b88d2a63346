import "server-only";
import { parseDay } from "@/lib/dates";
import { ClaimFilterSchema, filterParams, PageSchema, type ClaimFilterInput } from "@/lib/schemas/claim-filter";
import { claimListSelect } from "./claim-queries";
import { db, type Prisma } from "./db";
import { invalid, parseInput } from "./errors";
import { getPublicClaim, toPublicClaim } from "./public-claims";
import { cachedRead } from "./reader-cache";
import { searchClaimIds } from "./search";
import { readerClaimWhere } from "./visibility";

export type ReaderPage = { cursor?: string; limit?: number };

const DAY_MS = 86_400_000;

/** The Prisma filter for a reader's view; always narrowed by readerClaimWhere. */
export async function readerWhere(filter: ClaimFilterInput): Promise<Prisma.ClaimWhereInput> {
  const and: Prisma.ClaimWhereInput[] = [readerClaimWhere];
  if (filter.event) and.push({ event: { slug: filter.event } });
  if (filter.eventId) and.push({ eventId: filter.eventId });
  if (filter.outlet) and.push({ article: { outlet: { slug: filter.outlet } } });
  if (filter.rating === "pending") and.push({ currentVerdictId: null });
  else if (filter.rating) and.push({ currentVerdict: { rating: filter.rating } });
  const from = filter.from ? parseDay(filter.from) : null;
  const to = filter.to ? parseDay(filter.to) : null;
  if (from || to) {
    and.push({ article: { publishedAt: { ...(from ? { gte: from } : {}), ...(to ? { lt: new Date(to.getTime() + DAY_MS) } : {}) } } });
  }
  if (filter.q) and.push({ id: { in: await searchClaimIds(filter.q) } });
  return { AND: and };
}

// Cursors are opaque to clients: the id of the last item, base64url-encoded.
const encodeCursor = (id: string) => Buffer.from(id, "utf8").toString("base64url");
function decodeCursor(cursor: string): string {
  const id = Buffer.from(cursor, "base64url").toString("utf8");
  if (!/^[\w-]{1,64}$/.test(id)) throw invalid("The cursor is not one this API returned.", { cursor: ["Use nextCursor from a previous page."] });
  return id;
}

async function loadClaims(filter: ClaimFilterInput, page: ReaderPage) {
  const limit = page.limit ?? 1000;
  const rows = await db.claim.findMany({
    where: await readerWhere(filter),
    // The id breaks ties so that the order, and so the cursor, is total.
    orderBy: [{ article: { publishedAt: "asc" } }, { quoteStart: "asc" }, { id: "asc" }],
    ...(page.cursor ? { cursor: { id: decodeCursor(page.cursor) }, skip: 1 } : {}),
    take: limit + 1,
    select: claimListSelect,
  });
  const items = rows.slice(0, limit).map(toPublicClaim);
  const nextCursor = rows.length > limit ? encodeCursor(items[items.length - 1]!.id) : null;
  return { items, nextCursor };
}

/** Reader-visible claims for a filter, in source order, one page at a time. */
export function findReaderClaims(filter: ClaimFilterInput = {}, page: ReaderPage = {}) {
  return cachedRead(`claims:${JSON.stringify([filter, page])}`, () => loadClaims(filter, page));
}

/** One claim with its context and history, as its reader page shows it; throws not_found. */
export function getReaderClaim(id: string) {
  return cachedRead(`claim:${id}`, () => getPublicClaim(id));
}

/** Parses a reader query string (filters and paging) the way every reader endpoint does. */
export function parseReaderQuery(params: URLSearchParams) {
  const raw = filterParams(params);
  return { filter: parseInput(ClaimFilterSchema, raw), page: parseInput(PageSchema, raw) as ReaderPage };
}
