import "server-only";
import { checkSpan } from "@/lib/spans";
import { parseDay } from "@/lib/dates";
import { ClaimCreateSchema, ClaimUpdateSchema } from "@/lib/schemas/claim";
import { db, type Tx } from "./db";
import { AppError, invalid, notFound, parseInput } from "./errors";
import { assertLaterEvidence, assertPreEvent } from "./claim-rules";
import { readerChanged } from "./reader-cache";
import { requireEditor, type Actor } from "./session";

export function assertSpan(body: string, start: number, end: number, quote?: string) {
  const check = checkSpan(body, start, end, quote);
  if (!check.ok) throw invalid(check.message, { start: [check.message] });
  return check.quote;
}

async function loadEvent(tx: Tx, eventId: string | null | undefined) {
  if (!eventId) return null;
  const event = await tx.event.findUnique({ where: { id: eventId }, select: { id: true, name: true, date: true } });
  if (!event) throw invalid("That event does not exist.", { eventId: ["Unknown event."] });
  return event;
}

export async function createClaim(input: unknown, actor?: Actor | null) {
  const who = actor === undefined ? await requireEditor() : actor;
  const data = parseInput(ClaimCreateSchema, input);
  const claim = await db.$transaction(async (tx) => {
    const article = await tx.article.findUnique({ where: { id: data.articleId }, select: { id: true, body: true, publishedAt: true } });
    if (!article) throw invalid("That article does not exist.", { articleId: ["Unknown article."] });
    const quoteText = assertSpan(article.body, data.start, data.end, data.quote);
    const event = await loadEvent(tx, data.eventId);
    assertPreEvent(article, event);
    return tx.claim.create({
      data: {
        articleId: article.id,
        eventId: event?.id ?? null,
        quoteStart: data.start,
        quoteEnd: data.end,
        quoteText,
        statement: data.statement,
        attributedTo: data.attributedTo,
        deadline: data.deadline ? parseDay(data.deadline) : null,
        createdById: who?.id ?? null,
      },
      select: { id: true, version: true },
    });
  });
  readerChanged({ claimIds: [claim.id] });
  return claim;
}

/**
 * Edits a claim's wording or event. The edit carries the version it was based
 * on; if someone else changed the claim meanwhile it is refused, not merged.
 */
export async function updateClaim(id: string, input: unknown, actor?: Actor | null) {
  if (actor === undefined) await requireEditor();
  const data = parseInput(ClaimUpdateSchema, input);
  const result = await db.$transaction(async (tx) => {
    const claim = await tx.claim.findUnique({
      where: { id },
      select: {
        version: true,
        article: { select: { publishedAt: true } },
        evidence: { select: { article: { select: { publishedAt: true } } } },
      },
    });
    if (!claim) throw notFound("The claim");
    if (data.eventId !== undefined) {
      const event = await loadEvent(tx, data.eventId);
      assertPreEvent(claim.article, event);
      for (const e of claim.evidence) assertLaterEvidence(e.article, claim.article, event);
    }
    const updated = await tx.claim.updateMany({
      where: { id, version: data.version },
      data: {
        statement: data.statement,
        attributedTo: data.attributedTo,
        eventId: data.eventId,
        deadline: data.deadline === undefined ? undefined : data.deadline ? parseDay(data.deadline) : null,
        version: { increment: 1 },
      },
    });
    if (updated.count === 0) {
      throw new AppError("conflict", "Someone else changed this claim while you were editing. Reload to see their version.", undefined, {
        currentVersion: claim.version,
      });
    }
    return { id, version: data.version + 1 };
  });
  readerChanged({ claimIds: [id] });
  return result;
}

export async function deleteClaim(id: string, actor?: Actor | null) {
  if (actor === undefined) await requireEditor();
  const found = await db.claim.findUnique({ where: { id }, select: { id: true } });
  if (!found) throw notFound("The claim");
  // Clear the pointer first: the current verdict is one of the rows the
  // cascade removes.
  await db.$transaction([
    db.claim.update({ where: { id }, data: { currentVerdictId: null } }),
    db.claim.delete({ where: { id } }),
  ]);
  readerChanged({ claimIds: [id] });
}

export {
  getClaim,
  listClaims,
  listClaimsForEvidence,
  listEvidenceArticles,
  type ClaimDetail,
  type ClaimListItem,
} from "./claim-queries";
