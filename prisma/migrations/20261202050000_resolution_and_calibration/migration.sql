-- Resolution and calibration (issue 17, ADR 0032): a rumor's resolution
-- criteria, outcome date and void; a claim's certainty tier and lead days;
-- published claims counted per outlet by tier and rating.
-- AlterTable
ALTER TABLE "Rumor" ADD COLUMN "confirmedIf" TEXT;
ALTER TABLE "Rumor" ADD COLUMN "refutedIf" TEXT;
ALTER TABLE "Rumor" ADD COLUMN "criteriaChangedAt" DATETIME;
ALTER TABLE "Rumor" ADD COLUMN "outcomeAt" DATETIME;
ALTER TABLE "Rumor" ADD COLUMN "voidedAt" DATETIME;
ALTER TABLE "Rumor" ADD COLUMN "voidReason" TEXT;

-- AlterTable
ALTER TABLE "Claim" ADD COLUMN "certainty" TEXT NOT NULL DEFAULT 'unknown';
ALTER TABLE "Claim" ADD COLUMN "leadDays" INTEGER;

-- CreateTable
CREATE TABLE "CertaintyTally" (
    "outletId" TEXT NOT NULL,
    "certainty" TEXT NOT NULL,
    "rating" TEXT NOT NULL,
    "count" INTEGER NOT NULL,

    PRIMARY KEY ("outletId", "certainty", "rating"),
    CONSTRAINT "CertaintyTally_outletId_fkey" FOREIGN KEY ("outletId") REFERENCES "Outlet" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "Claim_outletId_leadDays_idx" ON "Claim"("outletId", "leadDays");

-- CreateIndex
CREATE INDEX "Claim_leadDays_idx" ON "Claim"("leadDays");

-- CreateIndex
CREATE INDEX "Claim_eventId_certainty_idx" ON "Claim"("eventId", "certainty");

-- Existing claims: every tier "unknown" until `npm run db:backfill-certainty`
-- detects it from the quote and attribution; the tallies count them so.
INSERT INTO "CertaintyTally" ("outletId", "certainty", "rating", "count")
SELECT "outletId", "certainty", COALESCE("rating", 'pending'), COUNT(*) FROM "Claim" WHERE "publishedAt" IS NOT NULL GROUP BY 1, 2, 3;

-- Lead days of published confirmed claims, to the event's day or else the
-- deadline (no rumor has an outcome date yet), floored like lib/lead-time.ts.
-- DATETIME values may be text or epoch milliseconds.
UPDATE "Claim" SET "leadDays" = (
  SELECT CASE WHEN m >= 0 THEN m / 86400000 ELSE (m - 86399999) / 86400000 END FROM (
    SELECT CAST(ROUND((
      julianday(CASE WHEN typeof(u) = 'integer' THEN datetime(u / 1000, 'unixepoch') ELSE u END) -
      julianday(CASE WHEN typeof("Claim"."sourceAt") = 'integer' THEN datetime("Claim"."sourceAt" / 1000, 'unixepoch') ELSE "Claim"."sourceAt" END)
    ) * 86400000) AS INTEGER) AS m FROM (
      SELECT COALESCE((SELECT e."date" FROM "Event" e WHERE e."id" = r."eventId"), r."deadline") AS u
      FROM "Rumor" r WHERE r."id" = "Claim"."rumorId"
    ) WHERE u IS NOT NULL
  )
)
WHERE "publishedAt" IS NOT NULL AND "rating" = 'confirmed';
