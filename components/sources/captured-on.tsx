import Link from "next/link";
import { formatInZone } from "@/lib/dates";
import type { CaptureRef } from "@/lib/contracts/sources";

const NOTE: Record<string, string> = {
  version: "new text",
  gone: "page gone",
  moved: "moved elsewhere",
  error: "error",
  "no-text": "no article text",
};

export type CapturedOnProps = { captures: CaptureRef[]; base: "/desk/captures" | "/archive" };

/** "Captured on DATE" links to the archived text of each fetch of the source page (desk and reader pages). */
export function CapturedOn({ captures, base }: CapturedOnProps) {
  if (captures.length === 0) return null;
  return (
    <ul className="small captured-on" aria-label="Archived captures of the source">
      {captures.map((c) => (
        <li key={c.id}>
          <Link href={`${base}/${c.id}`}>
            Captured on <time dateTime={c.fetchedAt}>{formatInZone(new Date(c.fetchedAt))}</time>
          </Link>{" "}
          <span className="muted">
            ({c.status}
            {c.outcome && NOTE[c.outcome] ? `, ${NOTE[c.outcome]}` : ""}
            {c.version ? `, version ${c.version}` : ""})
          </span>
        </li>
      ))}
    </ul>
  );
}
