import { NextResponse } from "next/server";
import { dayOf } from "@/lib/dates";
import { createEvent, listEvents } from "@/server/events";
import { readJson, route } from "@/server/http";

export const GET = route(async () => {
  const events = await listEvents();
  return NextResponse.json({
    items: events.map(({ _count, date, ...e }) => ({ ...e, date: dayOf(date), claimCount: _count.claims })),
  });
});

export const POST = route(async (request) => {
  const event = await createEvent(await readJson(request));
  return NextResponse.json({ ...event, date: dayOf(event.date) }, { status: 201 });
});
