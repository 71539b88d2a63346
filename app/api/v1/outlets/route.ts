import { NextResponse } from "next/server";
import { PageSchema } from "@/lib/schemas/claim-filter";
import { parseInput } from "@/server/errors";
import { route } from "@/server/http";
import { decodeKey, encodeKey } from "@/server/keyset";
import { outletStandings } from "@/server/stats";

const DEFAULT_LIMIT = 100;

// The leaderboard: outlets with reader-visible claims, best lower bound
// first, `limit` (1–500, default 100) at a time; `cursor` names the last
// outlet of the previous page (the ranking is computed over every outlet).
export const GET = route(async (request) => {
  const params = new URL(request.url).searchParams;
  const { cursor, limit = DEFAULT_LIMIT } = parseInput(PageSchema, { cursor: params.get("cursor") ?? undefined, limit: params.get("limit") ?? undefined });
  const outlets = await outletStandings();
  let start = 0;
  if (cursor) {
    const [slug] = decodeKey(cursor, ["string"]);
    start = outlets.findIndex((o) => o.slug === slug) + 1;
    if (start === 0) start = outlets.length;
  }
  const items = outlets.slice(start, start + limit);
  const more = start + limit < outlets.length;
  return NextResponse.json({
    ranking: "lower bound of the 95% Wilson interval of accuracy over resolved claims",
    items,
    nextCursor: more ? encodeKey([items[items.length - 1]!.slug]) : null,
  });
});
