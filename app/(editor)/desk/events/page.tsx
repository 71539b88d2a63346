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
      <p className="muted">Articles published before an event&apos;s day are pre-event (claims come from them); on or after it, post-event (evidence).</p>
      <EventTable events={(await desk.events()).items} />
      <EventForm />
    </div>
  );
}
