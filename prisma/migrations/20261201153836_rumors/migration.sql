-- Rumors (issue 12): every existing claim becomes a rumor of its own, with
-- the same id, taking the claim's event, deadline, version, evidence and
-- verdict history; the claim keeps its quote, statement and attribution and
-- asserts its rumor. Nothing is lost: each id, verdict, evidence row and
-- rejection keeps its id, and audit rows of a claim also name its rumor.
-- AlterTable
ALTER TABLE "AuditEvent" ADD COLUMN "rumorId" TEXT;
UPDATE "AuditEvent" SET "rumorId" = "claimId" WHERE "claimId" IS NOT NULL;

-- CreateTable
CREATE TABLE "Rumor" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "statement" TEXT NOT NULL,
    "eventId" TEXT,
    "deadline" DATETIME,
    "createdById" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "currentVerdictId" TEXT,
    "publicClaims" INTEGER NOT NULL DEFAULT 0,
    "firstAt" DATETIME,
    "rating" TEXT,
    "ratedAt" DATETIME,
    CONSTRAINT "Rumor_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Rumor_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Rumor_currentVerdictId_fkey" FOREIGN KEY ("currentVerdictId") REFERENCES "Verdict" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "Rumor" ("id", "statement", "eventId", "deadline", "createdById", "createdAt", "updatedAt", "version", "currentVerdictId", "publicClaims", "firstAt", "rating", "ratedAt")
SELECT "id", "statement", "eventId", "deadline", "createdById", "createdAt", "updatedAt", "version", "currentVerdictId",
  CASE WHEN "publishedAt" IS NULL THEN 0 ELSE 1 END, CASE WHEN "publishedAt" IS NULL THEN NULL ELSE "sourceAt" END, "rating", "ratedAt"
FROM "Claim";

-- CreateTable
CREATE TABLE "MatchRejection" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "claimId" TEXT NOT NULL,
    "rumorId" TEXT NOT NULL,
    "rejectedById" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "MatchRejection_claimId_fkey" FOREIGN KEY ("claimId") REFERENCES "Claim" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "MatchRejection_rumorId_fkey" FOREIGN KEY ("rumorId") REFERENCES "Rumor" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
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
    CONSTRAINT "Claim_rumorId_fkey" FOREIGN KEY ("rumorId") REFERENCES "Rumor" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Claim_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Claim_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Claim_relayedFromId_fkey" FOREIGN KEY ("relayedFromId") REFERENCES "Outlet" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Claim_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Claim_overrideVerdictId_fkey" FOREIGN KEY ("overrideVerdictId") REFERENCES "Verdict" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Claim_outletId_fkey" FOREIGN KEY ("outletId") REFERENCES "Outlet" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);
INSERT INTO "new_Claim" ("rumorId", "stance", "origin", "articleId", "attributedTo", "createdAt", "createdById", "eventId", "id", "outletId", "own", "publishedAt", "quoteEnd", "quoteStart", "quoteText", "ratedAt", "rating", "sourceAt", "statement", "updatedAt") SELECT "id", 'asserts', CASE WHEN "publishedAt" IS NULL THEN 0 ELSE 1 END, "articleId", "attributedTo", "createdAt", "createdById", "eventId", "id", "outletId", "own", "publishedAt", "quoteEnd", "quoteStart", "quoteText", "ratedAt", "rating", "sourceAt", "statement", "updatedAt" FROM "Claim";
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
CREATE TABLE "new_Evidence" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "rumorId" TEXT NOT NULL,
    "articleId" TEXT NOT NULL,
    "quoteStart" INTEGER NOT NULL,
    "quoteEnd" INTEGER NOT NULL,
    "quoteText" TEXT NOT NULL,
    "stance" TEXT NOT NULL,
    "note" TEXT,
    "createdById" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Evidence_rumorId_fkey" FOREIGN KEY ("rumorId") REFERENCES "Rumor" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Evidence_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Evidence_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_Evidence" ("rumorId", "articleId", "createdAt", "createdById", "id", "note", "quoteEnd", "quoteStart", "quoteText", "stance") SELECT "claimId", "articleId", "createdAt", "createdById", "id", "note", "quoteEnd", "quoteStart", "quoteText", "stance" FROM "Evidence";
