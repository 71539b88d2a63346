-- Issue 14 (ADR 0028): review before publish and assignment. A verdict's
-- review state (published exactly when publishedAt is set), its review
-- thread, the newsroom's settings row, and who is assigned to a claim or an
-- article. Existing verdicts keep their meaning: published ones are
-- `published`, the rest drafts. A database that already holds verdicts keeps
-- publishing as it did (review off); a new install has no row, which reads as on.
-- CreateTable
CREATE TABLE "VerdictReview" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "verdictId" TEXT NOT NULL,
    "actorId" TEXT,
    "action" TEXT NOT NULL,
    "comment" TEXT,
    "at" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "VerdictReview_verdictId_fkey" FOREIGN KEY ("verdictId") REFERENCES "Verdict" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "VerdictReview_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "NewsroomSettings" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT DEFAULT 1,
    "reviewBeforePublish" BOOLEAN NOT NULL DEFAULT true,
    "updatedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedById" TEXT
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Article" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "outletId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "url" TEXT,
    "publishedAt" DATETIME NOT NULL,
    "body" TEXT NOT NULL,
    "sha256" TEXT NOT NULL,
    "importedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "importedById" TEXT,
    "assigneeId" TEXT,
    CONSTRAINT "Article_outletId_fkey" FOREIGN KEY ("outletId") REFERENCES "Outlet" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Article_importedById_fkey" FOREIGN KEY ("importedById") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Article_assigneeId_fkey" FOREIGN KEY ("assigneeId") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_Article" ("body", "id", "importedAt", "importedById", "outletId", "publishedAt", "sha256", "title", "url") SELECT "body", "id", "importedAt", "importedById", "outletId", "publishedAt", "sha256", "title", "url" FROM "Article";
DROP TABLE "Article";
ALTER TABLE "new_Article" RENAME TO "Article";
CREATE UNIQUE INDEX "Article_sha256_key" ON "Article"("sha256");
CREATE INDEX "Article_publishedAt_idx" ON "Article"("publishedAt");
CREATE INDEX "Article_assigneeId_idx" ON "Article"("assigneeId");
CREATE INDEX "Article_outletId_publishedAt_idx" ON "Article"("outletId", "publishedAt");
CREATE TABLE "new_Claim" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "rumorId" TEXT NOT NULL,
    "eventId" TEXT,
    "articleId" TEXT NOT NULL,
    "quoteStart" INTEGER NOT NULL,
    "quoteEnd" INTEGER NOT NULL,
    "quoteText" TEXT NOT NULL,
    "statement" TEXT NOT NULL,
    "attributedTo" TEXT NOT NULL,
    "stance" TEXT NOT NULL DEFAULT 'asserts',
    "relayedFromId" TEXT,
    "createdById" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    "publishedAt" DATETIME,
    "overrideVerdictId" TEXT,
    "outletId" TEXT NOT NULL,
    "sourceAt" DATETIME NOT NULL,
    "rating" TEXT,
    "ratedAt" DATETIME,
    "own" BOOLEAN NOT NULL DEFAULT false,
    "origin" BOOLEAN NOT NULL DEFAULT false,
    "assigneeId" TEXT,
    CONSTRAINT "Claim_rumorId_fkey" FOREIGN KEY ("rumorId") REFERENCES "Rumor" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Claim_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Claim_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Claim_relayedFromId_fkey" FOREIGN KEY ("relayedFromId") REFERENCES "Outlet" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Claim_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Claim_overrideVerdictId_fkey" FOREIGN KEY ("overrideVerdictId") REFERENCES "Verdict" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Claim_outletId_fkey" FOREIGN KEY ("outletId") REFERENCES "Outlet" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Claim_assigneeId_fkey" FOREIGN KEY ("assigneeId") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_Claim" ("articleId", "attributedTo", "createdAt", "createdById", "eventId", "id", "origin", "outletId", "overrideVerdictId", "own", "publishedAt", "quoteEnd", "quoteStart", "quoteText", "ratedAt", "rating", "relayedFromId", "rumorId", "sourceAt", "stance", "statement", "updatedAt") SELECT "articleId", "attributedTo", "createdAt", "createdById", "eventId", "id", "origin", "outletId", "overrideVerdictId", "own", "publishedAt", "quoteEnd", "quoteStart", "quoteText", "ratedAt", "rating", "relayedFromId", "rumorId", "sourceAt", "stance", "statement", "updatedAt" FROM "Claim";
DROP TABLE "Claim";
ALTER TABLE "new_Claim" RENAME TO "Claim";
CREATE UNIQUE INDEX "Claim_overrideVerdictId_key" ON "Claim"("overrideVerdictId");
CREATE INDEX "Claim_eventId_sourceAt_quoteStart_id_idx" ON "Claim"("eventId", "sourceAt", "quoteStart", "id");
CREATE INDEX "Claim_outletId_sourceAt_quoteStart_id_idx" ON "Claim"("outletId", "sourceAt", "quoteStart", "id");
CREATE INDEX "Claim_sourceAt_quoteStart_id_idx" ON "Claim"("sourceAt", "quoteStart", "id");
CREATE INDEX "Claim_rumorId_sourceAt_idx" ON "Claim"("rumorId", "sourceAt");
CREATE INDEX "Claim_ratedAt_id_idx" ON "Claim"("ratedAt", "id");
CREATE INDEX "Claim_updatedAt_idx" ON "Claim"("updatedAt");
CREATE INDEX "Claim_articleId_idx" ON "Claim"("articleId");
CREATE INDEX "Claim_createdAt_idx" ON "Claim"("createdAt");
CREATE INDEX "Claim_relayedFromId_idx" ON "Claim"("relayedFromId");
CREATE INDEX "Claim_assigneeId_idx" ON "Claim"("assigneeId");
CREATE TABLE "new_Verdict" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "rumorId" TEXT NOT NULL,
    "claimId" TEXT,
    "rating" TEXT NOT NULL,
    "rationale" TEXT NOT NULL,
    "decidedById" TEXT,
    "decidedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "publishedAt" DATETIME,
    "reviewState" TEXT NOT NULL DEFAULT 'draft',
    CONSTRAINT "Verdict_rumorId_fkey" FOREIGN KEY ("rumorId") REFERENCES "Rumor" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Verdict_claimId_fkey" FOREIGN KEY ("claimId") REFERENCES "Claim" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Verdict_decidedById_fkey" FOREIGN KEY ("decidedById") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_Verdict" ("claimId", "decidedAt", "decidedById", "id", "publishedAt", "rating", "rationale", "rumorId") SELECT "claimId", "decidedAt", "decidedById", "id", "publishedAt", "rating", "rationale", "rumorId" FROM "Verdict";
DROP TABLE "Verdict";
ALTER TABLE "new_Verdict" RENAME TO "Verdict";
UPDATE "Verdict" SET "reviewState" = 'published' WHERE "publishedAt" IS NOT NULL;
CREATE INDEX "Verdict_rumorId_decidedAt_idx" ON "Verdict"("rumorId", "decidedAt");
CREATE INDEX "Verdict_claimId_idx" ON "Verdict"("claimId");
CREATE INDEX "Verdict_reviewState_decidedById_idx" ON "Verdict"("reviewState", "decidedById");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE INDEX "VerdictReview_verdictId_at_idx" ON "VerdictReview"("verdictId", "at");

-- An install that already has verdicts keeps publishing as before.
INSERT INTO "NewsroomSettings" ("id", "reviewBeforePublish") SELECT 1, false WHERE EXISTS (SELECT 1 FROM "Verdict");
