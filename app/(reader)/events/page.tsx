import type { Metadata } from "next";
import { VerdictChart } from "@/components/reader/verdict-chart";
import { PageSchema } from "@/lib/schemas/claim-filter";
import { eventTallies } from "@/server/reader/stats";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Events" };

// Events per page (keyset pagination, newest first).
const PAGE_SIZE = 50;

type EventsPageProps = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function EventsPage({ searchParams }: EventsPageProps) {
  const raw = (await searchParams).cursor;
  const cursor = PageSchema.safeParse({ cursor: Array.isArray(raw) ? raw[0] : raw }).data?.cursor;
  const page = await eventTallies({ limit: PAGE_SIZE, cursor }).catch(() => eventTallies({ limit: PAGE_SIZE }));
  return (
    <>
      <h1>Events</h1>
      <p>Each event with its rumors by verdict; each figure links to those rumors’ first appearances. Open an event for its date axis and claims.</p>
      <VerdictChart events={page.items} />
      {page.nextCursor ? (
        <p className="no-print">
          <a href={`/events?cursor=${encodeURIComponent(page.nextCursor)}`}>Older events →</a>
        </p>
      ) : null}
    </>
  );
}
