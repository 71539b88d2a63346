import Link from "next/link";
import { VerdictBadge } from "@/components/ui/verdict-badge";
import { RATING_ORDER } from "@/lib/scoring";
import { RATING_INFO } from "@/lib/verdicts";
import styles from "./claim-row.module.css";
import { VoidBadge } from "./void-badge";

/** What the marks on claim rows mean: each verdict, and void (out of every figure). Closed by default, no JavaScript. */
export function ListLegend() {
  return (
    <details className={`small ${styles.legend}`} data-testid="list-legend">
      <summary>What the marks mean</summary>
      <dl>
        {RATING_ORDER.map((r) => (
          <div key={r}>
            <dt>
              <VerdictBadge rating={r} describe={false} />
            </dt>
            <dd>{RATING_INFO[r].description}</dd>
          </div>
        ))}
        <div>
          <dt>
            <VoidBadge reason="" />
          </dt>
          <dd>
            The event was cancelled or changed beyond recognition, so the rumor can come true no more: neither right nor wrong, it counts in no figure. The row
            gives the reason. <Link href="/methodology#void">More about void rumors</Link>
          </dd>
        </div>
      </dl>
    </details>
  );
}
