import type { ClaimLine, PublicClaim } from "@/lib/contracts/reader";

/** The line a list shows of a whole public claim (pages that load PublicClaim: the outlet and event pages). */
export function claimLineOf(c: PublicClaim): ClaimLine {
  return {
    id: c.id,
    statement: c.statement,
    attributedTo: c.attributedTo,
    rating: c.rating,
    ratedAt: c.verdict?.decidedAt ?? null,
    outlet: c.sourceArticle.outlet,
    publishedAt: c.sourceArticle.publishedAt,
    quotes: c.evidence.length,
    void: c.resolution.void,
    event: c.event,
    rumor: { id: c.rumor.id, statement: c.rumor.statement },
  };
}
