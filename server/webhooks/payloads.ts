import "server-only";
import type { WebhookClaim } from "@/lib/contracts/webhooks";
import type { Tx } from "@/server/platform/db";
import { env } from "@/server/platform/env";

// What a delivery says, read inside the transaction that made the change and
// fixed then. Only what readers may see goes in: published claims, published
// verdicts, rumors with a published claim. Each builder answers null when
// there is nothing public to tell (a verdict on a rumor no reader can see yet
// is told later, as part of its first claim's claim.published).

// As server/claims/visibility.ts says (not imported: server/claims calls this folder).
export const readerClaimWhere = { publishedAt: { not: null } };
const readerVerdictWhere = { publishedAt: { not: null } };

export const site = () => env.HINDSIGHT_SITE_URL.replace(/\/$/, "");

export const publicClaimSelect = {
  id: true,
  statement: true,
  attributedTo: true,
  stance: true,
  rating: true,
  publishedAt: true,
  article: { select: { title: true, url: true, publishedAt: true, outlet: { select: { name: true, slug: true } } } },
} as const;

type ClaimRow = {
  id: string;
  statement: string;
  attributedTo: string;
  stance: string;
  rating: string | null;
  publishedAt: Date | null;
  article: { title: string; url: string | null; publishedAt: Date; outlet: { name: string; slug: string } };
};

export const claimOut = (c: ClaimRow): WebhookClaim => ({
  id: c.id,
  url: `${site()}/claims/${c.id}`,
  statement: c.statement,
  attributedTo: c.attributedTo,
  stance: c.stance,
  rating: c.rating ?? "pending",
  publishedAt: c.publishedAt?.toISOString() ?? null,
  outlet: { name: c.article.outlet.name, url: `${site()}/outlets/${c.article.outlet.slug}` },
  article: { title: c.article.title, url: c.article.url, publishedAt: c.article.publishedAt.toISOString() },
});

type VerdictRow = { id: string; claimId: string | null; rating: string; rationale: string; decidedAt: Date; publishedAt: Date | null };
const verdictOut = (v: VerdictRow) => ({
  id: v.id,
  appliesTo: v.claimId ? "claim" : "rumor",
  claimId: v.claimId,
  rating: v.rating,
  rationale: v.rationale,
  decidedAt: v.decidedAt.toISOString(),
  publishedAt: v.publishedAt!.toISOString(),
});
const verdictSelect = { id: true, claimId: true, rating: true, rationale: true, decidedAt: true, publishedAt: true } as const;

async function publicRumor(tx: Tx, rumorId: string) {
  const rumor = await tx.rumor.findFirst({
    where: { id: rumorId, claims: { some: readerClaimWhere } },
    select: { id: true, statement: true, deadline: true, event: { select: { name: true, slug: true } } },
  });
  if (!rumor) return null;
  return {
    id: rumor.id,
    url: `${site()}/rumors/${rumor.id}`,
    statement: rumor.statement,
    deadline: rumor.deadline?.toISOString() ?? null,
    event: rumor.event ? { name: rumor.event.name, url: `${site()}/events/${rumor.event.slug}` } : null,
  };
}

/**
 * A published verdict (or override) and the published verdict it replaced,
 * if any: "verdict.changed" then, "verdict.published" for the first one.
 */
export async function verdictPayload(tx: Tx, verdictId: string) {
  const verdict = await tx.verdict.findFirst({ where: { AND: [{ id: verdictId }, readerVerdictWhere] }, select: { ...verdictSelect, rumorId: true } });
  if (!verdict) return null;
  const rumor = await publicRumor(tx, verdict.rumorId);
  if (!rumor) return null;
  const claims = await tx.claim.findMany({
    where: { AND: [{ rumorId: verdict.rumorId }, readerClaimWhere, verdict.claimId ? { id: verdict.claimId } : {}] },
    orderBy: [{ sourceAt: "asc" }, { id: "asc" }],
    take: 100,
    select: publicClaimSelect,
  });
  if (claims.length === 0) return null;
  const previous = await tx.verdict.findFirst({
    where: { AND: [{ rumorId: verdict.rumorId, claimId: verdict.claimId, id: { not: verdict.id } }, readerVerdictWhere] },
    orderBy: [{ publishedAt: "desc" }, { decidedAt: "desc" }],
    select: verdictSelect,
  });
  const event = previous ? ("verdict.changed" as const) : ("verdict.published" as const);
  return { event, data: { rumor, verdict: verdictOut(verdict), previous: previous ? verdictOut(previous) : null, claims: claims.map(claimOut) } };
}

/** A claim readers can now see, with its rumor's current published verdict. */
export async function claimPayload(tx: Tx, claimId: string) {
  const claim = await tx.claim.findFirst({ where: { AND: [{ id: claimId }, readerClaimWhere] }, select: { ...publicClaimSelect, rumorId: true } });
  if (!claim) return null;
  const rumor = await publicRumor(tx, claim.rumorId);
  if (!rumor) return null;
  const current = await tx.rumor.findUnique({ where: { id: claim.rumorId }, select: { currentVerdict: { select: verdictSelect } } });
  const verdict = current?.currentVerdict?.publishedAt ? verdictOut(current.currentVerdict) : null;
  return { event: "claim.published" as const, data: { claim: claimOut(claim), rumor: { ...rumor, verdict } } };
}

/** A rumor readers can see, voided with a reason (issue 17's void; the hook for it is events.ts). */
export async function voidPayload(tx: Tx, rumorId: string, reason: string, voidedAt: Date) {
  const rumor = await publicRumor(tx, rumorId);
  if (!rumor) return null;
  return { event: "rumor.voided" as const, data: { rumor, reason, voidedAt: voidedAt.toISOString() } };
}
