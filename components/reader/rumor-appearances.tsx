import Link from "next/link";
import { VerdictBadge } from "@/components/ui/verdict-badge";
import { formatDay } from "@/lib/dates";
import type { PublicAppearance } from "@/lib/contracts/reader";
import { ClaimStanceLabel } from "./claim-stance-label";
import { QuoteBlock } from "./quote-block";
import styles from "./rumor.module.css";
import { VoidBadge } from "./void-badge";

export type RumorAppearancesProps = {
  appearances: PublicAppearance[];
  untilLabel: string;
  /** The rumor is void: each appearance shows the void mark instead of "pending". */
  voided?: { reason: string } | null;
};

function leadText(days: number, untilLabel: string) {
  if (days === 0) return `on the day of the ${untilLabel}`;
  const n = Math.abs(days);
  return `${n} day${n === 1 ? "" : "s"} ${days > 0 ? "before" : "after"} the ${untilLabel}`;
}

function voice(a: PublicAppearance) {
  if (a.own) return "its own reporting";
  if (a.relayedFrom) return <>relayed from {a.relayedFrom.name}</>;
  return <>relayed, attributed to {a.attributedTo}</>;
}

/** Every published appearance on one timeline, first printed first: outlet, date, stance, voice, the exact quote. */
export function RumorAppearances({ appearances, untilLabel, voided = null }: RumorAppearancesProps) {
  return (
    <ol className={styles.timeline}>
      {appearances.map((a) => (
        <li key={a.claimId} data-origin={a.origin || undefined} data-testid="appearance">
          <p className={styles.meta}>
            <time dateTime={a.article.publishedAt} className={styles.when}>
              {formatDay(a.article.publishedAt)}
            </time>
            {a.leadDays !== null ? <span className="small muted">{leadText(a.leadDays, untilLabel)}</span> : null}
            <Link href={`/outlets/${a.article.outletSlug}`}>{a.article.outlet}</Link> <ClaimStanceLabel stance={a.stance} />
            {a.origin ? <strong className={styles.first}>First to print it</strong> : null}
          </p>
          <QuoteBlock kind="rumor" article={a.article} credit={<>{voice(a)}</>}>
            {a.quote.text}
          </QuoteBlock>
          <p className="small row">
            <span>
              This outlet: {voided ? <VoidBadge reason={voided.reason} /> : <VerdictBadge rating={a.rating} describe={false} />}
              {a.overridden ? <span className="muted"> (judged on its own wording)</span> : null}
            </span>
            <Link href={`/claims/${a.claimId}`}>The claim in its article →</Link>
          </p>
        </li>
      ))}
    </ol>
  );
}
