-- Sources (issue 15, ADR 0034): article versions, stealth edits of quotes, feeds and the inbox, byline and re-check status.
-- AlterTable
ALTER TABLE "Article" ADD COLUMN "byline" TEXT;
ALTER TABLE "Article" ADD COLUMN "recheckError" TEXT;
ALTER TABLE "Article" ADD COLUMN "recheckedAt" DATETIME;

-- CreateTable
CREATE TABLE "ArticleVersion" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "articleId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "text" TEXT NOT NULL,
    "sha256" TEXT NOT NULL,
    "capturedAt" DATETIME NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "ArticleVersion_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "QuoteEdit" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "articleId" TEXT NOT NULL,
    "versionId" TEXT NOT NULL,
    "claimId" TEXT,
    "evidenceId" TEXT,
    "kind" TEXT NOT NULL,
    "quoteText" TEXT NOT NULL,
    "replacement" TEXT,
    "editedAt" DATETIME NOT NULL,
    "reviewedAt" DATETIME,
    "reviewedById" TEXT,
    CONSTRAINT "QuoteEdit_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "QuoteEdit_versionId_fkey" FOREIGN KEY ("versionId") REFERENCES "ArticleVersion" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "QuoteEdit_claimId_fkey" FOREIGN KEY ("claimId") REFERENCES "Claim" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "QuoteEdit_evidenceId_fkey" FOREIGN KEY ("evidenceId") REFERENCES "Evidence" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Feed" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "outletId" TEXT NOT NULL,
    "url" TEXT NOT NULL,
    "title" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "createdById" TEXT,
    "lastPolledAt" DATETIME,
    "nextPollAt" DATETIME,
    "lastStatus" TEXT,
    "lastError" TEXT,
    CONSTRAINT "Feed_outletId_fkey" FOREIGN KEY ("outletId") REFERENCES "Outlet" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "FeedItem" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "feedId" TEXT NOT NULL,
    "url" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "publishedAt" DATETIME,
    "excerpt" TEXT NOT NULL,
    "textHash" TEXT,
    "state" TEXT NOT NULL DEFAULT 'new',
    "articleId" TEXT,
    "foundAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "decidedAt" DATETIME,
    "decidedById" TEXT,
    CONSTRAINT "FeedItem_feedId_fkey" FOREIGN KEY ("feedId") REFERENCES "Feed" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Capture" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "url" TEXT NOT NULL,
    "finalUrl" TEXT NOT NULL,
    "status" INTEGER NOT NULL,
    "headers" TEXT NOT NULL,
    "contentType" TEXT,
    "sha256" TEXT NOT NULL,
    "size" INTEGER NOT NULL,
    "storedSize" INTEGER NOT NULL,
    "fetchedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "durationMs" INTEGER NOT NULL,
    "articleId" TEXT,
    "createdById" TEXT,
    "outcome" TEXT,
    "versionId" TEXT,
    CONSTRAINT "Capture_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Capture_versionId_fkey" FOREIGN KEY ("versionId") REFERENCES "ArticleVersion" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_Capture" ("articleId", "contentType", "createdById", "durationMs", "fetchedAt", "finalUrl", "headers", "id", "sha256", "size", "status", "storedSize", "url") SELECT "articleId", "contentType", "createdById", "durationMs", "fetchedAt", "finalUrl", "headers", "id", "sha256", "size", "status", "storedSize", "url" FROM "Capture";
DROP TABLE "Capture";
ALTER TABLE "new_Capture" RENAME TO "Capture";
CREATE INDEX "Capture_articleId_fetchedAt_idx" ON "Capture"("articleId", "fetchedAt");
CREATE INDEX "Capture_sha256_idx" ON "Capture"("sha256");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE UNIQUE INDEX "ArticleVersion_articleId_number_key" ON "ArticleVersion"("articleId", "number");

-- CreateIndex
CREATE INDEX "QuoteEdit_claimId_idx" ON "QuoteEdit"("claimId");

-- CreateIndex
CREATE INDEX "QuoteEdit_evidenceId_idx" ON "QuoteEdit"("evidenceId");

-- CreateIndex
CREATE INDEX "QuoteEdit_articleId_editedAt_idx" ON "QuoteEdit"("articleId", "editedAt");

-- CreateIndex
CREATE INDEX "QuoteEdit_reviewedAt_editedAt_idx" ON "QuoteEdit"("reviewedAt", "editedAt");

-- CreateIndex
CREATE UNIQUE INDEX "Feed_url_key" ON "Feed"("url");

-- CreateIndex
CREATE UNIQUE INDEX "FeedItem_url_key" ON "FeedItem"("url");

-- CreateIndex
CREATE INDEX "FeedItem_state_foundAt_idx" ON "FeedItem"("state", "foundAt");

-- CreateIndex
CREATE INDEX "FeedItem_textHash_idx" ON "FeedItem"("textHash");


