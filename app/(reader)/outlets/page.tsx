import type { Metadata } from "next";
import { BrierLine, CalibrationChart } from "@/components/reader/calibration-chart";
import { Leaderboard } from "@/components/reader/leaderboard";
import { LeadTimeLine } from "@/components/reader/outlet-record";
import { outletStandings } from "@/server/reader/stats";
import { leadTimeOf, overallCalibration } from "@/server/reader/track-records";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Outlets’ track records" };

export default async function OutletsPage() {
  const [outlets, calibration, leadTime] = await Promise.all([outletStandings(), overallCalibration(), leadTimeOf(null)]);
  return (
    <>
      <h1>Outlets’ track records</h1>
      <p>How often each outlet’s pre-event claims turned out right, once the event had happened.</p>
      <Leaderboard outlets={outlets} />
      <section aria-labelledby="press-heading">
        <h2 id="press-heading">The whole press, by how sure its sources were</h2>
        <CalibrationChart
          id="press-calibration"
          calibration={calibration}
          claimsQuery={{}}
          caption="Every outlet’s published claims by certainty tier (void rumors left out)."
        />
        <BrierLine calibration={calibration} claimsQuery={{}} />
        <LeadTimeLine leadTime={leadTime} claimsQuery={{}} />
      </section>
    </>
  );
}
