import "server-only";
import { attributionKind } from "@/lib/attribution";
import { leadDays } from "@/lib/lead-time";
import { ratingThrough, type ClaimStance } from "@/lib/stance";
import type { Rating } from "@/lib/verdicts";
import { Prisma, type Db, type Tx } from "@/server/platform/db";

// What reader aggregates need, kept on the rows themselves and in two tally
// tables so the dashboard never reads every claim (issues 6 and 12):
//  - Claim.rating / ratedAt: the claim's own rating — its override, or its
//    rumor's current verdict read through its stance (lib/stance.ts);
//    Claim.own (lib/attribution.ts), Claim.origin (its rumor's first
//    published appearance), Claim.eventId (its rumor's event);
//  - Rumor.publicClaims / firstAt / rating / ratedAt;
//  - OutletTally (outlet × own × stance × origin × rating) and CertaintyTally
//    (outlet × tier × rating): published claims; EventTally (event × rating):
//    rumors readers see. A void rumor and its claims count as "void", which
//    no score reads (issue 17);
//  - Claim.leadDays: days from the article to the rumor's outcome (its
//    outcome date, else its event's day, else its deadline), set only on a
//    published confirmed claim of a rumor that is not void; Claim.voided:
//    its rumor is void (the reader list's filter, issue 17).
// Claim.outletId and sourceAt (the source article's outlet and time) are set
// when the claim is created and never change.
//
// A write that may change any of it takes `rumorFacts` of every rumor it
// touches after the rumors are locked (the version bump), makes its change,
// then calls `syncRumorFacts` in the same transaction: the columns are
// recomputed for the rumor and all its claims, and the tallies move by the
// difference (`count = count + d`, atomic under concurrent writers).

const PENDING = "pending";
const VOID = "void";

type ClaimKey = { outletId: string; own: boolean; stance: string; origin: boolean; rating: string; certainty: string };
type RumorKey = { eventId: string | null; rating: string };
type RumorFacts = { id: string; rumor: (RumorKey & { counted: boolean }) | null; claims: Map<string, ClaimKey & { counted: boolean }> };

/** The facts of rumor `id` and its claims as last recorded (what the tallies count). */
async function rumorFacts(tx: Tx, id: string): Promise<RumorFacts> {
  const rumor = await tx.rumor.findUnique({
    where: { id },
    select: {
      eventId: true,
      rating: true,
      publicClaims: true,
      voidedAt: true,
      claims: { select: { id: true, publishedAt: true, outletId: true, own: true, stance: true, origin: true, rating: true, certainty: true } },
    },
  });
  const voided = rumor?.voidedAt != null;
  const claims = new Map<string, ClaimKey & { counted: boolean }>();
  for (const c of rumor?.claims ?? []) {
    const rating = voided ? VOID : (c.rating ?? PENDING);
    claims.set(c.id, { counted: c.publishedAt !== null, outletId: c.outletId, own: c.own, stance: c.stance, origin: c.origin, rating, certainty: c.certainty });
  }
  return { id, rumor: rumor ? { counted: rumor.publicClaims > 0, eventId: rumor.eventId, rating: voided ? VOID : (rumor.rating ?? PENDING) } : null, claims };
}

async function bumpClaim(tx: Tx, k: ClaimKey, delta: number) {
  await tx.$executeRaw`INSERT INTO "OutletTally" ("outletId", "own", "stance", "origin", "rating", "count") VALUES (${k.outletId}, ${k.own}, ${k.stance}, ${k.origin}, ${k.rating}, ${delta})
    ON CONFLICT ("outletId", "own", "stance", "origin", "rating") DO UPDATE SET "count" = "OutletTally"."count" + ${delta}`;
  await tx.$executeRaw`INSERT INTO "CertaintyTally" ("outletId", "certainty", "rating", "count") VALUES (${k.outletId}, ${k.certainty}, ${k.rating}, ${delta})
    ON CONFLICT ("outletId", "certainty", "rating") DO UPDATE SET "count" = "CertaintyTally"."count" + ${delta}`;
}

async function bumpRumor(tx: Tx, k: RumorKey, delta: number) {
  if (!k.eventId) return;
  await tx.$executeRaw`INSERT INTO "EventTally" ("eventId", "rating", "count") VALUES (${k.eventId}, ${k.rating}, ${delta})
    ON CONFLICT ("eventId", "rating") DO UPDATE SET "count" = "EventTally"."count" + ${delta}`;
}

