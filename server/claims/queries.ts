import "server-only";
import { dayIn, eventStart, isPreEvent } from "@/lib/dates";
import type { ReviewAction } from "@/lib/review";
import { db, type Prisma } from "@/server/platform/db";
import { notFound } from "@/server/platform/errors";
import { articleQuoteCounts, rumorClaimCounts } from "@/server/platform/relation-counts";
import { readerClaimWhere, readerVerdictWhere } from "./visibility";

const articleRef = {
  select: { id: true, title: true, url: true, publishedAt: true, outlet: { select: { name: true, slug: true } } },
} as const;

const verdictSelect = {
  id: true,
  claimId: true,
  rating: true,
  rationale: true,
  decidedAt: true,
  publishedAt: true,
  decidedBy: { select: { name: true } },
} as const;

/** Desk only (ADR 0028): where a verdict stands in review, who wrote it, its review thread. Never in a reader select. */
const deskVerdictSelect = {
  ...verdictSelect,
  reviewState: true,
  decidedBy: { select: { id: true, name: true } },
  reviews: { orderBy: [{ at: "asc" }, { id: "asc" }], select: { id: true, action: true, comment: true, at: true, actor: { select: { name: true } } } },
} satisfies Prisma.VerdictSelect;

/** Desk only: who works on the claim. */
const assigneeSelect = { assignee: { select: { id: true, name: true } } } as const;

const eventRef = { select: { id: true, name: true, slug: true, date: true, place: true } } as const;

const evidenceSelect = {
  orderBy: [{ article: { publishedAt: "asc" as const } }, { quoteStart: "asc" as const }],
  select: { id: true, quoteStart: true, quoteEnd: true, quoteText: true, stance: true, note: true, createdAt: true, article: articleRef },
};

/** A rumor's resolution criteria, outcome date and void (issue 17). */
export const resolutionSelect = {
  confirmedIf: true,
  refutedIf: true,
  criteriaChangedAt: true,
  outcomeAt: true,
  voidedAt: true,
  voidReason: true,
} as const;

/**
 * A claim with what it takes from its rumor: the rumor's event, deadline,
 * version, evidence and current verdict (`currentVerdict`), its own
 * override and rating (the rumor's read through the stance).
 */
const claimRowSelect = {
  id: true,
  statement: true,
  attributedTo: true,
  stance: true,
  quoteStart: true,
  quoteEnd: true,
  quoteText: true,
  createdAt: true,
  updatedAt: true,
  publishedAt: true,
  rating: true,
  ratedAt: true,
  own: true,
  origin: true,
  certainty: true,
  relayedFrom: { select: { id: true, name: true, slug: true } },
  article: articleRef,
  overrideVerdict: { select: verdictSelect },
  rumor: {
    select: {
      id: true,
      statement: true,
      version: true,
      deadline: true,
      publicClaims: true,
      ...resolutionSelect,
      event: eventRef,
      currentVerdict: { select: verdictSelect },
      evidence: evidenceSelect,
    },
  },
} satisfies Prisma.ClaimSelect;

const readerRumorSelect = claimRowSelect.rumor.select;

/**
 * claimRowSelect as readers get it: the public shape never names who decided,
 * and counts only published claims (the rumor's maintained `publicClaims`).
 */
export const readerClaimListSelect = {
  ...claimRowSelect,
  overrideVerdict: { select: { rating: true, rationale: true, decidedAt: true } },
  rumor: { select: { ...readerRumorSelect, currentVerdict: { select: { rating: true, rationale: true, decidedAt: true } } } },
} satisfies Prisma.ClaimSelect;

type Row<S extends Prisma.ClaimSelect> = Prisma.ClaimGetPayload<{ select: S }>;

/**
 * Flattens the rumor's part onto the claim, in the shape lists and pages read.
 * `claimCount` is the rumor's number of claims for the desk (rumorClaimCounts);
 * readers count published claims only.
 */
export function flattenClaim<R extends Row<typeof readerClaimListSelect> | Row<typeof claimRowSelect>>(row: R, claimCount?: number) {
  const { rumor, ...claim } = row;
  return {
    ...claim,
    version: rumor.version,
    deadline: rumor.deadline,
    event: rumor.event,
    currentVerdict: rumor.currentVerdict as R["rumor"]["currentVerdict"],
    evidence: rumor.evidence,
    resolution: {
      confirmedIf: rumor.confirmedIf,
      refutedIf: rumor.refutedIf,
      criteriaChangedAt: rumor.criteriaChangedAt,
      outcomeAt: rumor.outcomeAt,
      voidedAt: rumor.voidedAt,
      voidReason: rumor.voidReason,
    },
    rumor: {
      id: rumor.id,
      statement: rumor.statement,
      claimCount: claimCount ?? rumor.publicClaims,
      publicClaims: rumor.publicClaims,
    },
  };
}

export type ClaimFilter = { eventId?: string; rating?: string; pending?: boolean; audience?: "reader" | "desk" };

function whereOf(filter: ClaimFilter): Prisma.ClaimWhereInput {
  return {
    ...(filter.audience === "reader" ? readerClaimWhere : {}),
    eventId: filter.eventId,
    ...(filter.pending ? { rating: null } : {}),
    ...(filter.rating ? { rating: filter.rating as Prisma.EnumRatingNullableFilter["equals"] } : {}),
  };
}

