-- CreateTable
CREATE TABLE "OutletTally" (
    "outletId" TEXT NOT NULL,
    "own" BOOLEAN NOT NULL,
    "rating" TEXT NOT NULL,
    "count" INTEGER NOT NULL,

    PRIMARY KEY ("outletId", "own", "rating"),
    CONSTRAINT "OutletTally_outletId_fkey" FOREIGN KEY ("outletId") REFERENCES "Outlet" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "EventTally" (
    "eventId" TEXT NOT NULL,
    "rating" TEXT NOT NULL,
    "count" INTEGER NOT NULL,

    PRIMARY KEY ("eventId", "rating"),
    CONSTRAINT "EventTally_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Claim" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "eventId" TEXT,
    "articleId" TEXT NOT NULL,
    "quoteStart" INTEGER NOT NULL,
    "quoteEnd" INTEGER NOT NULL,
    "quoteText" TEXT NOT NULL,
    "statement" TEXT NOT NULL,
    "attributedTo" TEXT NOT NULL,
    "deadline" DATETIME,
    "createdById" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "publishedAt" DATETIME,
    "currentVerdictId" TEXT,
    "outletId" TEXT NOT NULL,
    "sourceAt" DATETIME NOT NULL,
    "rating" TEXT,
    "ratedAt" DATETIME,
    "own" BOOLEAN NOT NULL DEFAULT false,
    CONSTRAINT "Claim_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Claim_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Claim_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Claim_currentVerdictId_fkey" FOREIGN KEY ("currentVerdictId") REFERENCES "Verdict" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Claim_outletId_fkey" FOREIGN KEY ("outletId") REFERENCES "Outlet" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);
-- Backfill (issue 6): the source article's outlet and day, the current
-- verdict's rating and time, and whether the claim is the outlet's own
-- (lib/attribution.ts: /^\s*the outlet itself\b/i).
INSERT INTO "new_Claim" ("articleId", "attributedTo", "createdAt", "createdById", "currentVerdictId", "deadline", "eventId", "id", "publishedAt", "quoteEnd", "quoteStart", "quoteText", "statement", "updatedAt", "version", "outletId", "sourceAt", "rating", "ratedAt", "own")
SELECT c."articleId", c."attributedTo", c."createdAt", c."createdById", c."currentVerdictId", c."deadline", c."eventId", c."id", c."publishedAt", c."quoteEnd", c."quoteStart", c."quoteText", c."statement", c."updatedAt", c."version", a."outletId", a."publishedAt", v."rating", v."decidedAt",
  CASE WHEN substr(lower(ltrim(c."attributedTo", ' ' || char(9, 10, 11, 12, 13))), 1, 17) = 'the outlet itself'
       AND substr(lower(ltrim(c."attributedTo", ' ' || char(9, 10, 11, 12, 13))), 18, 1) NOT GLOB '[a-z0-9_]' THEN 1 ELSE 0 END
FROM "Claim" c
JOIN "Article" a ON a."id" = c."articleId"
LEFT JOIN "Verdict" v ON v."id" = c."currentVerdictId";
DROP TABLE "Claim";
ALTER TABLE "new_Claim" RENAME TO "Claim";
CREATE UNIQUE INDEX "Claim_currentVerdictId_key" ON "Claim"("currentVerdictId");
CREATE INDEX "Claim_eventId_sourceAt_quoteStart_id_idx" ON "Claim"("eventId", "sourceAt", "quoteStart", "id");
CREATE INDEX "Claim_outletId_sourceAt_quoteStart_id_idx" ON "Claim"("outletId", "sourceAt", "quoteStart", "id");
CREATE INDEX "Claim_sourceAt_quoteStart_id_idx" ON "Claim"("sourceAt", "quoteStart", "id");
CREATE INDEX "Claim_ratedAt_id_idx" ON "Claim"("ratedAt", "id");
CREATE INDEX "Claim_updatedAt_idx" ON "Claim"("updatedAt");
CREATE INDEX "Claim_articleId_idx" ON "Claim"("articleId");
CREATE INDEX "Claim_createdAt_idx" ON "Claim"("createdAt");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- Event lists: newest first, then by name (their keyset order). Claims no
-- longer have an index on publishedAt: nearly every claim is published, and
-- without statistics SQLite would walk it and sort every row.
DROP INDEX "Event_date_idx";
CREATE INDEX "Event_date_name_id_idx" ON "Event"("date" DESC, "name", "id");

-- Backfill: the tallies of the published claims (server/claim-facts.ts).
INSERT INTO "OutletTally" ("outletId", "own", "rating", "count")
SELECT "outletId", "own", COALESCE("rating", 'pending'), COUNT(*) FROM "Claim" WHERE "publishedAt" IS NOT NULL GROUP BY 1, 2, 3;
INSERT INTO "EventTally" ("eventId", "rating", "count")
SELECT "eventId", COALESCE("rating", 'pending'), COUNT(*) FROM "Claim" WHERE "publishedAt" IS NOT NULL AND "eventId" IS NOT NULL GROUP BY 1, 2;
