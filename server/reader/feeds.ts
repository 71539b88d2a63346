import "server-only";
import { dayOf } from "@/lib/dates";
import { RATING_INFO, type Rating } from "@/lib/verdicts";
import { xmlEscape } from "@/lib/xml";
import { db } from "@/server/platform/db";
import { env } from "@/server/platform/env";
import { cachedRead } from "@/server/cache/reader-cache";
import { readerClaimWhere, readerVerdictWhere } from "@/server/claims/visibility";

const FEED_SIZE = 50;

const verdictRef = { select: { id: true, rating: true, rationale: true, decidedAt: true } } as const;

// Claims by their current verdict, newest first: the verdicts readers see.
// A claim's verdict is its override, or its rumor's read through its stance
// (Claim.rating, lib/stance.ts); the rationale is the decision's.
async function loadRecent(take: number) {
  const rows = await db.claim.findMany({
    // ratedAt is the current verdict's decidedAt, on the claim (and indexed).
    where: { AND: [readerClaimWhere, { ratedAt: { not: null } }] },
    orderBy: [{ ratedAt: "desc" }, { id: "desc" }],
    take,
    select: {
      id: true,
      rumorId: true,
      statement: true,
      attributedTo: true,
      updatedAt: true,
      rating: true,
      article: { select: { title: true, url: true, publishedAt: true, outlet: { select: { name: true } } } },
      overrideVerdict: verdictRef,
      rumor: { select: { currentVerdict: verdictRef } },
    },
  });
  return rows.flatMap(({ overrideVerdict, rumor, rating, ...c }) => {
    const decided = overrideVerdict ?? rumor.currentVerdict;
    return decided && rating ? [{ ...c, currentVerdict: { ...decided, rating } }] : [];
  });
}

/** The rumors among `ids` with more than one published rumor-wide verdict (drafts are nobody's business): one grouped query over their verdicts. */
async function changedVerdicts(ids: string[]): Promise<Set<string>> {
  const counts = await db.verdict.groupBy({ by: ["rumorId"], where: { rumorId: { in: ids }, claimId: null, ...readerVerdictWhere }, _count: { _all: true } });
  return new Set(counts.filter((c) => c._count._all > 1).map((c) => c.rumorId));
}

const site = () => env.HINDSIGHT_SITE_URL.replace(/\/$/, "");

/**
 * Atom feed of new and changed verdicts. Each entry's id names the verdict,
 * so a changed verdict arrives in feed readers as a new entry.
 */
export function atomFeed(): Promise<string> {
  return cachedRead("feed:atom", async () => {
    const claims = await loadRecent(FEED_SIZE);
    const rerated = await changedVerdicts(claims.map((c) => c.rumorId));
    const base = site();
    const updated = claims[0]?.currentVerdict?.decidedAt.toISOString() ?? new Date(0).toISOString();
    const entries = claims.map((c) => {
      const v = c.currentVerdict!;
      const label = RATING_INFO[v.rating as Rating].label;
      const url = `${base}/claims/${c.id}`;
      const changed = rerated.has(c.rumorId) ? " (verdict changed)" : "";
      return `  <entry>
    <id>${xmlEscape(`${url}#verdict-${v.id}`)}</id>
    <title>${xmlEscape(`${label}: ${c.statement}${changed}`)}</title>
    <link rel="alternate" type="text/html" href="${xmlEscape(url)}"/>
    <updated>${v.decidedAt.toISOString()}</updated>
    <category term="${v.rating}" label="${xmlEscape(label)}"/>
    <summary type="text">${xmlEscape(`${label}. Claimed in ${c.article.outlet.name} on ${dayOf(c.article.publishedAt)}, attributed to ${c.attributedTo}. ${v.rationale}`)}</summary>
  </entry>`;
    });
    return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <id>${xmlEscape(`${base}/feed.xml`)}</id>
  <title>Hindsight — new and changed verdicts</title>
  <link rel="self" type="application/atom+xml" href="${xmlEscape(`${base}/feed.xml`)}"/>
  <link rel="alternate" type="text/html" href="${xmlEscape(`${base}/`)}"/>
  <updated>${updated}</updated>
  <author><name>Hindsight</name></author>
${entries.join("\n")}
</feed>
`;
  });
}
