import Link from "next/link";
import { formatDay } from "@/lib/dates";

export type StealthEditListProps = {
  edits: { id: string; kind: "changed" | "removed"; quoteText: string; replacement: string | null; editedAt: string; claimId: string; articleTitle: string }[];
};

/** An outlet's stealth edits of tracked quotes: each passage it changed or removed after Hindsight recorded it. */
export function StealthEditList({ edits }: StealthEditListProps) {
  return (
    <section aria-labelledby="stealth-edits-heading">
      <h2 id="stealth-edits-heading">Stealth edits of tracked quotes</h2>
      {edits.length === 0 ? (
        <p className="muted">None recorded: no quoted passage was changed or removed after Hindsight captured it.</p>
      ) : (
        <ul>
          {edits.map((e) => (
            <li key={e.id}>
              <time dateTime={e.editedAt}>{formatDay(e.editedAt)}</time>, “{e.articleTitle}”: “{e.quoteText}”{" "}
              {e.kind === "removed" ? "was removed" : <>was changed to “{e.replacement}”</>} — <Link href={`/claims/${e.claimId}`}>the claim</Link>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
