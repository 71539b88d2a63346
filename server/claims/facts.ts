import "server-only";
import { attributionKind } from "@/lib/attribution";
import { Prisma, type Db, type Tx } from "@/server/platform/db";

// What reader aggregates need of a claim, kept on the claim itself and in
// two tally tables so the dashboard never reads every claim (issue 6):
//  - Claim.rating / ratedAt: its current (latest published) verdict's rating
//    and decision time, null while pending;
//  - Claim.own: attributed to the outlet itself (lib/attribution.ts);
//  - OutletTally (outlet × own × rating) and EventTally (event × rating): how
//    many published claims have each combination.
// Claim.outletId and sourceAt (the source article's outlet and day) are set
// when the claim is created and never change (articles are never edited).
//
// Every write that may change a claim's visibility, verdict, event or
// attribution reads `claimFacts` first, after the row is locked (the
// version bump), changes the claim, then calls `syncClaimFacts` in the same
// transaction. The tallies move by increments (`count = count + d`), which
// PostgreSQL applies atomically under concurrent writers.

export type ClaimFacts = { counted: boolean; outletId: string; eventId: string | null; own: boolean; rating: string };

const PENDING = "pending";

/** The facts as last recorded for claim `id` (what the tallies count it as); null if it does not exist. */
export async function claimFacts(tx: Tx, id: string): Promise<ClaimFacts | null> {
  const row = await tx.claim.findUnique({ where: { id }, select: { publishedAt: true, outletId: true, eventId: true, own: true, rating: true } });
  if (!row) return null;
  return { counted: row.publishedAt !== null, outletId: row.outletId, eventId: row.eventId, own: row.own, rating: row.rating ?? PENDING };
}

async function bump(tx: Tx, facts: ClaimFacts, delta: number) {
  if (!facts.counted || delta === 0) return;
  await tx.$executeRaw`INSERT INTO "OutletTally" ("outletId", "own", "rating", "count") VALUES (${facts.outletId}, ${facts.own}, ${facts.rating}, ${delta})
    ON CONFLICT ("outletId", "own", "rating") DO UPDATE SET "count" = "OutletTally"."count" + ${delta}`;
  if (facts.eventId) {
    await tx.$executeRaw`INSERT INTO "EventTally" ("eventId", "rating", "count") VALUES (${facts.eventId}, ${facts.rating}, ${delta})
      ON CONFLICT ("eventId", "rating") DO UPDATE SET "count" = "EventTally"."count" + ${delta}`;
  }
}

const same = (a: ClaimFacts | null, b: ClaimFacts | null) =>
  a?.counted === b?.counted && a?.outletId === b?.outletId && a?.eventId === b?.eventId && a?.own === b?.own && a?.rating === b?.rating;

/**
 * Brings claim `id`'s denormalized columns and the tallies up to date with
 * its current state; `before` is what claimFacts returned before the change.
 * For a deleted claim, call it after the delete: it is then uncounted.
 */
export async function syncClaimFacts(tx: Tx, id: string, before: ClaimFacts | null): Promise<void> {
  const claim = await tx.claim.findUnique({
    where: { id },
    select: {
      publishedAt: true,
      outletId: true,
      eventId: true,
      attributedTo: true,
      rating: true,
      ratedAt: true,
      own: true,
      currentVerdict: { select: { rating: true, decidedAt: true } },
    },
  });
  let after: ClaimFacts | null = null;
  if (claim) {
    const own = attributionKind(claim.attributedTo) === "own";
    const rating = claim.currentVerdict?.rating ?? null;
    const ratedAt = claim.currentVerdict?.decidedAt ?? null;
    if (claim.own !== own || claim.rating !== rating || claim.ratedAt?.getTime() !== ratedAt?.getTime()) {
      await tx.claim.update({ where: { id }, data: { own, rating, ratedAt } });
    }
    after = { counted: claim.publishedAt !== null, outletId: claim.outletId, eventId: claim.eventId, own, rating: rating ?? PENDING };
  }
  if (same(before, after)) return;
  if (before) await bump(tx, before, -1);
  if (after) await bump(tx, after, +1);
}

/**
 * Rebuilds both tally tables from the claims (bulk loads, repairs). The
 * claims' own denormalized columns must already be right.
 */
export async function recountTallies(tx: Tx | Db): Promise<void> {
  const ratingText = Prisma.raw(`COALESCE(CAST("rating" AS TEXT), '${PENDING}')`);
  await tx.$executeRaw`DELETE FROM "OutletTally"`;
  await tx.$executeRaw`DELETE FROM "EventTally"`;
  await tx.$executeRaw`INSERT INTO "OutletTally" ("outletId", "own", "rating", "count")
    SELECT "outletId", "own", ${ratingText}, COUNT(*) FROM "Claim" WHERE "publishedAt" IS NOT NULL GROUP BY 1, 2, 3`;
  await tx.$executeRaw`INSERT INTO "EventTally" ("eventId", "rating", "count")
    SELECT "eventId", ${ratingText}, COUNT(*) FROM "Claim" WHERE "publishedAt" IS NOT NULL AND "eventId" IS NOT NULL GROUP BY 1, 2`;
}
