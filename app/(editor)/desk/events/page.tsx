import type { Metadata } from "next";
import { EventForm } from "@/components/editor/lists/event-form";
import { EventTable } from "@/components/editor/lists/event-table";
import { desk } from "@/server/desk/desk";

export const metadata: Metadata = { title: "Events" };
export const dynamic = "force-dynamic";

export default async function DeskEventsPage() {
  return (
    <div>
      <h1>Events</h1>
      <p className="muted">
        Articles published before an event starts, by its own clock (its start time in its time zone), are pre-event: claims come from them. From then on they
        are post-event: evidence. An article dated by day only is pre-event when that day is before the event&apos;s day. Only claims with an event can be
        published.
      </p>
      <EventTable events={(await desk.events()).items} />
      <EventForm />
    </div>
  );
}
