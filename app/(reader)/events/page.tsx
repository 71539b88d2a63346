import type { Metadata } from "next";
import { VerdictChart } from "@/components/reader/verdict-chart";
import { readerStats } from "@/server/stats";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Events" };

export default async function EventsPage() {
  const stats = await readerStats();
  return (
    <>
      <h1>Events</h1>
      <p>Each event with the claims made before it, by verdict. Open an event for its date axis and claims.</p>
      <VerdictChart events={stats.events} />
    </>
  );
}
