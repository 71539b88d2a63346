import { formatDay } from "@/lib/dates";
import type { DeskClaim } from "@/server/desk";
import { VerdictBadge } from "@/components/ui/verdict-badge";

export type VerdictHistoryProps = { verdicts: DeskClaim["verdicts"]; currentId: string | undefined };

export function VerdictHistory({ verdicts, currentId }: VerdictHistoryProps) {
  return (
    <section aria-labelledby="history-heading">
      <h2 id="history-heading">Verdict history</h2>
      {verdicts.length === 0 ? (
        <p className="muted">No verdict yet: the claim shows as pending.</p>
      ) : (
        <ol className="stack" data-testid="verdict-history">
          {verdicts.map((v) => (
            <li key={v.id}>
              <VerdictBadge rating={v.rating} /> {v.id === currentId && <strong className="small">current</strong>}{" "}
              <span className="small muted">
                {formatDay(v.decidedAt)}
                {v.decidedBy && <> by {v.decidedBy.name}</>}
              </span>
              <p>{v.rationale}</p>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
