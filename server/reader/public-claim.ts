import "server-only";
import { isClaimCertainty } from "@/lib/calibration";
import type { PublicClaim, PublicClaimDetail, PublicResolution } from "@/lib/contracts/reader";
import { dayOf } from "@/lib/dates";
import { contextAround } from "@/lib/spans";
import { ratingThrough } from "@/lib/stance";
import { getArticleBody } from "@/server/articles/reads";
import { getClaim, listClaims, type ClaimFilter, type ClaimListItem } from "@/server/claims/queries";

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
