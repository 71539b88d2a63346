import "server-only";
import type { EventList, OutletList } from "@/lib/contracts/reader";
import { PageSchema } from "@/lib/schemas/claim-filter";
import { parseInput } from "@/server/platform/errors";
import { decodeKey, encodeKey } from "@/server/platform/keyset";
import { eventTallies, outletStandings } from "./stats";

// The public API's lists of events and outlets: `limit` (1–500, default
// 100) at a time with a keyset cursor; counts cover what readers may see.

const DEFAULT_LIMIT = 100;

function pageOf(query: URLSearchParams) {
  const { cursor, limit = DEFAULT_LIMIT } = parseInput(PageSchema, { cursor: query.get("cursor") ?? undefined, limit: query.get("limit") ?? undefined });
  return { cursor, limit };
}

/** Every event, newest first. */
export async function publicEvents(query: URLSearchParams): Promise<EventList> {
  const page = await eventTallies({ ...pageOf(query), withClaims: false });
  return { items: page.items.map(({ total, counts, ...event }) => ({ ...event, claimCount: total, counts })), nextCursor: page.nextCursor };
}

/**
 * The leaderboard: outlets with reader-visible claims, best lower bound
 * first; `cursor` names the last outlet of the previous page (the ranking is
 * computed over every outlet).
 */
export async function publicOutlets(query: URLSearchParams): Promise<OutletList> {
  const { cursor, limit } = pageOf(query);
  const outlets = await outletStandings();
  let start = 0;
  if (cursor) {
    const [slug] = decodeKey(cursor, ["string"]);
    start = outlets.findIndex((o) => o.slug === slug) + 1;
    if (start === 0) start = outlets.length;
  }
  const items = outlets.slice(start, start + limit);
  const more = start + limit < outlets.length;
  return {
    ranking: "lower bound of the 95% Wilson interval of accuracy over resolved claims",
    items,
    nextCursor: more ? encodeKey([items[items.length - 1]!.slug]) : null,
  };
}
