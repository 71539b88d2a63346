import Link from "next/link";
import { VerdictBadge } from "@/components/ui/verdict-badge";
import { formatDay } from "@/lib/dates";
import type { ClaimLine } from "@/lib/contracts/reader";
import styles from "./dashboard.module.css";

export type LatestVerdictsProps = { claims: ClaimLine[] };

export function LatestVerdicts({ claims }: LatestVerdictsProps) {
  if (claims.length === 0) return <p className="muted small">No verdicts yet.</p>;
  return (
    <ul className={styles.latest}>
      {claims.map((c) => (
        <li key={c.id}>
          <Link href={`/claims/${c.id}`}>{c.statement}</Link>
          <p className="small muted">
            <VerdictBadge rating={c.rating} /> {c.ratedAt ? <time dateTime={c.ratedAt}>{formatDay(c.ratedAt)}</time> : null} · {c.outlet}
          </p>
        </li>
      ))}
    </ul>
  );
}
