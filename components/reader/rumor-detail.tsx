import Link from "next/link";
import { VerdictBadge } from "@/components/ui/verdict-badge";
import type { CriteriaChange, PublicRumorDetail } from "@/lib/contracts/reader";
import { formatDay } from "@/lib/dates";
import { spreadSeries } from "@/lib/spread";
import { EvidenceList } from "./evidence-list";
import { ResolutionBox } from "./resolution-box";
import { RumorAppearances } from "./rumor-appearances";
import { RumorWho } from "./rumor-who";
import { SpreadChart } from "./spread-chart";
import { VerdictHistory } from "./verdict-history";
import { VerdictRationale } from "./verdict-rationale";
import styles from "./reader.module.css";
import { FollowLink } from "./follow-link";
import { ClaimsLink } from "./claims-link";

export type RumorDetailProps = {
  rumor: PublicRumorDetail;
  permalink: string;
  /** Changes of its criteria after evidence was attached (the audit log), oldest first. */
  criteriaChanges?: CriteriaChange[];
};

/** A rumor page: the statement, its verdict and why, the evidence, and how it spread across outlets. */
export function RumorDetail({ rumor, permalink, criteriaChanges = [] }: RumorDetailProps) {
  const until = rumor.resolution.outcomeAt ?? rumor.event?.date ?? rumor.deadline;
  const n = rumor.appearances.length;
  return (
    <article>
      <header className={styles.detailHead}>
        <p className="small no-print">
          <Link href="/">← All verdicts</Link>
        </p>
        <p className="small muted">
          Rumor · <ClaimsLink query={{ rumor: rumor.id }}>{n}</ClaimsLink> appearance{n === 1 ? "" : "s"}
        </p>
        <VerdictBadge rating={rumor.rating} />
        <h1>{rumor.statement}</h1>
        <FollowLink href={`/rumors/${rumor.id}/feed.xml`} what="this rumor's verdicts" />
        <dl className={`${styles.facts} small`}>
          <div>
            <dt>Event</dt>
            <dd>
              {rumor.event ? (
                <>
                  <Link href={`/events/${rumor.event.slug}`}>{rumor.event.name}</Link>, <time dateTime={rumor.event.date}>{formatDay(rumor.event.date)}</time>
                  {rumor.event.place ? `, ${rumor.event.place}` : null}
                </>
              ) : (
                "not tied to an event"
              )}
            </dd>
          </div>
          <div>
            <dt>First printed</dt>
            <dd>
              {rumor.firstAppearance ? (
                <>
                  <Link href={`/outlets/${rumor.firstAppearance.outletSlug}`}>{rumor.firstAppearance.outlet}</Link>,{" "}
                  <time dateTime={rumor.firstAppearance.publishedAt}>{formatDay(rumor.firstAppearance.publishedAt)}</time>
                </>
              ) : (
                "unknown"
              )}
            </dd>
          </div>
          <div>
            <dt>Deadline</dt>
            <dd>{rumor.deadline ? <time dateTime={rumor.deadline}>{formatDay(rumor.deadline)}</time> : "none set"}</dd>
          </div>
        </dl>
      </header>
      <section aria-labelledby="verdict-heading">
        <h2 id="verdict-heading">The verdict and why</h2>
        <VerdictBadge rating={rumor.rating} />
        <VerdictRationale claim={rumor} separated={false} />
        <ResolutionBox resolution={rumor.resolution} decidedAt={rumor.verdict?.decidedAt ?? null} changes={criteriaChanges} />
        <p className="small muted">
          Each outlet is judged through its stance: one that denied a refuted rumor was right. <Link href="/methodology#stance">How stance counts</Link>
        </p>
      </section>
      <section aria-labelledby="evidence-heading">
        <h2 id="evidence-heading">The evidence: what was reported after</h2>
        <EvidenceList evidence={rumor.evidence} />
      </section>
      <section aria-labelledby="spread-heading">
        <h2 id="spread-heading">How it spread</h2>
        <RumorWho appearances={rumor.appearances} />
        <SpreadChart id="spread-chart" series={spreadSeries(rumor.appearances, until)} />
        <h3>Every appearance{until ? `, up to the ${rumor.event ? "event" : "deadline"}` : ""}</h3>
        <RumorAppearances
          appearances={rumor.appearances}
          untilLabel={rumor.resolution.outcomeAt ? "outcome" : rumor.event ? "event" : "deadline"}
          voided={rumor.resolution.void}
        />
      </section>
      <section aria-labelledby="history-heading">
        <h2 id="history-heading">Verdict history</h2>
        <VerdictHistory history={rumor.history} />
      </section>
      <p className={`small ${styles.permalink}`}>
        Permanent link: <a href={permalink}>{permalink}</a>
      </p>
    </article>
  );
}
