import { VerdictBadge } from "@/components/ui/verdict-badge";
import type { ClaimAsOf } from "@/lib/contracts/reader";
import { formatDay } from "@/lib/dates";
import { CriteriaChanges } from "./resolution-box";
import styles from "./reader.module.css";
import { VoidBadge } from "./void-badge";

/**
 * A claim as its page stood at the end of a past day (UTC): not yet
 * published, void (with the reason then), or its rating then; the rumor's
 * criteria as they read then, and the changes made to them by then.
 */
export function ClaimAsOfSection({ asOf }: { asOf: ClaimAsOf }) {
  const { state } = asOf;
  return (
    <section aria-labelledby="as-of-heading" data-testid="as-of" className="card">
      <h2 id="as-of-heading">As it stood on {formatDay(asOf.day)}</h2>
      {state === null ? (
        <p data-testid="as-of-state">Not published yet: readers could not see this claim at the end of that day (UTC).</p>
      ) : state === "void" ? (
        <p className={styles.voided} data-testid="as-of-state">
          <VoidBadge reason={asOf.void?.reason ?? ""} />{" "}
          {asOf.void ? (
            <>
              Void since {formatDay(asOf.void.at)}: {asOf.void.reason}
            </>
          ) : null}{" "}
          — counted in no figure then.
        </p>
      ) : (
        <p data-testid="as-of-state">
          Its verdict then: <VerdictBadge rating={state} describe={false} /> (rated by the verdicts published by the end of that day, UTC).
        </p>
      )}
      {asOf.confirmedIf || asOf.refutedIf ? (
        <dl className={`${styles.facts} small`} data-testid="as-of-criteria">
          {asOf.confirmedIf ? (
            <div>
              <dt>Confirmed if (then)</dt>
              <dd>{asOf.confirmedIf}</dd>
            </div>
          ) : null}
          {asOf.refutedIf ? (
            <div>
              <dt>Refuted if (then)</dt>
              <dd>{asOf.refutedIf}</dd>
            </div>
          ) : null}
        </dl>
      ) : (
        <p className="small muted">No resolution criteria had been written then.</p>
      )}
      {asOf.changes.length ? <CriteriaChanges changes={asOf.changes} /> : null}
      <p className="small muted">The rest of this page shows the claim as it stands today.</p>
    </section>
  );
}
