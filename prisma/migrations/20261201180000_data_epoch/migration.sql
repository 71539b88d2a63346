-- Which copy of the data this is (issue 11, docs/decisions/0011-search.md):
-- one row with a random value, replaced by `npm run db:restore`.
-- CreateTable
CREATE TABLE "DataEpoch" (
    "id" INTEGER NOT NULL PRIMARY KEY DEFAULT 1,
    "epoch" TEXT NOT NULL,
    "changedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);
INSERT INTO "DataEpoch" ("id", "epoch") VALUES (1, lower(hex(randomblob(16))));
