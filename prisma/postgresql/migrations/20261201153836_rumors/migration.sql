-- Rumors (issue 12): every existing claim becomes a rumor of its own, with
-- the same id, taking the claim's event, deadline, version, evidence and
-- verdict history; the claim keeps its quote, statement and attribution and
-- asserts its rumor. Nothing is lost: each id, verdict, evidence row and
-- rejection keeps its id, and audit rows of a claim also name its rumor.

-- CreateEnum
CREATE TYPE "ClaimStance" AS ENUM ('asserts', 'hedges', 'denies');

-- AlterTable
ALTER TABLE "AuditEvent" ADD COLUMN "rumorId" TEXT;
UPDATE "AuditEvent" SET "rumorId" = "claimId" WHERE "claimId" IS NOT NULL;
CREATE INDEX "AuditEvent_rumorId_at_idx" ON "AuditEvent"("rumorId", "at");

-- CreateTable
CREATE TABLE "Rumor" (
    "id" TEXT NOT NULL,
    "statement" TEXT NOT NULL,
    "eventId" TEXT,
    "deadline" TIMESTAMP(3),
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "currentVerdictId" TEXT,
    "publicClaims" INTEGER NOT NULL DEFAULT 0,
    "firstAt" TIMESTAMP(3),
    "rating" "Rating",
    "ratedAt" TIMESTAMP(3),

    CONSTRAINT "Rumor_pkey" PRIMARY KEY ("id")
);
INSERT INTO "Rumor" ("id", "statement", "eventId", "deadline", "createdById", "createdAt", "updatedAt", "version", "currentVerdictId", "publicClaims", "firstAt", "rating", "ratedAt")
SELECT "id", "statement", "eventId", "deadline", "createdById", "createdAt", "updatedAt", "version", "currentVerdictId",
  CASE WHEN "publishedAt" IS NULL THEN 0 ELSE 1 END, CASE WHEN "publishedAt" IS NULL THEN NULL ELSE "sourceAt" END, "rating", "ratedAt"
FROM "Claim";

-- Claim: its rumor, its stance, whom it relays, an override verdict, and
-- whether it is its rumor's first published appearance.
ALTER TABLE "Claim" DROP CONSTRAINT "Claim_currentVerdictId_fkey";
DROP INDEX "Claim_currentVerdictId_key";
ALTER TABLE "Claim" ADD COLUMN "rumorId" TEXT,
ADD COLUMN "stance" "ClaimStance" NOT NULL DEFAULT 'asserts',
ADD COLUMN "relayedFromId" TEXT,
ADD COLUMN "overrideVerdictId" TEXT,
ADD COLUMN "origin" BOOLEAN NOT NULL DEFAULT false;
UPDATE "Claim" SET "rumorId" = "id", "origin" = ("publishedAt" IS NOT NULL);
ALTER TABLE "Claim" ALTER COLUMN "rumorId" SET NOT NULL;
ALTER TABLE "Claim" DROP COLUMN "currentVerdictId",
DROP COLUMN "deadline",
DROP COLUMN "version";
CREATE UNIQUE INDEX "Claim_overrideVerdictId_key" ON "Claim"("overrideVerdictId");
CREATE INDEX "Claim_rumorId_sourceAt_idx" ON "Claim"("rumorId", "sourceAt");

-- Evidence and suggestion rejections now belong to the rumor (same ids).
ALTER TABLE "Evidence" DROP CONSTRAINT "Evidence_claimId_fkey";
DROP INDEX "Evidence_claimId_articleId_quoteStart_quoteEnd_key";
ALTER TABLE "Evidence" RENAME COLUMN "claimId" TO "rumorId";
CREATE UNIQUE INDEX "Evidence_rumorId_articleId_quoteStart_quoteEnd_key" ON "Evidence"("rumorId", "articleId", "quoteStart", "quoteEnd");

ALTER TABLE "SuggestionRejection" DROP CONSTRAINT "SuggestionRejection_claimId_fkey";
DROP INDEX "SuggestionRejection_claimId_articleId_quoteStart_quoteEnd_key";
ALTER TABLE "SuggestionRejection" RENAME COLUMN "claimId" TO "rumorId";
CREATE UNIQUE INDEX "SuggestionRejection_rumorId_articleId_quoteStart_quoteEnd_key" ON "SuggestionRejection"("rumorId", "articleId", "quoteStart", "quoteEnd");

