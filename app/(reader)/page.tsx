import { EventGroup } from "@/components/reader/event-group";
import { groupByEvent } from "@/components/reader/group-by-event";
import { ReaderIntro } from "@/components/reader/reader-intro";
import { VerdictSummary } from "@/components/reader/verdict-summary";
import { listPublicClaims } from "@/server/public-claims";

// Verdicts change whenever an editor records one; until on-demand
// revalidation lands, render on every request.
export const dynamic = "force-dynamic";

export default async function VerdictsPage() {
  const claims = await listPublicClaims();
  return (
    <>
      <ReaderIntro />
      <VerdictSummary claims={claims} />
      {claims.length === 0 ? (
        <p className="muted">No claims have been recorded yet. Check back after the next event.</p>
      ) : (
        groupByEvent(claims).map((group) => <EventGroup key={group.event?.id ?? "none"} group={group} />)
      )}
    </>
  );
}
