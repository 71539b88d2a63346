import Link from "next/link";
import { formatInZone } from "@/lib/dates";
import type { ArchivedCapture } from "@/lib/contracts/sources";

const OUTCOME: Record<string, string> = {
  version: "The article's text had changed since the previous capture: this is a new version.",
  same: "The article's text was unchanged since the previous capture.",
  gone: "The page was gone: the site answered that it no longer exists.",
  moved: "The page redirected to another address; that is not treated as an edit.",
  error: "The site answered with an error.",
  "no-text": "No article text could be read from this answer.",
};

/** `desk`: the article title links to its desk page. */
export type ArchivedCaptureViewProps = { capture: ArchivedCapture; desk: boolean };

/** A capture as Hindsight stored it: the fetch's facts and its extracted text, as inert text (never the site's HTML). */
export function ArchivedCaptureView({ capture, desk }: ArchivedCaptureViewProps) {
  return (
    <article>
      <h1>Archived capture</h1>
      <p>
        Captured on <time dateTime={capture.fetchedAt}>{formatInZone(new Date(capture.fetchedAt))}</time>
        {capture.article ? (
          <>
            {" "}
            — {desk ? <Link href={`/desk/articles/${capture.article.id}`}>{capture.article.title}</Link> : capture.article.title}, {capture.article.outlet}
          </>
        ) : null}
      </p>
      <dl className="small">
        <dt>Address asked for</dt>
        <dd>
          <code>{capture.url}</code>
        </dd>
        {capture.finalUrl !== capture.url ? (
          <>
            <dt>Redirected to</dt>
            <dd>
              <code>{capture.finalUrl}</code>
            </dd>
          </>
        ) : null}
        <dt>Answer</dt>
        <dd>
          HTTP {capture.status}
          {capture.contentType ? `, ${capture.contentType}` : ""}, {capture.size.toLocaleString("en-GB")} bytes
        </dd>
        <dt>SHA-256 of the bytes received</dt>
        <dd>
          <code>{capture.sha256}</code>
        </dd>
      </dl>
      {capture.outcome ? <p>{OUTCOME[capture.outcome]}</p> : null}
      <h2>{capture.version ? `Text as extracted (version ${capture.version})` : "Text as extracted"}</h2>
      {capture.text ? (
        <div className="archived-text" data-testid="archived-text">
          {capture.text}
        </div>
      ) : (
        <p className="muted">There is no article text in this capture.</p>
      )}
    </article>
  );
}