export async function listClaims(filter: ClaimFilter = {}) {
  const rows = await db.claim.findMany({
    where: whereOf(filter),
    // sourceAt is the source article's publishedAt, on the claim (and indexed).
    orderBy: [{ sourceAt: "asc" }, { quoteStart: "asc" }, { id: "asc" }],
    take: 1000,
    select: claimRowSelect,
  });
  if (filter.audience === "reader") return rows.map((row) => flattenClaim(row));
  const counts = await rumorClaimCounts(rows.map((r) => r.rumor.id));
  return rows.map((row) => flattenClaim(row, counts.get(row.rumor.id)));
}

/** The desk's claim list, with who works on each (never in a reader's select). */
export async function listDeskClaims() {
  const rows = await db.claim.findMany({
    orderBy: [{ sourceAt: "asc" }, { quoteStart: "asc" }, { id: "asc" }],
    take: 1000,
    select: { ...claimRowSelect, ...assigneeSelect },
  });
  const counts = await rumorClaimCounts(rows.map((r) => r.rumor.id));
  return rows.map((row) => ({ ...flattenClaim(row, counts.get(row.rumor.id)), assignee: row.assignee }));
}

export type ClaimListItem = Awaited<ReturnType<typeof listClaims>>[number];

export async function getClaim(id: string, audience: "reader" | "desk" = "desk") {
  const row = await db.claim.findFirst({
    where: { id, ...(audience === "reader" ? readerClaimWhere : {}) },
    select: {
      ...claimRowSelect,
      rumor: {
        select: {
          ...claimRowSelect.rumor.select,
          event: { select: { ...eventRef.select, timeZone: true } },
          verdicts: { where: audience === "reader" ? readerVerdictWhere : {}, orderBy: { decidedAt: "desc" }, select: verdictSelect },
        },
      },
    },
  });
  if (!row) throw notFound("The claim");
  // A reader sees the rumor's own verdicts and this claim's overrides, not other claims' overrides.
  const verdicts = row.rumor.verdicts.filter((v) => v.claimId === null || v.claimId === id);
  const claimCount = audience === "desk" ? (await rumorClaimCounts([row.rumor.id])).get(row.rumor.id) : undefined;
  return { ...flattenClaim(row, claimCount), event: row.rumor.event, verdicts };
}

/** The claim as the desk shows it: with its verdicts' review states and threads, and its assignee. */
export async function getDeskClaim(id: string) {
  const claim = await getClaim(id, "desk");
  const [verdicts, assignee] = await Promise.all([
    db.verdict.findMany({
      where: { rumorId: claim.rumor.id, OR: [{ claimId: null }, { claimId: id }] },
      orderBy: { decidedAt: "desc" },
      select: deskVerdictSelect,
    }),
    db.claim.findUniqueOrThrow({ where: { id }, select: assigneeSelect }),
  ]);
  // `action` is one of lib/review.ts's ReviewAction: only server/claims/review.ts writes it.
  return {
    ...claim,
    verdicts: verdicts.map((v) => ({ ...v, reviews: v.reviews.map((r) => ({ ...r, action: r.action as ReviewAction })) })),
    assignee: assignee.assignee,
  };
}

/**
 * Claims that an article may give evidence for (through their rumors): those
 * of events that took place on or before its publication day, and event-less
 * ones quoted from an earlier article.
 */
export async function listClaimsForEvidence(articleId: string) {
  const article = await db.article.findUnique({ where: { id: articleId }, select: { publishedAt: true } });
  if (!article) throw notFound("The article");
  const rows = await db.claim.findMany({
    where: {
      articleId: { not: articleId },
      OR: [{ event: { date: { lte: article.publishedAt } } }, { eventId: null, article: { publishedAt: { lt: article.publishedAt } } }],
    },
    orderBy: [{ event: { date: "desc" } }, { createdAt: "asc" }],
    select: {
      id: true,
      statement: true,
      attributedTo: true,
      event: { select: { id: true, name: true } },
      rumor: { select: { id: true, statement: true, currentVerdict: { select: { rating: true } } } },
    },
  });
  return rows.map(({ rumor, ...c }) => ({ ...c, rumorId: rumor.id, rumorStatement: rumor.statement, currentVerdict: rumor.currentVerdict }));
}

/** Articles that may hold evidence for a claim's rumor, newest first, for the desk. */
export async function listEvidenceArticles(claimId: string) {
  const claim = await db.claim.findUnique({
    where: { id: claimId },
    select: {
      rumor: { select: { event: { select: { date: true, startTime: true, timeZone: true } }, claims: { select: { articleId: true, sourceAt: true } } } },
    },
  });
  if (!claim) throw notFound("The claim");
  const { event, claims } = claim.rumor;
  const first = claims.reduce((a, c) => (c.sourceAt < a ? c.sourceAt : a), claims[0]!.sourceAt);
  // Post-event by the event's clock (lib/dates.ts): from the earlier of its start and its local day's date.
  const from = event ? new Date(Math.min(eventStart(event).getTime(), Date.parse(dayIn(eventStart(event), event.timeZone)))) : null;
  const articles = await db.article.findMany({
    where: {
      id: { notIn: claims.map((c) => c.articleId) },
      publishedAt: from ? { gte: from } : { gt: first },
    },
    orderBy: { publishedAt: "desc" },
    take: 100,
    select: { id: true, title: true, publishedAt: true, outlet: { select: { name: true } } },
  });
  const counts = await articleQuoteCounts(articles.map((a) => a.id));
  const withCounts = articles.map((a) => ({ ...a, _count: { evidence: counts.get(a.id)?.evidence ?? 0 } }));
  return event ? withCounts.filter((a) => !isPreEvent(a.publishedAt, event)) : withCounts;
}
