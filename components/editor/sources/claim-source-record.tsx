import Link from "next/link";
import { formatDay } from "@/lib/dates";
import type { DeskClaimSource } from "@/lib/contracts/sources";
import { CapturedOn } from "@/components/sources/captured-on";
import { RecaptureButton, ReviewEditButton } from "./source-actions";

export type ClaimSourceRecordProps = { source: DeskClaimSource };

/** The desk's view of the claim's source page: stealth edits of its quote (with the word diff), captures, re-check. */
export function ClaimSourceRecord({ source }: ClaimSourceRecordProps) {
  if (source.captures.length === 0) return null;
  return (
    <section aria-labelledby="source-record-heading">
      <h2 id="source-record-heading">Source page record</h2>
      {source.edits.map((e) => (
        <div key={e.id} className="alert alert-edited" role="note" aria-label="Stealth edit">
          <p>
            <strong>The outlet edited the quoted passage</strong> (version {e.version}, seen {formatDay(e.editedAt)}):{" "}
            {e.kind === "removed" ? "the passage was removed." : "the passage now reads differently."}
          </p>
          <p className="quote-diff" data-testid="quote-diff">
            {e.diff.map((part, i) =>
              part.op === "added" ? <ins key={i}>{part.text}</ins> : part.op === "removed" ? <del key={i}>{part.text}</del> : <span key={i}>{part.text}</span>,
            )}
          </p>
          {e.reviewedAt ? <p className="small muted">Reviewed {formatDay(e.reviewedAt)}.</p> : <ReviewEditButton editId={e.id} />}
        </div>
      ))}
      <p className="small">
        {source.byline ? <>By {source.byline} · </> : null}
        {source.versions} version{source.versions === 1 ? "" : "s"} of the text on record.{" "}
        <a href={`/api/v1/articles/${source.articleId}/warc`} download>
          Download the captures (WARC)
        </a>
        {" · "}
        <Link href={`/desk/articles/${source.articleId}`}>Article</Link>
      </p>
      <CapturedOn captures={source.captures} base="/desk/captures" />
      <RecaptureButton articleId={source.articleId} />
    </section>
  );
}
