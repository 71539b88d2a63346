import "server-only";
import type { ReviewAction } from "@/lib/review";
import { requireEditor, type Actor } from "@/server/auth/session";
import { articleQuoteCounts } from "@/server/platform/relation-counts";
import { db, type Prisma } from "@/server/platform/db";

// "My work" (ADR 0028): what is assigned to me, verdicts waiting for my
// review (in review, written by someone else), and my verdicts that came
// back (changes requested) or are approved and ready to publish.

const LIMIT = 200;

const verdictSelect = {
  id: true,
  rating: true,
  rationale: true,
  decidedAt: true,
  reviewState: true,
  claimId: true,
  decidedBy: { select: { id: true, name: true } },
  rumor: { select: { id: true, statement: true, claims: { orderBy: [{ sourceAt: "asc" as const }, { id: "asc" as const }], take: 1, select: { id: true } } } },
  reviews: {
    orderBy: [{ at: "desc" as const }, { id: "desc" as const }],
    take: 1,
    select: { action: true, comment: true, at: true, actor: { select: { name: true } } },
  },
} satisfies Prisma.VerdictSelect;

type VerdictRow = Prisma.VerdictGetPayload<{ select: typeof verdictSelect }>;

/** Where the desk opens a verdict: its claim (an override), else its rumor's first claim. */
const toItem = ({ rumor, reviews, claimId, ...v }: VerdictRow) => ({
  ...v,
  claimId: claimId ?? rumor.claims[0]?.id ?? null,
  rumor: { id: rumor.id, statement: rumor.statement },
  // `action` is one of ReviewAction: only server/claims/review.ts writes it.
  lastStep: reviews[0] ? { ...reviews[0], action: reviews[0].action as ReviewAction } : null,
});

const verdicts = (where: Prisma.VerdictWhereInput) =>
  db.verdict.findMany({ where, orderBy: [{ decidedAt: "asc" }, { id: "asc" }], take: LIMIT, select: verdictSelect }).then((rows) => rows.map(toItem));

export async function getMyWork(actor?: Actor) {
  const me = actor ?? (await requireEditor());
  const [claims, articles, toReview, cameBack, approved] = await Promise.all([
    db.claim.findMany({
      where: { assigneeId: me.id },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      take: LIMIT,
      select: {
        id: true,
        statement: true,
        publishedAt: true,
        rating: true,
        article: { select: { title: true, outlet: { select: { name: true } } } },
        rumor: { select: { deadline: true, event: { select: { name: true, date: true } } } },
      },
    }),
    db.article.findMany({
      where: { assigneeId: me.id },
      orderBy: [{ publishedAt: "desc" }, { id: "asc" }],
      take: LIMIT,
      select: { id: true, title: true, publishedAt: true, outlet: { select: { name: true } } },
    }),
    verdicts({ reviewState: "in_review", OR: [{ decidedById: null }, { decidedById: { not: me.id } }] }),
    verdicts({ reviewState: "changes_requested", decidedById: me.id }),
    verdicts({ reviewState: "approved", decidedById: me.id }),
  ]);
  return {
    assigned: {
      claims: claims.map(({ rumor, ...c }) => ({
        ...c,
        deadline: rumor.deadline ?? rumor.event?.date ?? null,
        event: rumor.event ? { name: rumor.event.name } : null,
      })),
      // Counted for these articles only (server/platform/relation-counts.ts says why).
      articles: await withQuoteCounts(articles),
    },
    toReview,
    cameBack,
    approved,
  };
}

async function withQuoteCounts<A extends { id: string }>(articles: A[]) {
  const counts = await articleQuoteCounts(articles.map((a) => a.id));
  return articles.map((a) => ({ ...a, _count: counts.get(a.id) ?? { claims: 0, evidence: 0 } }));
}
