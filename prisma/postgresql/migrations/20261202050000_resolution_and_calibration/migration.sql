-- Resolution and calibration (issue 17, ADR 0032): a rumor's resolution
-- criteria, outcome date and void; a claim's certainty tier and lead days;
-- published claims counted per outlet by tier and rating.
-- AlterTable
ALTER TABLE "Rumor" ADD COLUMN     "confirmedIf" TEXT,
ADD COLUMN     "criteriaChangedAt" TIMESTAMP(3),
ADD COLUMN     "outcomeAt" TIMESTAMP(3),
ADD COLUMN     "refutedIf" TEXT,
ADD COLUMN     "voidReason" TEXT,
ADD COLUMN     "voidedAt" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "Claim" ADD COLUMN     "certainty" TEXT NOT NULL DEFAULT 'unknown',
ADD COLUMN     "leadDays" INTEGER;

-- CreateTable
CREATE TABLE "CertaintyTally" (
    "outletId" TEXT NOT NULL,
    "certainty" TEXT NOT NULL,
    "rating" TEXT NOT NULL,
    "count" INTEGER NOT NULL,

    CONSTRAINT "CertaintyTally_pkey" PRIMARY KEY ("outletId","certainty","rating")
);

-- CreateIndex
CREATE INDEX "Claim_outletId_leadDays_idx" ON "Claim"("outletId", "leadDays");

-- CreateIndex
CREATE INDEX "Claim_leadDays_idx" ON "Claim"("leadDays");

-- CreateIndex
CREATE INDEX "Claim_eventId_certainty_idx" ON "Claim"("eventId", "certainty");

-- AddForeignKey
ALTER TABLE "CertaintyTally" ADD CONSTRAINT "CertaintyTally_outletId_fkey" FOREIGN KEY ("outletId") REFERENCES "Outlet"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Existing claims: every tier "unknown" until `npm run db:backfill-certainty`
-- detects it from the quote and attribution; the tallies count them so.
INSERT INTO "CertaintyTally" ("outletId", "certainty", "rating", "count")
SELECT "outletId", "certainty", COALESCE(CAST("rating" AS TEXT), 'pending'), COUNT(*) FROM "Claim" WHERE "publishedAt" IS NOT NULL GROUP BY 1, 2, 3;

-- Lead days of published confirmed claims, to the event's day or else the
-- deadline (no rumor has an outcome date yet), floored like lib/lead-time.ts.
UPDATE "Claim" c SET "leadDays" = FLOOR(EXTRACT(EPOCH FROM (COALESCE(e."date", r."deadline") - c."sourceAt")) / 86400)::INTEGER
FROM "Rumor" r LEFT JOIN "Event" e ON e."id" = r."eventId"
WHERE r."id" = c."rumorId" AND c."publishedAt" IS NOT NULL AND c."rating" = 'confirmed' AND COALESCE(e."date", r."deadline") IS NOT NULL;
