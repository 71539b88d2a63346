import Link from "next/link";
import { VerdictBadge } from "@/components/ui/verdict-badge";
import { formatDay } from "@/lib/dates";
import type { PublicClaim } from "@/lib/contracts/reader";
import styles from "./dashboard.module.css";

export type LatestVerdictsProps = { claims: PublicClaim[] };

export function LatestVerdicts({ claims }: LatestVerdictsProps) {
  if (claims.length === 0) return <p className="muted small">No verdicts yet.</p>;
  return (
    <ul className={styles.latest}>
      {claims.map((c) => (
        <li key={c.id}>
          <Link href={`/claims/${c.id}`}>{c.statement}</Link>
          <p className="small muted">
            <VerdictBadge rating={c.rating} /> {c.verdict ? <time dateTime={c.verdict.decidedAt}>{formatDay(c.verdict.decidedAt)}</time> : null} ·{" "}
            {c.sourceArticle.outlet}
          </p>
        </li>
      ))}
    </ul>
  );
}
