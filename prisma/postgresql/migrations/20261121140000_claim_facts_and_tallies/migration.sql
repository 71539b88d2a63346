-- DropIndex
DROP INDEX "Claim_eventId_idx";

-- DropIndex: nearly every claim is published, the index served nothing.
DROP INDEX "Claim_publishedAt_idx";

-- DropIndex
DROP INDEX "Event_date_idx";

-- CreateIndex: event lists, newest first, then by name (their keyset order).
CREATE INDEX "Event_date_name_id_idx" ON "Event"("date" DESC, "name", "id");

-- AlterTable: added nullable, backfilled, then required (issue 6): the source
-- article's outlet and day, the current verdict's rating and time, and
-- whether the claim is the outlet's own (lib/attribution.ts:
-- /^\s*the outlet itself\b/i). Kept by server/claim-facts.ts from now on.
ALTER TABLE "Claim" ADD COLUMN     "outletId" TEXT,
ADD COLUMN     "own" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "ratedAt" TIMESTAMP(3),
ADD COLUMN     "rating" "Rating",
ADD COLUMN     "sourceAt" TIMESTAMP(3);

UPDATE "Claim" c SET "outletId" = a."outletId", "sourceAt" = a."publishedAt"
FROM "Article" a WHERE a."id" = c."articleId";
UPDATE "Claim" c SET "rating" = v."rating", "ratedAt" = v."decidedAt"
FROM "Verdict" v WHERE v."id" = c."currentVerdictId";
UPDATE "Claim" SET "own" = true WHERE "attributedTo" ~* '^\s*the outlet itself([^A-Za-z0-9_]|$)';

ALTER TABLE "Claim" ALTER COLUMN "outletId" SET NOT NULL,
ALTER COLUMN "sourceAt" SET NOT NULL;

-- CreateTable
CREATE TABLE "OutletTally" (
    "outletId" TEXT NOT NULL,
    "own" BOOLEAN NOT NULL,
    "rating" TEXT NOT NULL,
    "count" INTEGER NOT NULL,

    CONSTRAINT "OutletTally_pkey" PRIMARY KEY ("outletId","own","rating")
);

-- CreateTable
CREATE TABLE "EventTally" (
    "eventId" TEXT NOT NULL,
    "rating" TEXT NOT NULL,
    "count" INTEGER NOT NULL,

    CONSTRAINT "EventTally_pkey" PRIMARY KEY ("eventId","rating")
);

-- CreateIndex
CREATE INDEX "Claim_eventId_sourceAt_quoteStart_id_idx" ON "Claim"("eventId", "sourceAt", "quoteStart", "id");

-- CreateIndex
CREATE INDEX "Claim_outletId_sourceAt_quoteStart_id_idx" ON "Claim"("outletId", "sourceAt", "quoteStart", "id");

-- CreateIndex
CREATE INDEX "Claim_sourceAt_quoteStart_id_idx" ON "Claim"("sourceAt", "quoteStart", "id");

-- CreateIndex
CREATE INDEX "Claim_ratedAt_id_idx" ON "Claim"("ratedAt", "id");

-- CreateIndex
CREATE INDEX "Claim_updatedAt_idx" ON "Claim"("updatedAt");

-- AddForeignKey
ALTER TABLE "Claim" ADD CONSTRAINT "Claim_outletId_fkey" FOREIGN KEY ("outletId") REFERENCES "Outlet"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OutletTally" ADD CONSTRAINT "OutletTally_outletId_fkey" FOREIGN KEY ("outletId") REFERENCES "Outlet"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EventTally" ADD CONSTRAINT "EventTally_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Backfill: the tallies of the published claims (server/claim-facts.ts).
INSERT INTO "OutletTally" ("outletId", "own", "rating", "count")
SELECT "outletId", "own", COALESCE("rating"::text, 'pending'), COUNT(*) FROM "Claim" WHERE "publishedAt" IS NOT NULL GROUP BY 1, 2, 3;
INSERT INTO "EventTally" ("eventId", "rating", "count")
SELECT "eventId", COALESCE("rating"::text, 'pending'), COUNT(*) FROM "Claim" WHERE "publishedAt" IS NOT NULL AND "eventId" IS NOT NULL GROUP BY 1, 2;
