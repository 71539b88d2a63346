import type { PublicClaim } from "@/lib/contracts/reader";
import { DateAxis, type AxisPoint } from "./date-axis";

export type ClaimTimelineProps = { claim: Pick<PublicClaim, "sourceArticle" | "event" | "evidence"> };

/** The claim's article, its event, and each evidence article, in date order. */
export function ClaimTimeline({ claim }: ClaimTimelineProps) {
  const a = claim.sourceArticle;
  const points: AxisPoint[] = [{ date: a.publishedAt, kind: "before", label: a.title, detail: `${a.outlet}, the claim` }];
  if (claim.event) points.push({ date: claim.event.date, kind: "event", label: claim.event.name, href: `/events/${claim.event.slug}` });
  const seen = new Set<string>();
  for (const e of claim.evidence) {
    if (seen.has(e.article.id)) continue;
    seen.add(e.article.id);
    points.push({ date: e.article.publishedAt, kind: "after", label: e.article.title, detail: `${e.article.outlet}, evidence` });
  }
  return <DateAxis points={points} title="Timeline of the claim" />;
}
