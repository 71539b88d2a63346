import "server-only";
import { QuoteEditSchema } from "@/lib/schemas/editing";
import { requireEditor, type Actor } from "@/server/auth/session";
import { readerChanged } from "@/server/cache/reader-cache";
import { db } from "@/server/platform/db";
import { AppError, notFound, parseInput } from "@/server/platform/errors";
import { assertSpan } from "./claims";
import { audit, bumpRumorVersion, rumorWrite } from "./versions";

// Correcting a quote's boundaries (issue 14): the editor widens or narrows
// the span; the new one is checked against the stored article text like a
// new quote, and the rumor's version guards it like every other write.

const quoteSelect = { rumorId: true, articleId: true, quoteStart: true, quoteEnd: true, quoteText: true, article: { select: { body: true } } } as const;
const spanOf = (q: { quoteStart: number; quoteEnd: number; quoteText: string }) => ({ start: q.quoteStart, end: q.quoteEnd, text: q.quoteText });

/** `PATCH /api/v1/claims/{id}/quote`: new `start`/`end` (and the `quote` the editor saw), with the rumor `version`. */
export async function editClaimQuote(id: string, input: unknown, actor?: Actor | null) {
  const who = actor === undefined ? await requireEditor() : actor;
  const data = parseInput(QuoteEditSchema, input);
  const claim = await db.claim.findUnique({ where: { id }, select: quoteSelect });
  if (!claim) throw notFound("The claim");
  const attempt = { action: "claim.quote", entityType: "claim" as const, entityId: id, claimId: id, rumorId: claim.rumorId, after: data };
  const result = await rumorWrite(who, attempt, async (tx) => {
    const version = await bumpRumorVersion(tx, claim.rumorId, data.version);
    const text = assertSpan(claim.article.body, data.start, data.end, data.quote);
    await tx.claim.update({ where: { id }, data: { quoteStart: data.start, quoteEnd: data.end, quoteText: text } });
    await audit(tx, who, { ...attempt, before: { quote: spanOf(claim) }, after: { quote: { start: data.start, end: data.end, text } } });
    return { id, rumorId: claim.rumorId, version };
  });
  readerChanged({ claimIds: [id] });
  return result;
}

/** `PATCH /api/v1/evidence/{id}`: the same for a piece of evidence (its rumor's version). */
export async function editEvidenceQuote(id: string, input: unknown, actor?: Actor | null) {
  const who = actor === undefined ? await requireEditor() : actor;
  const data = parseInput(QuoteEditSchema, input);
  const evidence = await db.evidence.findUnique({ where: { id }, select: quoteSelect });
  if (!evidence) throw notFound("The evidence");
  const attempt = { action: "evidence.quote", entityType: "evidence" as const, entityId: id, rumorId: evidence.rumorId, after: data };
  const result = await rumorWrite(who, attempt, async (tx) => {
    const version = await bumpRumorVersion(tx, evidence.rumorId, data.version);
    const text = assertSpan(evidence.article.body, data.start, data.end, data.quote);
    const same = await tx.evidence.findFirst({
      where: { rumorId: evidence.rumorId, articleId: evidence.articleId, quoteStart: data.start, quoteEnd: data.end, id: { not: id } },
      select: { id: true },
    });
    if (same) throw new AppError("duplicate", "This passage is already evidence for the rumor.");
    await tx.evidence.update({ where: { id }, data: { quoteStart: data.start, quoteEnd: data.end, quoteText: text } });
    await audit(tx, who, { ...attempt, before: { quote: spanOf(evidence) }, after: { quote: { start: data.start, end: data.end, text } } });
    return { id, rumorId: evidence.rumorId, version };
  });
  readerChanged({ rumorIds: [evidence.rumorId] });
  return result;
}
