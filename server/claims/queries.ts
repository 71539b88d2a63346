import "server-only";
import { db, type Prisma } from "@/server/platform/db";
import { notFound } from "@/server/platform/errors";
import { readerClaimWhere, readerVerdictWhere } from "./visibility";

const articleRef = {
  select: { id: true, title: true, url: true, publishedAt: true, outlet: { select: { name: true, slug: true } } },
} as const;

const verdictSelect = {
  id: true,
  rating: true,
  rationale: true,
  decidedAt: true,
  publishedAt: true,
  decidedBy: { select: { name: true } },
} as const;

const claimListSelect = {
  id: true,
  statement: true,
  attributedTo: true,
  quoteStart: true,
  quoteEnd: true,
  quoteText: true,
  deadline: true,
  createdAt: true,
  updatedAt: true,
  version: true,
  publishedAt: true,
  event: { select: { id: true, name: true, slug: true, date: true, place: true } },
  article: articleRef,
  currentVerdict: { select: verdictSelect },
  evidence: {
    orderBy: [{ article: { publishedAt: "asc" } }, { quoteStart: "asc" }],
    select: { id: true, quoteStart: true, quoteEnd: true, quoteText: true, stance: true, note: true, createdAt: true, article: articleRef },
  },
} satisfies Prisma.ClaimSelect;

/** claimListSelect as readers get it: the public shape never names who decided (one query less). */
export const readerClaimListSelect = {
  ...claimListSelect,
  currentVerdict: { select: { rating: true, rationale: true, decidedAt: true } },
} satisfies Prisma.ClaimSelect;

export type ClaimFilter = { eventId?: string; rating?: string; pending?: boolean; audience?: "reader" | "desk" };

function whereOf(filter: ClaimFilter): Prisma.ClaimWhereInput {
  return {
    ...(filter.audience === "reader" ? readerClaimWhere : {}),
    eventId: filter.eventId,
    ...(filter.pending ? { currentVerdictId: null } : {}),
    ...(filter.rating ? { rating: filter.rating as Prisma.EnumRatingNullableFilter["equals"] } : {}),
  };
}

export async function listClaims(filter: ClaimFilter = {}) {
  return db.claim.findMany({
    where: whereOf(filter),
    // sourceAt is the source article's publishedAt, on the claim (and indexed).
    orderBy: [{ sourceAt: "asc" }, { quoteStart: "asc" }, { id: "asc" }],
    take: 1000,
    select: claimListSelect,
  });
}

export type ClaimListItem = Awaited<ReturnType<typeof listClaims>>[number];

export async function getClaim(id: string, audience: "reader" | "desk" = "desk") {
  const claim = await db.claim.findFirst({
    where: { id, ...(audience === "reader" ? readerClaimWhere : {}) },
    select: {
      ...claimListSelect,
      event: { select: { id: true, name: true, slug: true, date: true, place: true, timeZone: true } },
      verdicts: { where: audience === "reader" ? readerVerdictWhere : {}, orderBy: { decidedAt: "desc" }, select: verdictSelect },
    },
  });
  if (!claim) throw notFound("The claim");
  return claim;
}

/**
 * Claims that an article may give evidence for: those of events that took
 * place on or before its publication day, and event-less claims quoted from
 * an earlier article.
 */
export async function listClaimsForEvidence(articleId: string) {
  const article = await db.article.findUnique({ where: { id: articleId }, select: { publishedAt: true } });
  if (!article) throw notFound("The article");
  return db.claim.findMany({
    where: {
      articleId: { not: articleId },
      OR: [{ event: { date: { lte: article.publishedAt } } }, { eventId: null, article: { publishedAt: { lt: article.publishedAt } } }],
    },
    orderBy: [{ event: { date: "desc" } }, { createdAt: "asc" }],
    select: {
      id: true,
      statement: true,
      attributedTo: true,
      event: { select: { name: true } },
      currentVerdict: { select: { rating: true } },
    },
  });
}

/** Articles that may hold evidence for a claim, newest first, for the desk. */
export async function listEvidenceArticles(claimId: string) {
  const claim = await db.claim.findUnique({
    where: { id: claimId },
    select: { articleId: true, article: { select: { publishedAt: true } }, event: { select: { date: true } } },
  });
  if (!claim) throw notFound("The claim");
  return db.article.findMany({
    where: {
      id: { not: claim.articleId },
      publishedAt: claim.event ? { gte: claim.event.date } : { gt: claim.article.publishedAt },
    },
    orderBy: { publishedAt: "desc" },
    take: 100,
    select: { id: true, title: true, publishedAt: true, outlet: { select: { name: true } }, _count: { select: { evidence: true } } },
  });
}
