import "server-only";
import type { ClaimFilterInput } from "@/lib/schemas/claim-filter";
import { db } from "@/server/platform/db";
import { countReaderClaims, findReaderClaimLines, latestVerdictClaims } from "./claims";
import { cachedRead } from "@/server/cache/reader-cache";
import { outletRanking } from "./outlet-standing";
import { eventTallies, readerRumorCount, totalsOf } from "./stats";

// What one render costs is mostly the size of its HTML (and of the React
// payload inlined beside it), so the dashboard shows a bounded slice of
// each list and links to the full one (docs/performance.md).
/** Claims per page of the dashboard's list. */
const DASHBOARD_PAGE_SIZE = 25;
/** Events in the dashboard's chart (the newest; /events pages through all). */
const CHART_EVENTS = 10;
/** Outlets in the dashboard's leaderboard (the best ranked; /outlets has all). */
const LEADERBOARD_ROWS = 10;
/** Events offered in the filter's select (the newest with claims, and the chosen one). */
const FILTER_EVENTS = 60;

async function filterEvents(selected: string | undefined) {
  const events = await db.event.findMany({
    where: { tallies: { some: { count: { gt: 0 } } } },
    orderBy: [{ date: "desc" }, { name: "asc" }, { id: "asc" }],
    take: FILTER_EVENTS,
    select: { slug: true, name: true },
  });
  if (selected && !events.some((e) => e.slug === selected)) {
    const chosen = await db.event.findUnique({ where: { slug: selected }, select: { slug: true, name: true } });
    if (chosen) events.unshift(chosen);
  }
  return events;
}

/**
 * Everything the dashboard shows, in a fixed number of queries whatever the
 * number of claims: headline figures (rumors and claims counted apart) and
 * the leaderboard from the tallies,
 * the newest events' verdict counts, the latest verdicts, and one page of
 * the filtered view (an unusable cursor shows its first page) with, when
 * filtered, how many claims it holds.
 */
export async function getDashboard(filter: ClaimFilterInput, cursor?: string) {
  const page = (c?: string) => findReaderClaimLines(filter, { limit: DASHBOARD_PAGE_SIZE, cursor: c });
  const filtered = Object.values(filter).some(Boolean);
  // The headline totals are summed from the ranking: one read of the tallies, not two.
  const [rumors, outlets, chart, events, latest, view, count] = await Promise.all([
    readerRumorCount(),
    outletRanking(),
    eventTallies({ limit: CHART_EVENTS }),
    cachedRead(`filter-events:${filter.event ?? ""}`, () => filterEvents(filter.event)),
    latestVerdictClaims(5),
    page(cursor).catch(() => page()),
    // A filtered view of one outlet or event says how many claims it holds (a figure's link lands on one).
    filtered ? countReaderClaims(filter) : null,
  ]);
  return { totals: totalsOf(outlets), rumors, outlets, leaders: outlets.slice(0, LEADERBOARD_ROWS), chart, events, latest, view, count };
}
