import "server-only";
import { rumorReview } from "@/lib/claim-review";
import { dayOf } from "@/lib/dates";
import { cachedRead } from "@/server/cache/reader-cache";
import { readerClaimWhere } from "@/server/claims/visibility";
import { db, type Prisma } from "@/server/platform/db";
import { env } from "@/server/platform/env";

/** Rumors in the feed: the most recently decided. */
const FEED_RUMORS = 2000;
/** Rows per query: SQLite takes at most 999 parameters, and Prisma loads relations through one IN (…) list. */
const CHUNK = 500;

type ArticleRow = { title: string; url: string | null; publishedAt: Date; outlet: { name: string } };

async function articlesById(ids: string[]): Promise<Map<string, ArticleRow>> {
  const found = new Map<string, ArticleRow>();
  for (let i = 0; i < ids.length; i += CHUNK) {
    const rows = await db.article.findMany({
      where: { id: { in: ids.slice(i, i + CHUNK) } },
      select: { id: true, title: true, url: true, publishedAt: true, outlet: { select: { name: true } } },
    });
    for (const { id, ...a } of rows) found.set(id, a);
  }
  return found;
}

/** One page of rated rumors readers see, newest verdict first, as ClaimReviews. */
async function reviewPage(after: { ratedAt: Date; id: string } | null, take: number) {
  const where: Prisma.RumorWhereInput = {
    publicClaims: { gt: 0 },
    ratedAt: after ? { lte: after.ratedAt } : { not: null },
    ...(after ? { OR: [{ ratedAt: { lt: after.ratedAt } }, { id: { lt: after.id } }] } : {}),
  };
  const rumors = await db.rumor.findMany({
    where,
    orderBy: [{ ratedAt: "desc" }, { id: "desc" }],
    take,
    select: { id: true, statement: true, ratedAt: true, currentVerdict: { select: { rating: true, rationale: true, decidedAt: true } } },
  });
  const claims = await db.claim.findMany({
    where: { AND: [readerClaimWhere, { rumorId: { in: rumors.map((r) => r.id) } }] },
    select: { id: true, rumorId: true, attributedTo: true, origin: true, articleId: true, sourceAt: true },
  });
  // First printed first; sorted here, as the index serves the lookup by rumor, not this order across rumors.
  claims.sort((x, y) => x.sourceAt.getTime() - y.sourceAt.getTime() || (x.id < y.id ? -1 : x.id > y.id ? 1 : 0));
  const articles = await articlesById([...new Set(claims.map((c) => c.articleId))]);
  const site = env.HINDSIGHT_SITE_URL;
  const reviews = rumors.map((r) => {
    const appearances = claims
      .filter((c) => c.rumorId === r.id)
      .flatMap((c) => {
        const a = articles.get(c.articleId);
        return a
          ? [
              {
                attributedTo: c.attributedTo,
                origin: c.origin,
                article: { outlet: a.outlet.name, title: a.title, url: a.url, publishedAt: dayOf(a.publishedAt) },
              },
            ]
          : [];
      });
    const v = r.currentVerdict;
    return rumorReview(
      {
        id: r.id,
        statement: r.statement,
        rating: v?.rating ?? "pending",
        verdict: v ? { rationale: v.rationale, decidedAt: v.decidedAt.toISOString() } : null,
        // Not the rumor's updatedAt: draft work moves it, and readers must not see that.
        updatedAt: (r.ratedAt ?? v?.decidedAt ?? new Date(0)).toISOString(),
        appearances,
      },
      { siteUrl: site },
    );
  });
  const last = rumors.at(-1);
  return { reviews, next: rumors.length === take && last?.ratedAt ? { ratedAt: last.ratedAt, id: last.id } : null };
}

/** Every current rumor verdict as schema.org ClaimReview (one per rumor, with its appearances), in one JSON-LD document. */
export function claimReviewFeed() {
  return cachedRead("feed:claimreview", async () => {
    const graph: NonNullable<ReturnType<typeof rumorReview>>[] = [];
    let after: { ratedAt: Date; id: string } | null = null;
    do {
      const page = await reviewPage(after, Math.min(CHUNK, FEED_RUMORS - graph.length));
      for (const r of page.reviews) if (r) graph.push(r);
      after = page.next;
    } while (after && graph.length < FEED_RUMORS);
    return { "@context": "https://schema.org", "@graph": graph.map((r) => ({ ...r, "@context": undefined })) };
  });
}
