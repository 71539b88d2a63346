import "server-only";
import type { CaptureOutcome, CaptureRef, DeskClaimSource, PublicQuoteEdit } from "@/lib/contracts/sources";
import { audit } from "@/server/auth/audit";
import { requireEditor, type Actor } from "@/server/auth/session";
import { readerClaimWhere } from "@/server/claims/visibility";
import { db } from "@/server/platform/db";
import { AppError, notFound } from "@/server/platform/errors";
import { wordDiff } from "@/server/sources/quote-track";

// Stealth edits as the desk and readers see them (issue 15, ADR 0034): the
// claim's source record (captures, versions, edits of its quote with a word
// diff), the public "edited" notice, the outlet's list, and the desk's
// "reviewed" mark that takes an edit off the work queue.

const captureRefSelect = { id: true, fetchedAt: true, status: true, finalUrl: true, outcome: true, version: { select: { number: true } } } as const;
type CaptureRow = { id: string; fetchedAt: Date; status: number; finalUrl: string; outcome: string | null; version: { number: number } | null };
const toRef = (c: CaptureRow): CaptureRef => ({
  id: c.id,
  fetchedAt: c.fetchedAt.toISOString(),
  status: c.status,
  finalUrl: c.finalUrl,
  outcome: c.outcome as CaptureOutcome | null,
  version: c.version?.number ?? null,
});
const kindOf = (kind: string) => (kind === "removed" ? ("removed" as const) : ("changed" as const));

/** The desk claim page's source record. */
export async function deskClaimSource(claimId: string, actor?: Actor | null): Promise<DeskClaimSource> {
  if (actor === undefined) await requireEditor();
  const claim = await db.claim.findUnique({ where: { id: claimId }, select: { articleId: true, article: { select: { url: true, byline: true } } } });
  if (!claim) throw notFound("The claim");
  const [captures, versions, edits] = await Promise.all([
    db.capture.findMany({ where: { articleId: claim.articleId }, orderBy: { fetchedAt: "asc" }, select: captureRefSelect }),
    db.articleVersion.count({ where: { articleId: claim.articleId } }),
    db.quoteEdit.findMany({ where: { claimId }, orderBy: { editedAt: "asc" }, include: { version: { select: { number: true } } } }),
  ]);
  return {
    articleId: claim.articleId,
    url: claim.article.url,
    byline: claim.article.byline,
    versions,
    captures: captures.map(toRef),
    edits: edits.map((e) => ({
      id: e.id,
      target: e.claimId ? "claim" : "evidence",
      kind: kindOf(e.kind),
      quoteText: e.quoteText,
      replacement: e.replacement,
      editedAt: e.editedAt.toISOString(),
      version: e.version.number,
      reviewedAt: e.reviewedAt?.toISOString() ?? null,
      diff: wordDiff(e.quoteText, e.replacement ?? ""),
    })),
  };
}

/** What readers see of a published claim's source: its captures (time and status) and the edits of its quote. */
export async function publicClaimSource(claimId: string): Promise<{ byline: string | null; captures: CaptureRef[]; edits: PublicQuoteEdit[] }> {
  const claim = await db.claim.findFirst({ where: { id: claimId, ...readerClaimWhere }, select: { articleId: true, article: { select: { byline: true } } } });
  if (!claim) throw notFound("The claim");
  const [captures, edits] = await Promise.all([
    db.capture.findMany({ where: { articleId: claim.articleId }, orderBy: { fetchedAt: "asc" }, select: captureRefSelect }),
    db.quoteEdit.findMany({ where: { claimId }, orderBy: { editedAt: "asc" }, select: { kind: true, quoteText: true, replacement: true, editedAt: true } }),
  ]);
  return {
    byline: claim.article.byline,
    captures: captures.map(toRef),
    edits: edits.map((e) => ({ kind: kindOf(e.kind), quoteText: e.quoteText, replacement: e.replacement, editedAt: e.editedAt.toISOString() })),
  };
}

/**
 * An outlet's stealth edits of the quotes of its published claims, newest
 * first. By slug, so that the outlet page reads them alongside its record
 * rather than after it (a round trip less to wait for on PostgreSQL).
 */
export async function outletStealthEdits(outletSlug: string, take = 100) {
  const rows = await db.quoteEdit.findMany({
    where: { article: { outlet: { slug: outletSlug } }, claim: readerClaimWhere },
    orderBy: { editedAt: "desc" },
    take,
    select: { id: true, kind: true, quoteText: true, replacement: true, editedAt: true, claimId: true, article: { select: { title: true } } },
  });
  return rows.map((r) => ({ ...r, kind: kindOf(r.kind), claimId: r.claimId!, editedAt: r.editedAt.toISOString(), articleTitle: r.article.title }));
}

/** Marks a stealth edit as seen by the desk (it leaves the work queue), in the audit log. */
export async function reviewQuoteEdit(id: string, actor?: Actor | null) {
  const who = actor === undefined ? await requireEditor() : actor;
  return db.$transaction(async (tx) => {
    const edit = await tx.quoteEdit.findUnique({ where: { id }, select: { claimId: true, evidenceId: true, reviewedAt: true } });
    if (!edit) throw notFound("The stealth edit");
    if (edit.reviewedAt) throw new AppError("conflict", "This edit was already marked as reviewed.");
    const reviewedAt = new Date();
    await tx.quoteEdit.update({ where: { id }, data: { reviewedAt, reviewedById: who?.id ?? null } });
    await audit(tx, who, {
      action: "quote-edit.review",
      entityType: edit.claimId ? "claim" : "evidence",
      entityId: (edit.claimId ?? edit.evidenceId)!,
      claimId: edit.claimId,
      after: { quoteEditId: id, reviewedAt },
    });
    return { id, reviewedAt: reviewedAt.toISOString() };
  });
}
