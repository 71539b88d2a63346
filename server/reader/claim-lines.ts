import "server-only";
import type { ClaimLine } from "@/lib/contracts/reader";
import { dayOf } from "@/lib/dates";
import type { Prisma } from "@/server/platform/db";

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
  rumor: { select: { voidedAt: true, voidReason: true, evidence: { select: { id: true } } } },
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
  };
}
