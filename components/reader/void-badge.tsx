import styles from "./claim-row.module.css";

export type VoidBadgeProps = { reason: string };

/**
 * A void rumor's mark where a verdict badge would be: void is a state, not a
 * verdict (ADR 0032), so it reads differently (dashed, no colour of the scale).
 * The reason is its title; lists also print it on a line of their own.
 */
export function VoidBadge({ reason }: VoidBadgeProps) {
  return (
    <span className={`badge ${styles.void}`} data-rating="void" title={reason ? `Void: ${reason}` : "Void"}>
      <span aria-hidden="true">∅</span>
      Void
    </span>
  );
}
