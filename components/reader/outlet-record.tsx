import Link from "next/link";
import { formatPercent, RATING_ORDER, type Accuracy, type RatingCounts } from "@/lib/scoring";
import { RATING_INFO } from "@/lib/verdicts";
import type { OutletRecord } from "@/lib/contracts/reader";
import { ClaimList } from "./claim-list";
import styles from "./dashboard.module.css";

export type OutletRecordViewProps = { data: OutletRecord };

function AccuracyLine({ accuracy }: { accuracy: Accuracy }) {
  if (accuracy.n === 0) return <p className="muted small">No resolved claims yet, so no accuracy score.</p>;
  return (
    <p data-testid="accuracy">
      Accuracy <strong className={styles.num}>{formatPercent(accuracy.score)}</strong>{" "}
      <span className="small muted">
        (95% interval {formatPercent(accuracy.low)}–{formatPercent(accuracy.high)}, n = {accuracy.n} resolved claim
        {accuracy.n === 1 ? "" : "s"})
      </span>
    </p>
  );
}

function CountsTable({ counts, caption }: { counts: RatingCounts; caption: string }) {
  return (
    <table className={`small ${styles.counts}`}>
      <caption className="visually-hidden">{caption}</caption>
      <tbody>
        {RATING_ORDER.map((r) => (
          <tr key={r}>
            <th scope="row">
              <span className={`badge badge-${r}`}>
                <span aria-hidden="true">{RATING_INFO[r].icon}</span>
                {RATING_INFO[r].label}
              </span>
            </th>
            <td className={styles.num}>{counts[r]}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function OutletRecordView({ data }: OutletRecordViewProps) {
  const { outlet, record, ranked, claims, nextCursor } = data;
  return (
    <article>
      <p className="small no-print">
        <Link href="/outlets">← All outlets</Link>
      </p>
      <h1>{outlet.name}</h1>
      <p className="muted">
        {outlet.domain ? <>{outlet.domain} · </> : null}
        {record.total} claim{record.total === 1 ? "" : "s"} tracked
        {record.rank ? (
          <>
            {" "}
            · ranked {record.rank} of {ranked} by the lower bound of the interval
          </>
        ) : null}
      </p>
      <section aria-labelledby="record-heading">
        <h2 id="record-heading">Track record</h2>
        <AccuracyLine accuracy={record.accuracy} />
        <CountsTable counts={record.counts} caption="Claims per verdict" />
        <p className="small muted">Confirmed counts 1, partly confirmed ½, refuted 0; pending and unverifiable claims are not scored.</p>
      </section>
      <section aria-labelledby="split-heading">
        <h2 id="split-heading">Its own claims and relayed claims</h2>
        <div className={styles.split}>
          {(
            [
              ["own", "Claims it made itself", record.own],
              ["relayed", "Claims it relayed from others", record.relayed],
            ] as const
          ).map(([key, title, part]) => (
            <div key={key} className="card" data-testid={`split-${key}`}>
              <h3>{title}</h3>
              <p className="small">
                {part.total} claim{part.total === 1 ? "" : "s"}
              </p>
              <AccuracyLine accuracy={part.accuracy} />
              <CountsTable counts={part.counts} caption={title} />
            </div>
          ))}
        </div>
        <p className="small muted">
          “Made itself” means the claim is attributed to the outlet itself (possibly implied); anything attributed to someone else (officials, other media,
          sources) counts as relayed.
        </p>
      </section>
      <section aria-labelledby="claims-heading">
        <h2 id="claims-heading">Its claims</h2>
        <ClaimList
          claims={claims}
          empty="No claims from this outlet yet."
          more={nextCursor ? { href: `/outlets/${outlet.slug}?cursor=${encodeURIComponent(nextCursor)}`, label: "More claims from this outlet →" } : null}
        />
      </section>
    </article>
  );
}