const sameClaim = (a: ClaimKey, b: ClaimKey) =>
  a.outletId === b.outletId && a.own === b.own && a.stance === b.stance && a.origin === b.origin && a.rating === b.rating && a.certainty === b.certainty;

/**
 * Brings rumor `before.id`'s and its claims' denormalized columns and the
 * tallies up to date; `before` is what rumorFacts returned before the change.
 * A claim that left the rumor (moved, deleted) is uncounted here; one that
 * joined it is counted (so a move syncs both rumors). A rumor left without
 * claims is deleted, with its evidence and verdicts.
 */
async function syncRumorFacts(tx: Tx, before: RumorFacts): Promise<void> {
  const rumor = await tx.rumor.findUnique({
    where: { id: before.id },
    select: {
      eventId: true,
      publicClaims: true,
      firstAt: true,
      rating: true,
      ratedAt: true,
      currentVerdict: { select: { rating: true, decidedAt: true } },
      voidedAt: true,
      outcomeAt: true,
      deadline: true,
      event: { select: { date: true } },
      claims: {
        orderBy: [{ sourceAt: "asc" }, { id: "asc" }],
        select: {
          id: true,
          publishedAt: true,
          outletId: true,
          attributedTo: true,
          stance: true,
          sourceAt: true,
          eventId: true,
          own: true,
          origin: true,
          rating: true,
          ratedAt: true,
          certainty: true,
          leadDays: true,
          voided: true,
          overrideVerdict: { select: { rating: true, decidedAt: true } },
        },
      },
    },
  });
  for (const [id, old] of before.claims) if (old.counted && !rumor?.claims.some((c) => c.id === id)) await bumpClaim(tx, old, -1);
  if (!rumor) {
    if (before.rumor?.counted) await bumpRumor(tx, before.rumor, -1);
    return;
  }
  if (rumor.claims.length === 0) {
    if (before.rumor?.counted) await bumpRumor(tx, before.rumor, -1);
    await tx.rumor.update({ where: { id: before.id }, data: { currentVerdictId: null } });
    await tx.rumor.delete({ where: { id: before.id } });
    return;
  }
  // A void rumor has no verdict and its claims no rating (an override included).
  const voided = rumor.voidedAt !== null;
  const rumorRating: Rating | null = voided ? null : (rumor.currentVerdict?.rating ?? null);
  const outcome = rumor.outcomeAt ?? rumor.event?.date ?? rumor.deadline;
  const published = rumor.claims.filter((c) => c.publishedAt !== null);
  const originId = published[0]?.id ?? null;
  for (const c of rumor.claims) {
    const own = attributionKind(c.attributedTo) === "own";
    const override = voided ? null : c.overrideVerdict;
    const rating = override?.rating ?? ratingThrough(c.stance as ClaimStance, rumorRating);
    const ratedAt = override?.decidedAt ?? (rating ? (rumor.currentVerdict?.decidedAt ?? null) : null);
    const origin = c.id === originId;
    const lead = c.publishedAt !== null && rating === "confirmed" && outcome ? leadDays(c.sourceAt, outcome) : null;
    if (
      c.own !== own ||
      c.rating !== rating ||
      c.ratedAt?.getTime() !== ratedAt?.getTime() ||
      c.origin !== origin ||
      c.eventId !== rumor.eventId ||
      c.leadDays !== lead ||
      c.voided !== voided
    ) {
      await tx.claim.update({ where: { id: c.id }, data: { own, rating, ratedAt, origin, eventId: rumor.eventId, leadDays: lead, voided } });
    }
    const after = {
      counted: c.publishedAt !== null,
      outletId: c.outletId,
      own,
      stance: c.stance,
      origin,
      rating: voided ? VOID : (rating ?? PENDING),
      certainty: c.certainty,
    };
    const old = before.claims.get(c.id);
    if (old && old.counted === after.counted && (!after.counted || sameClaim(old, after))) continue;
    if (old?.counted) await bumpClaim(tx, old, -1);
    if (after.counted) await bumpClaim(tx, after, +1);
  }
  const next = {
    publicClaims: published.length,
    firstAt: published[0]?.sourceAt ?? null,
    rating: rumorRating,
    ratedAt: rumor.currentVerdict?.decidedAt ?? null,
  };
  if (
    rumor.publicClaims !== next.publicClaims ||
    rumor.firstAt?.getTime() !== next.firstAt?.getTime() ||
    rumor.rating !== next.rating ||
    rumor.ratedAt?.getTime() !== next.ratedAt?.getTime()
  ) {
    await tx.rumor.update({ where: { id: before.id }, data: next });
  }
  const afterRumor = { counted: next.publicClaims > 0, eventId: rumor.eventId, rating: voided ? VOID : (next.rating ?? PENDING) };
  const old = before.rumor;
  if (old && old.counted === afterRumor.counted && (!afterRumor.counted || (old.eventId === afterRumor.eventId && old.rating === afterRumor.rating))) return;
  if (old?.counted) await bumpRumor(tx, old, -1);
  if (afterRumor.counted) await bumpRumor(tx, afterRumor, +1);
}

