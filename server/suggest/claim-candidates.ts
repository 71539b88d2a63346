import "server-only";
import { findClaimCandidates } from "@/lib/candidates/candidates";
import type { ClaimCandidateItem } from "@/lib/contracts/suggest";
import { db } from "@/server/platform/db";
import { notFound } from "@/server/platform/errors";
import { requireEditor, type Actor } from "@/server/auth/session";

export async function listClaimCandidates(articleId: string, actor?: Actor | null): Promise<ClaimCandidateItem[]> {
  if (actor === undefined) await requireEditor();
  const article = await db.article.findUnique({
    where: { id: articleId },
    select: { body: true, publishedAt: true, outlet: { select: { name: true } }, claims: { select: { quoteStart: true, quoteEnd: true } } },
  });
  if (!article) throw notFound("The article");
  return findClaimCandidates(article.body, article.publishedAt).map((c) => ({
    ...c,
    attributedTo: c.attributedTo ?? article.outlet.name,
    attributionFound: c.attributedTo !== null,
    claimed: article.claims.some((k) => k.quoteStart < c.end && c.start < k.quoteEnd),
  }));
}
