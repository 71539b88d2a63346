import { NextResponse } from "next/server";
import { dayOf } from "@/lib/dates";
import { PageSchema } from "@/lib/schemas/claim-filter";
import { parseInput } from "@/server/errors";
import { createEvent } from "@/server/events";
import { readJson, route } from "@/server/http";
import { eventTallies } from "@/server/stats";

const DEFAULT_LIMIT = 100;

// Every event, newest first, `limit` (1–500, default 100) at a time with a
// keyset cursor; counts cover the claims readers may see, not drafts.
export const GET = route(async (request) => {
  const params = new URL(request.url).searchParams;
  const { cursor, limit = DEFAULT_LIMIT } = parseInput(PageSchema, { cursor: params.get("cursor") ?? undefined, limit: params.get("limit") ?? undefined });
  const page = await eventTallies({ cursor, limit, withClaims: false });
  return NextResponse.json({
    items: page.items.map(({ total, counts, ...event }) => ({ ...event, claimCount: total, counts })),
    nextCursor: page.nextCursor,
  });
});

export const POST = route(async (request) => {
  const event = await createEvent(await readJson(request));
  return NextResponse.json({ ...event, date: dayOf(event.date) }, { status: 201 });
});
