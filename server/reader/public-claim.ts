import "server-only";
import { isClaimCertainty } from "@/lib/calibration";
import type { ClaimLine, PublicClaim, PublicClaimDetail, PublicResolution } from "@/lib/contracts/reader";
import { dayOf } from "@/lib/dates";
import { contextAround } from "@/lib/spans";
import { ratingThrough } from "@/lib/stance";
import { getArticleBody } from "@/server/articles/reads";
import { getClaim, listClaims, type ClaimFilter, type ClaimListItem } from "@/server/claims/queries";
import type { Prisma } from "@/server/platform/db";

type ArticleRef = ClaimListItem["article"];
type Decided = { rating: NonNullable<ClaimListItem["rating"]>; rationale: string; decidedAt: Date };

function articleDto(a: ArticleRef) {
  return { id: a.id, outlet: a.outlet.name, outletSlug: a.outlet.slug, title: a.title, url: a.url, publishedAt: dayOf(a.publishedAt) };
}

/** What toPublicClaim reads of a claim: the flattened claim row, without who decided a verdict. */
export type PublicClaimSource = Omit<ClaimListItem, "currentVerdict" | "overrideVerdict"> & {
  currentVerdict: Decided | null;
  overrideVerdict: Decided | null;
};

/** A rumor's resolution as readers see it (days for the outcome, instants for the rest). */
export function toPublicResolution(r: ClaimListItem["resolution"]): PublicResolution {
  return {
    confirmedIf: r.confirmedIf,
    refutedIf: r.refutedIf,
    criteriaChangedAt: r.criteriaChangedAt?.toISOString() ?? null,
    outcomeAt: r.outcomeAt ? dayOf(r.outcomeAt) : null,
    void: r.voidedAt ? { at: r.voidedAt.toISOString(), reason: r.voidReason ?? "" } : null,
  };
}

/** The public shape of a claim (documented in docs/api.md); dates are ISO strings. */
export function toPublicClaim(claim: PublicClaimSource): PublicClaim {
  const deadline = claim.deadline ?? claim.event?.date ?? null;
  // A void rumor has no verdict and its claims no rating (server/claims/facts.ts).
  const voided = claim.resolution.voidedAt !== null;
  const rumorVerdict = voided ? null : claim.currentVerdict;
  const own = voided ? null : claim.overrideVerdict;
  // The claim's verdict: its override, or the rumor's read through its stance.
  const rating = own?.rating ?? ratingThrough(claim.stance, rumorVerdict?.rating ?? null);
  const decided = own ?? rumorVerdict;
  return {
    id: claim.id,
    statement: claim.statement,
    quote: { text: claim.quoteText, start: claim.quoteStart, end: claim.quoteEnd },
    attributedTo: claim.attributedTo,
    stance: claim.stance,
    certainty: isClaimCertainty(claim.certainty) ? claim.certainty : "unknown",
    own: claim.own,
    origin: claim.origin,
    relayedFrom: claim.relayedFrom,
    sourceArticle: articleDto(claim.article),
    event: claim.event ? { id: claim.event.id, name: claim.event.name, slug: claim.event.slug, date: dayOf(claim.event.date), place: claim.event.place } : null,
    deadline: deadline ? dayOf(deadline) : null,
    rumor: { id: claim.rumor.id, statement: claim.rumor.statement, rating: rumorVerdict?.rating ?? "pending", claimCount: claim.rumor.publicClaims },
    resolution: toPublicResolution(claim.resolution),
    evidence: claim.evidence.map((e) => ({
      id: e.id,
      quote: { text: e.quoteText, start: e.quoteStart, end: e.quoteEnd },
      stance: e.stance,
      note: e.note,
      article: articleDto(e.article),
    })),
    rating: rating ?? "pending",
    verdict: decided && rating ? { rating, rationale: decided.rationale, decidedAt: decided.decidedAt.toISOString() } : null,
    overridden: own !== null,
    updatedAt: claim.updatedAt.toISOString(),
  };
}

export async function listPublicClaims(filter: ClaimFilter = {}): Promise<PublicClaim[]> {
  return (await listClaims({ ...filter, audience: "reader" })).map(toPublicClaim);
}

export async function getPublicClaim(id: string): Promise<PublicClaimDetail> {
  const claim = await getClaim(id, "reader");
  const body = await getArticleBody(claim.article.id);
  return {
    ...toPublicClaim(claim),
    context: contextAround(body, { start: claim.quoteStart, end: claim.quoteEnd }),
    history: claim.verdicts.map((v) => ({ rating: v.rating, rationale: v.rationale, decidedAt: v.decidedAt.toISOString() })),
  };
}

// A list line needs a few of the claim's own columns (its rating and
// ratedAt are kept by the write path, server/claims/facts.ts, exactly as
// toPublicClaim derives them from the override and the rumor's verdict),
// its outlet's name, its event and its rumor's void and quote count: four
// reads a page instead of the eleven of a whole public claim, and far fewer
// rows for Prisma to assemble (docs/performance.md).

/** What a claim's line reads. */
export const claimLineSelect = {
  id: true,
  statement: true,
  attributedTo: true,
  rating: true,
  ratedAt: true,
  sourceAt: true,
  outlet: { select: { name: true } },
  event: { select: { id: true, name: true, slug: true, date: true, place: true } },
  // The evidence's ids, not a _count: Prisma counts with an aggregate over the
  // whole Evidence table joined back, where this is an index lookup per rumor.
  rumor: { select: { id: true, statement: true, voidedAt: true, voidReason: true, evidence: { select: { id: true } } } },
} satisfies Prisma.ClaimSelect;

export function toClaimLine(r: Prisma.ClaimGetPayload<{ select: typeof claimLineSelect }>): ClaimLine {
  const { rumor, event } = r;
  return {
    id: r.id,
    statement: r.statement,
    attributedTo: r.attributedTo,
    // A void rumor's claims have no rating (facts.ts): "pending", as toPublicClaim says.
    rating: r.rating ?? "pending",
    ratedAt: r.ratedAt?.toISOString() ?? null,
    outlet: r.outlet.name,
    publishedAt: dayOf(r.sourceAt),
    quotes: rumor.evidence.length,
    void: rumor.voidedAt ? { at: rumor.voidedAt.toISOString(), reason: rumor.voidReason ?? "" } : null,
    event: event ? { id: event.id, name: event.name, slug: event.slug, date: dayOf(event.date), place: event.place } : null,
    rumor: { id: rumor.id, statement: rumor.statement },
  };
}
