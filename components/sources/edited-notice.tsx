import { formatDay } from "@/lib/dates";
import type { PublicQuoteEdit } from "@/lib/contracts/sources";

export type EditedNoticeProps = { edits: PublicQuoteEdit[] };

/** The public "edited" notice: the outlet changed or removed the quoted passage after Hindsight recorded it. */
export function EditedNotice({ edits }: EditedNoticeProps) {
  if (edits.length === 0) return null;
  return (
    <aside className="alert alert-edited" aria-label="The source article was edited">
      {edits.map((e, i) => (
        <p key={i}>
          The article was edited on <time dateTime={e.editedAt}>{formatDay(e.editedAt)}</time>;{" "}
          {e.kind === "removed" ? (
            <>the quoted passage was removed.</>
          ) : (
            <>
              the quoted passage was changed to “<span data-testid="edited-to">{e.replacement}</span>”.
            </>
          )}{" "}
          <span className="small muted">The quote below is what the article said when Hindsight recorded it; the captures are listed under “Source”.</span>
        </p>
      ))}
    </aside>
  );
}