DROP TABLE "Evidence";
ALTER TABLE "new_Evidence" RENAME TO "Evidence";
CREATE INDEX "Evidence_articleId_idx" ON "Evidence"("articleId");
CREATE UNIQUE INDEX "Evidence_rumorId_articleId_quoteStart_quoteEnd_key" ON "Evidence"("rumorId", "articleId", "quoteStart", "quoteEnd");
CREATE TABLE "new_OutletTally" (
    "outletId" TEXT NOT NULL,
    "own" BOOLEAN NOT NULL,
    "stance" TEXT NOT NULL,
    "origin" BOOLEAN NOT NULL,
    "rating" TEXT NOT NULL,
    "count" INTEGER NOT NULL,

    PRIMARY KEY ("outletId", "own", "stance", "origin", "rating"),
    CONSTRAINT "OutletTally_outletId_fkey" FOREIGN KEY ("outletId") REFERENCES "Outlet" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
-- Every counted (published) claim is its rumor's first published appearance and asserts it.
INSERT INTO "new_OutletTally" ("count", "outletId", "own", "stance", "origin", "rating") SELECT "count", "outletId", "own", 'asserts', 1, "rating" FROM "OutletTally";
DROP TABLE "OutletTally";
ALTER TABLE "new_OutletTally" RENAME TO "OutletTally";
CREATE TABLE "new_SuggestionRejection" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "rumorId" TEXT NOT NULL,
    "articleId" TEXT NOT NULL,
    "quoteStart" INTEGER NOT NULL,
    "quoteEnd" INTEGER NOT NULL,
    "rejectedById" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "SuggestionRejection_rumorId_fkey" FOREIGN KEY ("rumorId") REFERENCES "Rumor" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "SuggestionRejection_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_SuggestionRejection" ("rumorId", "articleId", "createdAt", "id", "quoteEnd", "quoteStart", "rejectedById") SELECT "claimId", "articleId", "createdAt", "id", "quoteEnd", "quoteStart", "rejectedById" FROM "SuggestionRejection";
DROP TABLE "SuggestionRejection";
ALTER TABLE "new_SuggestionRejection" RENAME TO "SuggestionRejection";
CREATE UNIQUE INDEX "SuggestionRejection_rumorId_articleId_quoteStart_quoteEnd_key" ON "SuggestionRejection"("rumorId", "articleId", "quoteStart", "quoteEnd");
CREATE TABLE "new_Verdict" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "rumorId" TEXT NOT NULL,
    "claimId" TEXT,
    "rating" TEXT NOT NULL,
    "rationale" TEXT NOT NULL,
    "decidedById" TEXT,
    "decidedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "publishedAt" DATETIME,
    CONSTRAINT "Verdict_rumorId_fkey" FOREIGN KEY ("rumorId") REFERENCES "Rumor" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Verdict_claimId_fkey" FOREIGN KEY ("claimId") REFERENCES "Claim" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Verdict_decidedById_fkey" FOREIGN KEY ("decidedById") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
-- Every existing verdict was on the whole claim: it becomes the rumor's.
INSERT INTO "new_Verdict" ("rumorId", "claimId", "decidedAt", "decidedById", "id", "publishedAt", "rating", "rationale") SELECT "claimId", NULL, "decidedAt", "decidedById", "id", "publishedAt", "rating", "rationale" FROM "Verdict";
DROP TABLE "Verdict";
ALTER TABLE "new_Verdict" RENAME TO "Verdict";
CREATE INDEX "Verdict_rumorId_decidedAt_idx" ON "Verdict"("rumorId", "decidedAt");
CREATE INDEX "Verdict_claimId_idx" ON "Verdict"("claimId");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE UNIQUE INDEX "Rumor_currentVerdictId_key" ON "Rumor"("currentVerdictId");

-- CreateIndex
CREATE INDEX "Rumor_publicClaims_firstAt_id_idx" ON "Rumor"("publicClaims", "firstAt", "id");

-- CreateIndex
CREATE INDEX "Rumor_eventId_firstAt_id_idx" ON "Rumor"("eventId", "firstAt", "id");

-- CreateIndex
CREATE INDEX "Rumor_ratedAt_id_idx" ON "Rumor"("ratedAt", "id");

-- CreateIndex
CREATE INDEX "Rumor_updatedAt_idx" ON "Rumor"("updatedAt");

-- CreateIndex
CREATE INDEX "MatchRejection_rumorId_idx" ON "MatchRejection"("rumorId");

-- CreateIndex
CREATE UNIQUE INDEX "MatchRejection_claimId_rumorId_key" ON "MatchRejection"("claimId", "rumorId");

-- CreateIndex
CREATE INDEX "AuditEvent_rumorId_at_idx" ON "AuditEvent"("rumorId", "at");
