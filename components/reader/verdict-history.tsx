import { VerdictBadge } from "@/components/ui/verdict-badge";
import { formatDay } from "@/lib/dates";
import type { PublicClaimDetail } from "@/lib/contracts/reader";
import styles from "./reader.module.css";

export type VerdictHistoryProps = { history: PublicClaimDetail["history"] };

/** Every verdict ever recorded, newest first, so a changed mind stays visible. */
export function VerdictHistory({ history }: VerdictHistoryProps) {
  if (history.length === 0) return <p className="muted">No verdict has been recorded yet.</p>;
  return (
    <ol className={styles.history} reversed>
      {history.map((v, i) => (
        <li key={`${v.decidedAt}-${i}`}>
          <div className="row">
            <VerdictBadge rating={v.rating} />
            <time dateTime={v.decidedAt.slice(0, 10)} className="small muted">
              {formatDay(v.decidedAt)}
            </time>
            {i === 0 ? <span className="small muted">(current)</span> : null}
          </div>
          <p>{v.rationale}</p>
        </li>
      ))}
    </ol>
  );
}
