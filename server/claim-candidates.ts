import "server-only";
import { findClaimCandidates, type ClaimCandidate } from "@/lib/candidates/candidates";
import { db } from "./db";
import { notFound } from "./errors";
import { requireEditor, type Actor } from "./session";

export type ClaimCandidateItem = Omit<ClaimCandidate, "attributedTo"> & {
  /** The source named in the text, or the outlet itself when none is. */
  attributedTo: string;
  attributionFound: boolean;
  /** An existing claim already quotes (part of) this sentence. */
  claimed: boolean;
};

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
