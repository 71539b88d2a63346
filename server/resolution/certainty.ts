import "server-only";
import { audit } from "@/server/auth/audit";
import { readerChanged } from "@/server/cache/reader-cache";
import { db } from "@/server/platform/db";
import { detectedCertainty } from "@/server/claims/claims";
import { moveCertaintyTally } from "@/server/claims/facts";

const BATCH = 500;
/** The audit row a finished backfill leaves: its presence is what "done" means. */
const DONE = { action: "claims.certainty_backfill", entityType: "claim", entityId: "-" } as const;

/**
 * Gives every claim whose tier is "unknown" (those made before tiers were
 * stored, issue 17) the tier the candidates detector reads from its quote
 * and attribution, moving each published one's count in CertaintyTally in
 * the same transaction (atomic increments: app servers may be writing
 * meanwhile). An editor's choice is never overwritten, since only rows still
 * "unknown" are changed; a claim the detector cannot place stays "unknown".
 * Ends by writing its audit row, the mark `backfillCertaintyOnce` looks for.
 * Answers how many changed.
 */
export async function backfillCertainty(log: (line: string) => void = () => {}): Promise<number> {
  let changed = 0;
  let after = "";
  for (;;) {
    const rows = await db.claim.findMany({
      where: { certainty: "unknown", id: { gt: after } },
      orderBy: { id: "asc" },
      take: BATCH,
      select: { id: true, quoteText: true, attributedTo: true },
    });
    if (rows.length === 0) break;
    after = rows[rows.length - 1]!.id;
    await db.$transaction(async (tx) => {
      for (const r of rows) {
        const certainty = detectedCertainty(r.quoteText, r.attributedTo);
        if (certainty === "unknown") continue;
        // Only a row still "unknown": an editor's choice made meanwhile stays.
        if ((await tx.claim.updateMany({ where: { id: r.id, certainty: "unknown" }, data: { certainty } })).count === 0) continue;
        changed++;
        const claim = await tx.claim.findUniqueOrThrow({ where: { id: r.id }, select: { publishedAt: true, outletId: true, rating: true, voided: true } });
        if (claim.publishedAt) await moveCertaintyTally(tx, claim, "unknown", certainty);
      }
    });
    log(`${changed} claims given a tier so far`);
  }
  await db.$transaction((tx) => audit(tx, null, { ...DONE, after: { changed } }));
  if (changed > 0) readerChanged();
  return changed;
}

/**
 * The backfill, unless this database has had it: one indexed read when it
 * has, so every server start can ask (instrumentation.ts). Null when skipped.
 */
export async function backfillCertaintyOnce(log?: (line: string) => void): Promise<number | null> {
  const done = await db.auditEvent.findFirst({ where: DONE, select: { id: true } });
  return done ? null : backfillCertainty(log);
}

/** At server start, without holding up readiness: a failure is logged, and the next start tries again. */
export function backfillCertaintyInBackground(): void {
  backfillCertaintyOnce().then(
    (changed) => {
      if (changed !== null) console.log(`Certainty tiers: ${changed} claim${changed === 1 ? "" : "s"} given a tier (a one-off after upgrading).`);
    },
    (error: unknown) => console.error("Certainty tiers: the backfill failed; the next start tries again.", error),
  );
}
