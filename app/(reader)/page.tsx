import { EventGroup } from "@/components/reader/event-group";
import { groupByEvent } from "@/components/reader/group-by-event";
import { FilterForm } from "@/components/reader/filter-form";
import { HeadlineFigures } from "@/components/reader/headline-figures";
import { LatestVerdicts } from "@/components/reader/latest-verdicts";
import { ListLegend } from "@/components/reader/list-legend";
import { Leaderboard } from "@/components/reader/leaderboard";
import { ReaderIntro } from "@/components/reader/reader-intro";
import { ResultsHeading } from "@/components/reader/results-heading";
import { VerdictChart } from "@/components/reader/verdict-chart";
import styles from "@/components/reader/dashboard.module.css";
import { ClaimFilterSchema, filterParams, filterQuery, PageSchema, type ClaimFilterInput } from "@/lib/schemas/claim-filter";
import { getDashboard } from "@/server/reader/dashboard";

// Rendered per request (the CSP nonce needs it); the data underneath is
// cached and dropped on every change (server/cache/reader-cache.ts).
export const dynamic = "force-dynamic";

type DashboardProps = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function Dashboard({ searchParams }: DashboardProps) {
  const raw = filterParams(await searchParams);
  const parsed = ClaimFilterSchema.safeParse(raw);
  const filter: ClaimFilterInput = parsed.success ? parsed.data : {};
  const filtered = Object.values(filter).some(Boolean);
  const cursor = PageSchema.safeParse(raw).data?.cursor;
  // A fixed number of queries at any size; one page of the list (server/reader/dashboard.ts).
  const { totals, rumors, outlets, leaders, chart, events, latest, view, count } = await getDashboard(filter, cursor);
  return (
    <>
      <ReaderIntro />
      <HeadlineFigures rumors={rumors} claims={totals.total} counts={totals.counts} links={{ rumors: {}, claims: {} }} />
      <div className={styles.columns}>
        <section aria-labelledby="chart-heading">
          <h2 id="chart-heading">Verdicts by event</h2>
          <VerdictChart events={chart.items} />
          {chart.nextCursor ? (
            <p className="small no-print">
              <a href="/events">All events →</a>
            </p>
          ) : null}
        </section>
        <section aria-labelledby="latest-heading">
          <h2 id="latest-heading">Latest verdicts</h2>
          <LatestVerdicts claims={latest} />
        </section>
      </div>
      <section aria-labelledby="leaderboard-heading">
        <h2 id="leaderboard-heading">Outlets’ track records</h2>
        <Leaderboard outlets={leaders} />
        {outlets.length > leaders.length ? (
          <p className="small no-print">
            <a href="/outlets">All {outlets.length} outlets →</a>
          </p>
        ) : null}
      </section>
      <section aria-labelledby="claims-heading">
        <h2 id="claims-heading">{filtered ? "Claims in this view" : "All claims"}</h2>
        <FilterForm filter={filter} events={events} outlets={outlets} />
        {parsed.success ? null : (
          <p className="alert alert-error" role="alert">
            Some filters were not understood and were ignored: {parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ")}
          </p>
        )}
        <ResultsHeading
          count={view.items.length}
          more={view.nextCursor !== null}
          total={count}
          filter={filter}
          capped={view.searchCapped}
          rumor={view.items[0]?.rumor}
        />
        <ListLegend />
        {view.items.length === 0 ? (
          <p className="muted">{filtered ? "No claims match these filters." : "No claims have been recorded yet. Check back after the next event."}</p>
        ) : (
          groupByEvent(view.items).map((group) => <EventGroup key={group.event?.id ?? "none"} group={group} />)
        )}
        {view.nextCursor ? (
          <p className="no-print">
            <a href={`/${filterQuery(filter, { cursor: view.nextCursor })}`}>More claims in this view →</a>
          </p>
        ) : null}
      </section>
    </>
  );
}
