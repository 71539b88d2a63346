import "server-only";
import { VerdictCreateSchema, VerdictPublishSchema } from "@/lib/schemas/verdict";
import { claimFacts, syncClaimFacts } from "./facts";
import { audit, bumpClaimVersion, claimWrite } from "./versions";
import { db, type Tx } from "@/server/platform/db";
import { notFound, parseInput } from "@/server/platform/errors";
import { readerChanged } from "@/server/cache/reader-cache";
import { requireEditor, type Actor } from "@/server/auth/session";

const verdictSelect = { id: true, claimId: true, rating: true, rationale: true, decidedAt: true, publishedAt: true } as const;

/**
 * Points the claim at its most recently published verdict (what readers
 * see), or at none, and updates what follows from it (server/claims/facts.ts).
 * Called in the transaction that publishes or unpublishes, after the version bump.
 */
async function repointCurrent(tx: Tx, claimId: string) {
  const facts = await claimFacts(tx, claimId);
  const latest = await tx.verdict.findFirst({
    where: { claimId, publishedAt: { not: null } },
    orderBy: [{ publishedAt: "desc" }, { decidedAt: "desc" }],
    select: { id: true },
  });
  await tx.claim.update({ where: { id: claimId }, data: { currentVerdictId: latest?.id ?? null } });
  await syncClaimFacts(tx, claimId, facts);
}

/**
 * Records a new verdict, as a draft unless `publish` is set. Earlier
 * verdicts stay in the claim's history. Carries the claim version it was
 * based on: of two editors deciding at once, the second is refused.
 */
export async function recordVerdict(claimId: string, input: unknown, actor?: Actor | null) {
  const who = actor === undefined ? await requireEditor() : actor;
  const data = parseInput(VerdictCreateSchema, input);
  const attempt = {
    action: data.publish ? "verdict.record_publish" : "verdict.record_draft",
    entityType: "verdict" as const,
    entityId: "-",
    claimId,
    after: data,
  };
  const verdict = await claimWrite(who, attempt, async (tx) => {
    const claim = await tx.claim.findUnique({ where: { id: claimId }, select: { id: true } });
    if (!claim) throw notFound("The claim");
    await bumpClaimVersion(tx, claimId, data.version);
    const now = new Date();
    const verdict = await tx.verdict.create({
      data: { claimId, rating: data.rating, rationale: data.rationale, decidedById: who?.id ?? null, decidedAt: now, publishedAt: data.publish ? now : null },
      select: verdictSelect,
    });
    if (data.publish) await repointCurrent(tx, claimId);
    await audit(tx, who, { ...attempt, entityId: verdict.id, after: verdict });
    return verdict;
  });
  if (data.publish) readerChanged({ claimIds: [claimId] });
  return { ...verdict, version: data.version + 1 };
}

export async function setVerdictPublished(verdictId: string, input: unknown, publish: boolean, actor?: Actor | null) {
  const who = actor === undefined ? await requireEditor() : actor;
  const { version } = parseInput(VerdictPublishSchema, input);
  const found = await db.verdict.findUnique({ where: { id: verdictId }, select: verdictSelect });
  if (!found) throw notFound("The verdict");
  const attempt = { action: publish ? "verdict.publish" : "verdict.unpublish", entityType: "verdict" as const, entityId: verdictId, claimId: found.claimId };
  const result = await claimWrite(who, attempt, async (tx) => {
    await bumpClaimVersion(tx, found.claimId, version);
    const after = await tx.verdict.update({
      where: { id: verdictId },
      data: { publishedAt: publish ? (found.publishedAt ?? new Date()) : null },
      select: verdictSelect,
    });
    await repointCurrent(tx, found.claimId);
    await audit(tx, who, { ...attempt, before: found, after });
    return after;
  });
  readerChanged({ claimIds: [found.claimId] });
  return { ...result, version: version + 1 };
}
