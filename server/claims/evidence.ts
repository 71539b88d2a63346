import "server-only";
import { fieldErrors } from "@/lib/form-errors";
import { EvidenceCreateSchema, EvidenceRemoveSchema } from "@/lib/schemas/evidence";
import { db } from "@/server/platform/db";
import { audit, bumpClaimVersion, claimWrite } from "./versions";
import { AppError, invalid, notFound, parseInput } from "@/server/platform/errors";
import { assertLaterEvidence } from "./rules";
import { assertSpan } from "./claims";
import { readerChanged } from "@/server/cache/reader-cache";
import { requireEditor, type Actor } from "@/server/auth/session";

export async function addEvidence(claimId: string, input: unknown, actor?: Actor | null) {
  const who = actor === undefined ? await requireEditor() : actor;
  const data = parseInput(EvidenceCreateSchema, input);
  const attempt = { action: "evidence.add", entityType: "evidence" as const, entityId: "-", claimId, after: data };
  const created = await claimWrite(who, attempt, async (tx) => {
    const claim = await tx.claim.findUnique({
      where: { id: claimId },
      select: { id: true, articleId: true, article: { select: { publishedAt: true } }, event: { select: { name: true, date: true } } },
    });
    if (!claim) throw notFound("The claim");
    if (claim.articleId === data.articleId) throw invalid("A claim's own article cannot be its evidence.", { articleId: ["Same article as the claim."] });
    const article = await tx.article.findUnique({ where: { id: data.articleId }, select: { id: true, body: true, publishedAt: true } });
    if (!article) throw invalid("That article does not exist.", { articleId: ["Unknown article."] });
    const quoteText = assertSpan(article.body, data.start, data.end, data.quote);
    assertLaterEvidence(article, claim.article, claim.event);
    const same = await tx.evidence.findFirst({
      where: { claimId, articleId: article.id, quoteStart: data.start, quoteEnd: data.end },
      select: { id: true },
    });
    if (same) throw new AppError("duplicate", "This passage is already evidence for the claim.");
    const evidence = await tx.evidence.create({
      data: {
        claimId,
        articleId: article.id,
        quoteStart: data.start,
        quoteEnd: data.end,
        quoteText,
        stance: data.stance,
        note: data.note ?? null,
        createdById: who?.id ?? null,
      },
      select: { id: true, quoteText: true, stance: true, note: true, articleId: true, quoteStart: true, quoteEnd: true },
    });
    await bumpClaimVersion(tx, claimId, data.version);
    await audit(tx, who, { ...attempt, entityId: evidence.id, after: evidence });
    return { id: evidence.id };
  });
  readerChanged({ claimIds: [claimId] });
  return created;
}

/** `input`: `{ version? }`, the claim version the editor saw (as the API's query string gives it). */
export async function removeEvidence(id: string, input: unknown = {}, actor?: Actor | null) {
  const who = actor === undefined ? await requireEditor() : actor;
  const parsed = EvidenceRemoveSchema.safeParse(input);
  if (!parsed.success) throw new AppError("invalid", "version must be a positive whole number.", fieldErrors(parsed.error));
  const { version } = parsed.data;
  const evidence = await db.evidence.findUnique({
    where: { id },
    select: { claimId: true, articleId: true, quoteStart: true, quoteEnd: true, quoteText: true, stance: true, note: true },
  });
  if (!evidence) throw notFound("The evidence");
  const attempt = { action: "evidence.remove", entityType: "evidence" as const, entityId: id, claimId: evidence.claimId };
  await claimWrite(who, attempt, async (tx) => {
    await tx.evidence.delete({ where: { id } });
    await bumpClaimVersion(tx, evidence.claimId, version);
    await audit(tx, who, { ...attempt, before: evidence });
  });
  readerChanged({ claimIds: [evidence.claimId] });
  return { claimId: evidence.claimId };
}
