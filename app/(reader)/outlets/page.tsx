import type { Metadata } from "next";
import { Leaderboard } from "@/components/reader/leaderboard";
import { outletStandings } from "@/server/reader/stats";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Outlets’ track records" };

export default async function OutletsPage() {
  const outlets = await outletStandings();
  return (
    <>
      <h1>Outlets’ track records</h1>
      <p>How often each outlet’s pre-event claims turned out right, once the event had happened.</p>
      <Leaderboard outlets={outlets} />
    </>
  );
}
