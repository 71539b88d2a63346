import { NextResponse } from "next/server";
import { dayOf } from "@/lib/dates";
import { emptyCounts } from "@/lib/scoring";
import { createEvent, listEvents } from "@/server/events";
import { readJson, route } from "@/server/http";
import { cachedRead } from "@/server/reader-cache";
import { readerStats } from "@/server/stats";

export const GET = route(async () => {
  const [events, stats] = await Promise.all([cachedRead("events", listEvents), readerStats()]);
  const tally = new Map(stats.events.map((e) => [e.slug, e]));
  return NextResponse.json({
    items: events.map(({ _count, date, ...e }) => {
      void _count;
      const t = tally.get(e.slug);
      // Counts cover the claims readers may see, not drafts.
      return { ...e, date: dayOf(date), claimCount: t?.total ?? 0, counts: t?.counts ?? emptyCounts() };
    }),
  });
});

export const POST = route(async (request) => {
  const event = await createEvent(await readJson(request));
  return NextResponse.json({ ...event, date: dayOf(event.date) }, { status: 201 });
});
