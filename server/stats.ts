import "server-only";
import { attributionKind } from "@/lib/attribution";
import { dayOf } from "@/lib/dates";
import { accuracy, countRatings, rankByLowerBound, type RatingCounts } from "@/lib/scoring";
import type { RatingOrPending } from "@/lib/verdicts";
import { db } from "./db";
import { cachedRead } from "./reader-cache";
import { readerClaimWhere } from "./visibility";

// One query for every figure on the dashboard and the outlet pages: the few
// columns scoring needs, for every claim readers may see.
async function loadFacts() {
  const rows = await db.claim.findMany({
    where: readerClaimWhere,
    select: {
      attributedTo: true,
      event: { select: { slug: true, name: true, date: true } },
      article: { select: { outlet: { select: { name: true, slug: true } } } },
      currentVerdict: { select: { rating: true } },
    },
  });
  return rows.map((r) => ({
    rating: (r.currentVerdict?.rating ?? "pending") as RatingOrPending,
    kind: attributionKind(r.attributedTo),
    outlet: r.article.outlet,
    event: r.event ? { slug: r.event.slug, name: r.event.name, date: dayOf(r.event.date) } : null,
  }));
}

type Fact = Awaited<ReturnType<typeof loadFacts>>[number];

function trackRecord(facts: Fact[]) {
  const counts = countRatings(facts.map((f) => f.rating));
  const own = facts.filter((f) => f.kind === "own");
  const relayed = facts.filter((f) => f.kind === "relayed");
  const split = (part: Fact[]) => {
    const c = countRatings(part.map((f) => f.rating));
    return { total: part.length, counts: c, accuracy: accuracy(c) };
  };
  return { total: facts.length, counts, accuracy: accuracy(counts), own: split(own), relayed: split(relayed) };
}

export type TrackRecord = ReturnType<typeof trackRecord>;

async function computeStats() {
  const facts = await loadFacts();
  const byOutlet = new Map<string, { name: string; slug: string; facts: Fact[] }>();
  const byEvent = new Map<string, { name: string; slug: string; date: string; facts: Fact[] }>();
  for (const f of facts) {
    const o = byOutlet.get(f.outlet.slug) ?? { ...f.outlet, facts: [] };
    o.facts.push(f);
    byOutlet.set(f.outlet.slug, o);
    if (f.event) {
      const e = byEvent.get(f.event.slug) ?? { ...f.event, facts: [] };
      e.facts.push(f);
      byEvent.set(f.event.slug, e);
    }
  }
  const outlets = rankByLowerBound([...byOutlet.values()].map(({ facts: fs, ...o }) => ({ ...o, ...trackRecord(fs) })));
  const events = [...byEvent.values()]
    .map(({ facts: fs, ...e }) => ({ ...e, total: fs.length, counts: countRatings(fs.map((f) => f.rating)) }))
    .sort((a, b) => b.date.localeCompare(a.date) || a.name.localeCompare(b.name));
  return { total: facts.length, counts: countRatings(facts.map((f) => f.rating)), outlets, events };
}

export type ReaderStats = Awaited<ReturnType<typeof computeStats>>;
export type OutletStanding = ReaderStats["outlets"][number];
export type EventTally = ReaderStats["events"][number] & { counts: RatingCounts };

/** Headline figures, the outlets' leaderboard and verdicts per event. */
export function readerStats(): Promise<ReaderStats> {
  return cachedRead("stats", computeStats);
}
