import "server-only";
import { VerdictCreateSchema } from "@/lib/schemas/verdict";
import { db } from "./db";
import { notFound, parseInput } from "./errors";
import { readerChanged } from "./reader-cache";
import { requireEditor, type Actor } from "./session";

/**
 * Records a new verdict. Earlier verdicts stay in the claim's history; the
 * claim's pointer moves to the new one in the same transaction.
 */
export async function recordVerdict(claimId: string, input: unknown, actor?: Actor | null) {
  const who = actor === undefined ? await requireEditor() : actor;
  const data = parseInput(VerdictCreateSchema, input);
  const verdict = await db.$transaction(async (tx) => {
    const claim = await tx.claim.findUnique({ where: { id: claimId }, select: { id: true } });
    if (!claim) throw notFound("The claim");
    const verdict = await tx.verdict.create({
      data: { claimId, rating: data.rating, rationale: data.rationale, decidedById: who?.id ?? null },
      select: { id: true, rating: true, rationale: true, decidedAt: true },
    });
    await tx.claim.update({ where: { id: claimId }, data: { currentVerdictId: verdict.id, version: { increment: 1 } } });
    return verdict;
  });
  readerChanged({ claimIds: [claimId] });
  return verdict;
}