-- Every existing verdict was on the whole claim: it becomes the rumor's.
-- "claimId" now marks a verdict on one claim alone (an override).
ALTER TABLE "Verdict" DROP CONSTRAINT "Verdict_claimId_fkey";
DROP INDEX "Verdict_claimId_decidedAt_idx";
ALTER TABLE "Verdict" RENAME COLUMN "claimId" TO "rumorId";
ALTER TABLE "Verdict" ADD COLUMN "claimId" TEXT;
CREATE INDEX "Verdict_rumorId_decidedAt_idx" ON "Verdict"("rumorId", "decidedAt");
CREATE INDEX "Verdict_claimId_idx" ON "Verdict"("claimId");

-- Every counted (published) claim is its rumor's first published appearance
-- and asserts it. EventTally now counts rumors: one per claim so far, with
-- the same event and rating, so its rows stay as they are.
ALTER TABLE "OutletTally" DROP CONSTRAINT "OutletTally_pkey";
ALTER TABLE "OutletTally" ADD COLUMN "stance" TEXT NOT NULL DEFAULT 'asserts',
ADD COLUMN "origin" BOOLEAN NOT NULL DEFAULT true;
ALTER TABLE "OutletTally" ALTER COLUMN "stance" DROP DEFAULT,
ALTER COLUMN "origin" DROP DEFAULT;
ALTER TABLE "OutletTally" ADD CONSTRAINT "OutletTally_pkey" PRIMARY KEY ("outletId", "own", "stance", "origin", "rating");

-- CreateTable
CREATE TABLE "MatchRejection" (
    "id" TEXT NOT NULL,
    "claimId" TEXT NOT NULL,
    "rumorId" TEXT NOT NULL,
    "rejectedById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "MatchRejection_pkey" PRIMARY KEY ("id")
);
CREATE INDEX "MatchRejection_rumorId_idx" ON "MatchRejection"("rumorId");
CREATE UNIQUE INDEX "MatchRejection_claimId_rumorId_key" ON "MatchRejection"("claimId", "rumorId");

-- CreateIndex
CREATE UNIQUE INDEX "Rumor_currentVerdictId_key" ON "Rumor"("currentVerdictId");
CREATE INDEX "Rumor_publicClaims_firstAt_id_idx" ON "Rumor"("publicClaims", "firstAt", "id");
CREATE INDEX "Rumor_eventId_firstAt_id_idx" ON "Rumor"("eventId", "firstAt", "id");
CREATE INDEX "Rumor_ratedAt_id_idx" ON "Rumor"("ratedAt", "id");
CREATE INDEX "Rumor_updatedAt_idx" ON "Rumor"("updatedAt");

-- AddForeignKey
ALTER TABLE "Rumor" ADD CONSTRAINT "Rumor_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "Rumor" ADD CONSTRAINT "Rumor_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "Rumor" ADD CONSTRAINT "Rumor_currentVerdictId_fkey" FOREIGN KEY ("currentVerdictId") REFERENCES "Verdict"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "Claim" ADD CONSTRAINT "Claim_rumorId_fkey" FOREIGN KEY ("rumorId") REFERENCES "Rumor"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "Claim" ADD CONSTRAINT "Claim_relayedFromId_fkey" FOREIGN KEY ("relayedFromId") REFERENCES "Outlet"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "Claim" ADD CONSTRAINT "Claim_overrideVerdictId_fkey" FOREIGN KEY ("overrideVerdictId") REFERENCES "Verdict"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "Evidence" ADD CONSTRAINT "Evidence_rumorId_fkey" FOREIGN KEY ("rumorId") REFERENCES "Rumor"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "Verdict" ADD CONSTRAINT "Verdict_rumorId_fkey" FOREIGN KEY ("rumorId") REFERENCES "Rumor"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "Verdict" ADD CONSTRAINT "Verdict_claimId_fkey" FOREIGN KEY ("claimId") REFERENCES "Claim"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "SuggestionRejection" ADD CONSTRAINT "SuggestionRejection_rumorId_fkey" FOREIGN KEY ("rumorId") REFERENCES "Rumor"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "MatchRejection" ADD CONSTRAINT "MatchRejection_claimId_fkey" FOREIGN KEY ("claimId") REFERENCES "Claim"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "MatchRejection" ADD CONSTRAINT "MatchRejection_rumorId_fkey" FOREIGN KEY ("rumorId") REFERENCES "Rumor"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Rumors are what readers see too: their changes move the reader generation
-- (20261121130000_reader_change).
CREATE TRIGGER "Rumor_reader_changed" AFTER INSERT OR UPDATE OR DELETE ON "Rumor" FOR EACH STATEMENT EXECUTE FUNCTION hindsight_reader_changed();
CREATE TRIGGER "Rumor_reader_changed_truncate" AFTER TRUNCATE ON "Rumor" FOR EACH STATEMENT EXECUTE FUNCTION hindsight_reader_changed();
