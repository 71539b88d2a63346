import "server-only";
import { audit } from "@/server/auth/audit";
import { db } from "@/server/platform/db";
import { detectedCertainty } from "@/server/claims/claims";
import { recountTallies } from "@/server/claims/facts";

const BATCH = 500;

/**
 * Gives every claim whose tier is "unknown" (those made before tiers were
 * stored, issue 17) the tier the candidates detector reads from its quote
 * and attribution, then rebuilds the tallies. Run once after migrating
 * (`npm run db:backfill-certainty`); an editor's later choice is never
 * overwritten, since only "unknown" rows are read. Answers how many changed.
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
        changed += (await tx.claim.updateMany({ where: { id: r.id, certainty: "unknown" }, data: { certainty } })).count;
      }
    });
    log(`${changed} claims given a tier so far`);
  }
  await db.$transaction(
    async (tx) => {
      await recountTallies(tx);
      await audit(tx, null, { action: "claims.certainty_backfill", entityType: "claim", entityId: "-", after: { changed } });
    },
    { timeout: 600_000 },
  );
  return changed;
}
