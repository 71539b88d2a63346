import "server-only";
import { parseDay } from "@/lib/dates";
import type { ClaimFilterInput } from "@/lib/schemas/claim-filter";
import { databaseProvider, db, Prisma } from "@/server/platform/db";

/**
 * A searched reader view (server/reader/claims.ts, loadSearchedClaims): which
 * of a search's ids (at most SEARCH_LIMIT) the view's other filters keep, in
 * source order after a cursor, one page of them. One SQL statement with the
 * ids as a single parameter: through Prisma the ids had to go as `IN` lists
 * of 500 parameters (SQLite's limit), every key came back and was sorted
 * here, and building those statements cost more than running them
 * (docs/performance.md). The filter is readerWhere's, condition for
 * condition, in SQL; `server/reader/claims.test.ts` checks every filter
 * against the unsearched view, so the two cannot drift apart unnoticed.
 */

/** A claim's place in source order: the reader lists' keyset cursor. */
export type SourceKey = { sourceAt: Date; quoteStart: number; id: string };

const DAY_MS = 86_400_000;
const { sql } = Prisma;

/**
 * An enum value as literal SQL: a bound parameter does not compare with a
 * PostgreSQL enum. Only the schema's own values get here (the filter is
 * parsed), and the check keeps it that way.
 */
function literal(value: string): Prisma.Sql {
  if (!/^[a-z_]+$/.test(value)) throw new Error(`Unexpected filter value ${value}`);
  return Prisma.raw(`'${value}'`);
}

const eventIdOf = (slug: string) => sql`(SELECT e."id" FROM "Event" e WHERE e."slug" = ${slug})`;

/** readerClaimWhere and readerWhere (server/reader/claims.ts) on the claim `c`; an unknown slug matches nothing. */
function viewConditions(filter: Omit<ClaimFilterInput, "q">): Prisma.Sql[] {
  const and = [sql`c."publishedAt" IS NOT NULL`];
  if (filter.event) and.push(sql`c."eventId" = ${eventIdOf(filter.event)}`);
  if (filter.eventId) and.push(sql`c."eventId" = ${filter.eventId}`);
  if (filter.outlet) and.push(sql`c."outletId" = (SELECT o."id" FROM "Outlet" o WHERE o."slug" = ${filter.outlet})`);
  if (filter.rating === "pending") and.push(sql`c."rating" IS NULL`, sql`c."voided" = ${false}`);
  else if (filter.rating === "resolved") and.push(sql`c."rating" IS NOT NULL`, sql`c."rating" <> 'unverifiable'`);
  else if (filter.rating) and.push(sql`c."rating" = ${literal(filter.rating)}`);
  if (filter.certainty === "known") and.push(sql`c."certainty" <> 'unknown'`);
  else if (filter.certainty) and.push(sql`c."certainty" = ${filter.certainty}`);
  if (filter.stance) and.push(sql`c."stance" = ${literal(filter.stance)}`);
  if (filter.attribution) and.push(sql`c."own" = ${filter.attribution === "own"}`);
  if (filter.origin) and.push(sql`c."origin" = ${filter.origin === "first"}`);
  if (filter.lead) and.push(sql`c."leadDays" IS NOT NULL`);
  if (filter.void) and.push(sql`c."voided" = ${filter.void === "yes"}`);
  if (filter.rumor) and.push(sql`c."rumorId" = ${filter.rumor}`);
  if (filter.rumorVerdict) {
    const pending = filter.rumorVerdict === "pending";
    const rating = pending ? sql`r."rating" IS NULL` : sql`r."rating" = ${literal(filter.rumorVerdict)}`;
    const event = filter.event ? sql` AND r."eventId" = ${eventIdOf(filter.event)}` : Prisma.empty;
    and.push(sql`EXISTS (SELECT 1 FROM "Rumor" r WHERE r."id" = c."rumorId" AND ${rating}${event})`);
    if (pending) and.push(sql`c."voided" = ${false}`);
  }
  const from = filter.from ? parseDay(filter.from) : null;
  const to = filter.to ? parseDay(filter.to) : null;
  if (from) and.push(sql`c."sourceAt" >= ${from}`);
  if (to) and.push(sql`c."sourceAt" < ${new Date(to.getTime() + DAY_MS)}`);
  return and;
}

/**
 * Up to `take` of `ids` that the view keeps, after `after`, in source order.
 * Ids compare byte by byte on both databases (PostgreSQL's "C" collation),
 * as the keys sorted in JavaScript did before.
 */
export async function searchedClaimKeys(ids: string[], filter: Omit<ClaimFilterInput, "q">, after: SourceKey | null, take: number): Promise<SourceKey[]> {
  if (ids.length === 0) return [];
  const pg = databaseProvider() === "postgresql";
  const id = pg ? sql`c."id" COLLATE "C"` : sql`c."id"`;
  // SQLite: the ids lead the join (CROSS JOIN fixes the order), never an index walked in source order.
  const from = pg
    ? sql`"Claim" c WHERE c."id" = ANY(${ids}::text[]) AND`
    : sql`json_each(${JSON.stringify(ids)}) j CROSS JOIN "Claim" c WHERE c."id" = j."value" AND`;
  const conditions = viewConditions(filter);
  if (after) {
    const { sourceAt, quoteStart } = after;
    conditions.push(
      sql`(c."sourceAt" > ${sourceAt} OR (c."sourceAt" = ${sourceAt} AND (c."quoteStart" > ${quoteStart} OR (c."quoteStart" = ${quoteStart} AND ${id} > ${after.id}))))`,
    );
  }
  return db.$queryRaw<SourceKey[]>(sql`
    SELECT c."id", c."sourceAt", c."quoteStart" FROM ${from} ${Prisma.join(conditions, " AND ")}
    ORDER BY c."sourceAt", c."quoteStart", ${id}
    LIMIT ${take}`);
}
