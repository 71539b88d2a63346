import type { PublicClaim } from "@/lib/contracts/reader";
import { QuoteBlock } from "./quote-block";
import { StanceLabel } from "./stance-label";
import styles from "./reader.module.css";

export type EvidenceListProps = { evidence: PublicClaim["evidence"] };

export function EvidenceList({ evidence }: EvidenceListProps) {
  if (evidence.length === 0) return <p className="muted small">No post-event reporting has been attached yet.</p>;
  return (
    <ul className={styles.list}>
      {evidence.map((e) => (
        <li key={e.id}>
          <QuoteBlock kind="outcome" article={e.article} label={<StanceLabel stance={e.stance} />}>
            {e.quote.text}
          </QuoteBlock>
          {e.note ? <p className={`${styles.note} small muted`}>Editor’s note: {e.note}</p> : null}
        </li>
      ))}
    </ul>
  );
}
