// Every figure on the reader pages links to the claims it counts (issue 17):
// the dashboard's list filtered to exactly those claims. The figures and the
// filters split claims the same ways (lib/schemas/claim-filter.ts), so a
// figure's link is its scope (an outlet, an event, or none) plus what the
// figure counts. server/reader/figure-links.test.tsx follows every such link
// on the rendered pages and counts the list.
import type { FILTER_KEYS } from "./schemas/claim-filter";

export type ClaimsQuery = Partial<Record<(typeof FILTER_KEYS)[number], string>>;

/** Where a figure's link goes: the dashboard's claim list with `query` in the URL. */
export const claimsHref = (query: ClaimsQuery) => ({ pathname: "/", query, hash: "claims-heading" });

/** Claims counted by a total: every figure leaves void rumors out. */
export const counted = (scope: ClaimsQuery): ClaimsQuery => ({ ...scope, void: "no" });

/** Claims an accuracy score counts: confirmed, partly confirmed, refuted (never void). */
export const resolved = (scope: ClaimsQuery): ClaimsQuery => ({ ...scope, rating: "resolved" });

/** The same place as a plain path, for an SVG `<a>` (Next's Link renders HTML anchors only). */
export function claimsPath(query: ClaimsQuery): string {
  const params = new URLSearchParams(Object.entries(query).filter((e): e is [string, string] => Boolean(e[1])));
  const s = params.toString();
  return `/${s ? `?${s}` : ""}#claims-heading`;
}

/** Rumors counted by event: their first appearances (one claim each), `verdict` their own verdict (not read through a stance). */
export const eventRumors = (event: string, verdict?: string): ClaimsQuery =>
  verdict ? { event, rumorVerdict: verdict, origin: "first" } : { event, origin: "first", void: "no" };
