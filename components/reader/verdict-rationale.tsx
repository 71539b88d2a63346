import { formatDay } from "@/lib/dates";
import type { PublicClaim } from "@/lib/contracts/reader";
import styles from "./reader.module.css";

export type VerdictRationaleProps = {
  claim: Pick<PublicClaim, "verdict" | "deadline">;
  /** Rule it off from the quotes above, as inside a claim card. */
  separated?: boolean;
};

/** Why the claim got its current verdict, or when one is due. */
export function VerdictRationale({ claim, separated = true }: VerdictRationaleProps) {
  const { verdict, deadline } = claim;
  const className = separated ? `${styles.rationale} ${styles.separated}` : styles.rationale;
  if (!verdict) {
    return (
      <div className={className}>
        <p className="muted small">
          No verdict yet.
          {deadline ? (
            <>
              {" "}
              Deadline: <time dateTime={deadline}>{formatDay(deadline)}</time>.
            </>
          ) : null}
        </p>
      </div>
    );
  }
  return (
    <div className={className}>
      <p>
        <strong>Why: </strong>
        {verdict.rationale}
      </p>
      <p className="muted small">
        Decided <time dateTime={verdict.decidedAt.slice(0, 10)}>{formatDay(verdict.decidedAt)}</time>
      </p>
    </div>
  );
}
