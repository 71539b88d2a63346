import Link from "next/link";
import { formatDay } from "@/lib/dates";
import type { OverdueRumor } from "@/lib/contracts/desk";

export type OverdueRumorsProps = { rumors: OverdueRumor[] };

/** Rumors whose deadline has passed with no published verdict, most overdue first: a resolution is owed (issue 17). */
export function OverdueRumors({ rumors }: OverdueRumorsProps) {
  return (
    <section aria-labelledby="overdue-rumors-heading">
      <h2 id="overdue-rumors-heading">Overdue rumors</h2>
      {rumors.length === 0 ? (
        <p className="muted">No rumor is past its deadline without a verdict.</p>
      ) : (
        <ul className="stack" data-testid="overdue-rumors">
          {rumors.map((r) => (
            <li key={r.id}>
              <Link href={`/desk/claims/${r.firstClaimId}`}>{r.statement}</Link>{" "}
              <span className="small">
                <strong>{r.daysOverdue === 0 ? "due today" : `${r.daysOverdue} day${r.daysOverdue === 1 ? "" : "s"} overdue`}</strong> (due{" "}
                <time dateTime={r.due}>{formatDay(r.due)}</time>
                {r.event ? `, ${r.event.name}` : ""})
              </span>
              <div className="small muted">
                {r.claimCount} claim{r.claimCount === 1 ? "" : "s"} ({r.publicClaims} published) · {r.evidenceCount} evidence
              </div>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
