import "server-only";
import type { PublicClaim, PublicClaimDetail } from "@/lib/contracts/reader";
import { dayOf } from "@/lib/dates";
import { contextAround } from "@/lib/spans";
import type { RatingOrPending } from "@/lib/verdicts";
import { getArticleBody } from "@/server/articles/reads";
import { getClaim, listClaims, type ClaimFilter, type ClaimListItem } from "@/server/claims/queries";

type ArticleRef = ClaimListItem["article"];

function articleDto(a: ArticleRef) {
  return { id: a.id, outlet: a.outlet.name, outletSlug: a.outlet.slug, title: a.title, url: a.url, publishedAt: dayOf(a.publishedAt) };
}

/** What toPublicClaim reads of a claim: the claim list's fields, without who decided the verdict. */
export type PublicClaimSource = Omit<ClaimListItem, "currentVerdict"> & {
  currentVerdict: Pick<NonNullable<ClaimListItem["currentVerdict"]>, "rating" | "rationale" | "decidedAt"> | null;
};

/** The public shape of a claim (documented in docs/api.md); dates are ISO strings. */
export function toPublicClaim(claim: PublicClaimSource): PublicClaim {
  const deadline = claim.deadline ?? claim.event?.date ?? null;
  const verdict = claim.currentVerdict;
  return {
    id: claim.id,
    statement: claim.statement,
    quote: { text: claim.quoteText, start: claim.quoteStart, end: claim.quoteEnd },
    attributedTo: claim.attributedTo,
    sourceArticle: articleDto(claim.article),
    event: claim.event ? { id: claim.event.id, name: claim.event.name, slug: claim.event.slug, date: dayOf(claim.event.date), place: claim.event.place } : null,
    deadline: deadline ? dayOf(deadline) : null,
    evidence: claim.evidence.map((e) => ({
      id: e.id,
      quote: { text: e.quoteText, start: e.quoteStart, end: e.quoteEnd },
      stance: e.stance,
      note: e.note,
      article: articleDto(e.article),
    })),
    rating: (verdict?.rating ?? "pending") as RatingOrPending,
    verdict: verdict ? { rating: verdict.rating, rationale: verdict.rationale, decidedAt: verdict.decidedAt.toISOString() } : null,
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
