import Link from "next/link";
import type { CriteriaChange, PublicResolution } from "@/lib/contracts/reader";
import { formatDay } from "@/lib/dates";
import styles from "./reader.module.css";

export type ResolutionBoxProps = {
  resolution: PublicResolution;
  decidedAt: string | null;
  /** Every change of the criteria made after evidence was attached (the audit log), oldest first. */
  changes?: CriteriaChange[];
};

const wording = (c: CriteriaChange["before"]) =>
  [c.confirmedIf ? `confirmed if “${c.confirmedIf}”` : null, c.refutedIf ? `refuted if “${c.refutedIf}”` : null].filter(Boolean).join("; ") || "no criteria";

/** One dated line per change of the criteria made after evidence came in, with what they said before. */
export function CriteriaChanges({ changes }: { changes: CriteriaChange[] }) {
  return (
    <ul className="small" data-testid="criteria-changes">
      {changes.map((c) => (
        <li key={c.at} data-testid="criteria-changed">
          Criteria changed on <time dateTime={c.at}>{formatDay(c.at)}</time>, after evidence had been attached. Before, they read: {wording(c.before)}.
        </li>
      ))}
    </ul>
  );
}

/**
 * How the rumor is resolved, shown next to its verdict: void (with the
 * reason), or the criteria written when it was made (marked when changed
 * after evidence came in: each change dated, with the wording before), and
 * when it happened beside when the desk decided.
 */
export function ResolutionBox({ resolution, decidedAt, changes = [] }: ResolutionBoxProps) {
  const { confirmedIf, refutedIf, criteriaChangedAt, outcomeAt } = resolution;
  return (
    <div data-testid="resolution">
      {resolution.void ? (
        <p className={styles.voided} data-testid="void">
          <strong>Void</strong> since <time dateTime={resolution.void.at}>{formatDay(resolution.void.at)}</time>: {resolution.void.reason}{" "}
          <span className="small muted">
            A void rumor is neither right nor wrong and counts in no score. <Link href="/methodology#void">Why</Link>
          </span>
        </p>
      ) : null}
      {confirmedIf || refutedIf ? (
        <dl className={`${styles.facts} small`}>
          {confirmedIf ? (
            <div>
              <dt>Confirmed if</dt>
              <dd>{confirmedIf}</dd>
            </div>
          ) : null}
          {refutedIf ? (
            <div>
              <dt>Refuted if</dt>
              <dd>{refutedIf}</dd>
            </div>
          ) : null}
        </dl>
      ) : null}
      {changes.length > 0 ? (
        <CriteriaChanges changes={changes} />
      ) : criteriaChangedAt ? (
        <p className="small" data-testid="criteria-changed">
          These criteria were changed on <time dateTime={criteriaChangedAt}>{formatDay(criteriaChangedAt)}</time>, after evidence had been attached.
        </p>
      ) : null}
      {outcomeAt || decidedAt ? (
        <p className="small muted">
          {outcomeAt ? (
            <>
              Happened (or shown not to) on <time dateTime={outcomeAt}>{formatDay(outcomeAt)}</time>
            </>
          ) : null}
          {outcomeAt && decidedAt ? "; " : null}
          {decidedAt ? (
            <>
              decided on <time dateTime={decidedAt}>{formatDay(decidedAt)}</time>
            </>
          ) : null}
          .
        </p>
      ) : null}
    </div>
  );
}