/**
 * Moves one published claim's count in CertaintyTally from tier `from` to
 * `to`, under the rating it is tallied with (`void` for a void rumor's): for
 * a write that changes a tier and nothing else (the certainty backfill).
 * Atomic increments, so it is right beside concurrent writers.
 */
export async function moveCertaintyTally(tx: Tx, c: { outletId: string; rating: string | null; voided: boolean }, from: string, to: string) {
  const rating = c.voided ? VOID : (c.rating ?? PENDING);
  for (const [certainty, delta] of [
    [from, -1],
    [to, 1],
  ] as const) {
    await tx.$executeRaw`INSERT INTO "CertaintyTally" ("outletId", "certainty", "rating", "count") VALUES (${c.outletId}, ${certainty}, ${rating}, ${delta})
      ON CONFLICT ("outletId", "certainty", "rating") DO UPDATE SET "count" = "CertaintyTally"."count" + ${delta}`;
  }
}

/**
 * Rebuilds both tally tables from the rows (bulk loads, repairs). The claims'
 * and rumors' own denormalized columns must already be right.
 */
export async function recountTallies(tx: Tx | Db): Promise<void> {
  const claimRating = Prisma.raw(`CASE WHEN r."voidedAt" IS NOT NULL THEN '${VOID}' ELSE COALESCE(CAST(c."rating" AS TEXT), '${PENDING}') END`);
  const rumorRating = Prisma.raw(`CASE WHEN "voidedAt" IS NOT NULL THEN '${VOID}' ELSE COALESCE(CAST("rating" AS TEXT), '${PENDING}') END`);
  const stanceText = Prisma.raw(`CAST(c."stance" AS TEXT)`);
  await tx.$executeRaw`DELETE FROM "OutletTally"`;
  await tx.$executeRaw`DELETE FROM "CertaintyTally"`;
  await tx.$executeRaw`DELETE FROM "EventTally"`;
  await tx.$executeRaw`INSERT INTO "OutletTally" ("outletId", "own", "stance", "origin", "rating", "count")
    SELECT c."outletId", c."own", ${stanceText}, c."origin", ${claimRating}, COUNT(*) FROM "Claim" c JOIN "Rumor" r ON r."id" = c."rumorId"
    WHERE c."publishedAt" IS NOT NULL GROUP BY 1, 2, 3, 4, 5`;
  await tx.$executeRaw`INSERT INTO "CertaintyTally" ("outletId", "certainty", "rating", "count")
    SELECT c."outletId", c."certainty", ${claimRating}, COUNT(*) FROM "Claim" c JOIN "Rumor" r ON r."id" = c."rumorId"
    WHERE c."publishedAt" IS NOT NULL GROUP BY 1, 2, 3`;
  await tx.$executeRaw`INSERT INTO "EventTally" ("eventId", "rating", "count")
    SELECT "eventId", ${rumorRating}, COUNT(*) FROM "Rumor" WHERE "publicClaims" > 0 AND "eventId" IS NOT NULL GROUP BY 1, 2`;
}

/** Runs `change` with the facts of every rumor in `ids` kept right around it (see above). */
export async function withRumorFacts<T>(tx: Tx, ids: string[], change: () => Promise<T>): Promise<T> {
  const before: RumorFacts[] = [];
  for (const id of new Set(ids)) before.push(await rumorFacts(tx, id));
  const result = await change();
  for (const facts of before) await syncRumorFacts(tx, facts);
  return result;
}
