-- Issue 14 (ADR 0028): review before publish and assignment. A verdict's
-- review state (published exactly when publishedAt is set), its review
-- thread, the newsroom's settings row, and who is assigned to a claim or an
-- article. Existing verdicts keep their meaning: published ones are
-- `published`, the rest drafts. A database that already holds verdicts keeps
-- publishing as it did (review off); a new install has no row, which reads as on.
-- CreateEnum
CREATE TYPE "ReviewState" AS ENUM ('draft', 'in_review', 'approved', 'changes_requested', 'published');

-- AlterTable
ALTER TABLE "Article" ADD COLUMN     "assigneeId" TEXT;

-- AlterTable
ALTER TABLE "Claim" ADD COLUMN     "assigneeId" TEXT;

-- AlterTable
ALTER TABLE "Verdict" ADD COLUMN     "reviewState" "ReviewState" NOT NULL DEFAULT 'draft';
UPDATE "Verdict" SET "reviewState" = 'published' WHERE "publishedAt" IS NOT NULL;

-- CreateTable
CREATE TABLE "VerdictReview" (
    "id" TEXT NOT NULL,
    "verdictId" TEXT NOT NULL,
    "actorId" TEXT,
    "action" TEXT NOT NULL,
    "comment" TEXT,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "VerdictReview_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "NewsroomSettings" (
    "id" INTEGER NOT NULL DEFAULT 1,
    "reviewBeforePublish" BOOLEAN NOT NULL DEFAULT true,
    "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedById" TEXT,

    CONSTRAINT "NewsroomSettings_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "VerdictReview_verdictId_at_idx" ON "VerdictReview"("verdictId", "at");

-- CreateIndex
CREATE INDEX "Article_assigneeId_idx" ON "Article"("assigneeId");

-- CreateIndex
CREATE INDEX "Claim_assigneeId_idx" ON "Claim"("assigneeId");

-- CreateIndex
CREATE INDEX "Verdict_reviewState_decidedById_idx" ON "Verdict"("reviewState", "decidedById");

-- AddForeignKey
ALTER TABLE "Article" ADD CONSTRAINT "Article_assigneeId_fkey" FOREIGN KEY ("assigneeId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Claim" ADD CONSTRAINT "Claim_assigneeId_fkey" FOREIGN KEY ("assigneeId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "VerdictReview" ADD CONSTRAINT "VerdictReview_verdictId_fkey" FOREIGN KEY ("verdictId") REFERENCES "Verdict"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "VerdictReview" ADD CONSTRAINT "VerdictReview_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- An install that already has verdicts keeps publishing as before.
INSERT INTO "NewsroomSettings" ("id", "reviewBeforePublish") SELECT 1, false WHERE EXISTS (SELECT 1 FROM "Verdict");
