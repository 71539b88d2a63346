import "server-only";
import { fieldErrors } from "@/lib/form-errors";
import { EvidenceCreateSchema, EvidenceRemoveSchema } from "@/lib/schemas/evidence";
import { requireEditor, type Actor } from "@/server/auth/session";
import { readerChanged } from "@/server/cache/reader-cache";
import { db } from "@/server/platform/db";
import { AppError, invalid, notFound, parseInput } from "@/server/platform/errors";
import { assertSpan } from "./claims";
import { assertLaterEvidence, eventTimingSelect } from "./rules";
import { audit, bumpRumorVersion, rumorOfClaim, rumorWrite } from "./versions";

/**
 * Evidence settles a rumor, so it is the rumor's: every claim of the rumor
 * shares it. It must be quoted from a post-event article (or, with no event,
 * one published after the rumor's first appearance) other than a claim's own.
 */
export async function addRumorEvidence(rumorId: string, input: unknown, actor?: Actor | null, via: string | null = null) {
  const who = actor === undefined ? await requireEditor() : actor;
  const data = parseInput(EvidenceCreateSchema, input);
  // `via`: the claim whose page the editor attached it from (its audit trail).
  const attempt = { action: "evidence.add", entityType: "evidence" as const, entityId: "-", rumorId, claimId: via, after: data };
  const created = await rumorWrite(who, attempt, async (tx) => {
    const rumor = await tx.rumor.findUnique({
      where: { id: rumorId },
      select: {
        id: true,
        event: { select: eventTimingSelect },
        claims: { orderBy: { sourceAt: "asc" }, select: { articleId: true, article: { select: { publishedAt: true } } } },
      },
    });
    if (!rumor) throw notFound("The rumor");
    if (rumor.claims.some((c) => c.articleId === data.articleId)) {
      throw invalid("A claim's own article cannot be its evidence.", { articleId: ["Same article as a claim of this rumor."] });
    }
    const article = await tx.article.findUnique({ where: { id: data.articleId }, select: { id: true, body: true, publishedAt: true } });
    if (!article) throw invalid("That article does not exist.", { articleId: ["Unknown article."] });
    const quoteText = assertSpan(article.body, data.start, data.end, data.quote);
    const first = rumor.claims[0]?.article;
    if (first) assertLaterEvidence(article, first, rumor.event);
    const same = await tx.evidence.findFirst({ where: { rumorId, articleId: article.id, quoteStart: data.start, quoteEnd: data.end }, select: { id: true } });
    if (same) throw new AppError("duplicate", "This passage is already evidence for the rumor.");
    const evidence = await tx.evidence.create({
      data: {
        rumorId,
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
    const version = await bumpRumorVersion(tx, rumorId, data.version);
    await audit(tx, who, { ...attempt, entityId: evidence.id, after: evidence });
    return { id: evidence.id, rumorId, version };
  });
  readerChanged({ rumorIds: [rumorId] });
  return created;
}

/** `POST /api/v1/claims/{id}/evidence`: evidence for the claim's rumor. */
export async function addEvidence(claimId: string, input: unknown, actor?: Actor | null) {
  const who = actor === undefined ? await requireEditor() : actor;
  return addRumorEvidence(await rumorOfClaim(db, claimId), input, who, claimId);
}

/** `input`: `{ version? }`, the rumor version the editor saw (as the API's query string gives it). */
export async function removeEvidence(id: string, input: unknown = {}, actor?: Actor | null) {
  const who = actor === undefined ? await requireEditor() : actor;
  const parsed = EvidenceRemoveSchema.safeParse(input);
  if (!parsed.success) throw new AppError("invalid", "version must be a positive whole number.", fieldErrors(parsed.error));
  const { version } = parsed.data;
  const evidence = await db.evidence.findUnique({
    where: { id },
    select: { rumorId: true, articleId: true, quoteStart: true, quoteEnd: true, quoteText: true, stance: true, note: true },
  });
  if (!evidence) throw notFound("The evidence");
  const attempt = { action: "evidence.remove", entityType: "evidence" as const, entityId: id, rumorId: evidence.rumorId };
  await rumorWrite(who, attempt, async (tx) => {
    await tx.evidence.delete({ where: { id } });
    await bumpRumorVersion(tx, evidence.rumorId, version);
    await audit(tx, who, { ...attempt, before: evidence });
  });
  readerChanged({ rumorIds: [evidence.rumorId] });
  return { rumorId: evidence.rumorId };
}
