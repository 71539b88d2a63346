import Link from "next/link";
import type { DeskClaimRow } from "@/lib/contracts/desk";
import { VerdictBadge } from "@/components/ui/verdict-badge";

export function ClaimTable({ claims }: { claims: DeskClaimRow[] }) {
  if (claims.length === 0) return <p className="muted">No claims yet. Open a pre-event article and select a passage to create one.</p>;
  return (
    <table>
      <thead>
        <tr>
          <th scope="col">Claim</th>
          <th scope="col">Event</th>
          <th scope="col">Source</th>
          <th scope="col">Evidence</th>
          <th scope="col">Verdict</th>
          <th scope="col">Assigned to</th>
        </tr>
      </thead>
      <tbody>
        {claims.map((c) => (
          <tr key={c.id}>
            <td>
              <Link href={`/desk/claims/${c.id}`}>{c.statement}</Link>
              <div className="small muted">Attributed to {c.attributedTo}</div>
            </td>
            <td className="small">{c.event?.name ?? "—"}</td>
            <td className="small">{c.article.outlet.name}</td>
            <td className="small">{c.evidence.length}</td>
            <td>
              <VerdictBadge rating={c.currentVerdict?.rating} />
            </td>
            <td className="small">{c.assignee?.name ?? <span className="muted">Nobody</span>}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
