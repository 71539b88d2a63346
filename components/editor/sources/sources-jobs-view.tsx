import Link from "next/link";
import { formatInZone } from "@/lib/dates";
import type { SourceFeed, TrackedArticle } from "@/lib/contracts/sources";

const when = (iso: string | null) => (iso ? formatInZone(new Date(iso)) : "—");

export type SourcesJobsViewProps = { feeds: SourceFeed[]; tracked: TrackedArticle[] };

/** The background work on sources: each feed's polls and each tracked article's re-checks, with the last error. */
export function SourcesJobsView({ feeds, tracked }: SourcesJobsViewProps) {
  return (
    <div>
      <h1>Sources</h1>
      <p className="muted">
        What the background worker fetches: outlet feeds (into the inbox) and the pages of articles saved from a URL (re-checked for edits).
      </p>
      <section aria-labelledby="feeds-heading">
        <h2 id="feeds-heading">Feeds</h2>
        {feeds.length === 0 ? (
          <p className="muted">
            No feed is followed yet. <Link href="/desk/inbox">Follow one from the inbox.</Link>
          </p>
        ) : (
          <div className="table-scroll">
            <table>
              <thead>
                <tr>
                  <th scope="col">Feed</th>
                  <th scope="col">Last poll</th>
                  <th scope="col">Next poll</th>
                  <th scope="col">Result</th>
                  <th scope="col">In the inbox</th>
                </tr>
              </thead>
              <tbody>
                {feeds.map((f) => (
                  <tr key={f.id}>
                    <td>
                      {f.outlet}
                      <div className="small muted">{f.title ?? f.url}</div>
                    </td>
                    <td className="small">{when(f.lastPolledAt)}</td>
                    <td className="small">{when(f.nextPollAt)}</td>
                    <td className="small">{f.lastError ? <span className="field-error">{f.lastError}</span> : (f.lastStatus ?? "not polled yet")}</td>
                    <td className="small">{f.waiting}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
      <section aria-labelledby="tracked-heading">
        <h2 id="tracked-heading">Tracked articles</h2>
        {tracked.length === 0 ? (
          <p className="muted">No article was saved from a URL yet.</p>
        ) : (
          <div className="table-scroll">
            <table>
              <thead>
                <tr>
                  <th scope="col">Article</th>
                  <th scope="col">Last fetch</th>
                  <th scope="col">Next fetch</th>
                  <th scope="col">Captures · versions · edits</th>
                  <th scope="col">Last error</th>
                </tr>
              </thead>
              <tbody>
                {tracked.map((a) => (
                  <tr key={a.id}>
                    <td>
                      <Link href={`/desk/articles/${a.id}`}>{a.title}</Link>
                      <div className="small muted">{a.outlet}</div>
                    </td>
                    <td className="small">
                      {when(a.lastFetchedAt)} ({a.lastStatus}
                      {a.lastOutcome ? `, ${a.lastOutcome}` : ""})
                    </td>
                    <td className="small">{a.nextFetchAt ? when(a.nextFetchAt) : "schedule done"}</td>
                    <td className="small">
                      {a.captures} · {a.versions} · {a.edits}
                    </td>
                    <td className="small">{a.lastError ? <span className="field-error">{a.lastError}</span> : "—"}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </div>
  );
}
