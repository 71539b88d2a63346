-- Which copy of the data this is (issue 11, docs/decisions/0011-search.md):
-- one row with a random value; its xmin joins the reader generation
-- (server/cache/reader-change-pg.ts), so a pg_restore, which writes the row
-- again, is noticed by every app server.
-- CreateTable
CREATE TABLE "DataEpoch" (
    "id" INTEGER NOT NULL DEFAULT 1,
    "epoch" TEXT NOT NULL,
    "changedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DataEpoch_pkey" PRIMARY KEY ("id")
);
INSERT INTO "DataEpoch" ("id", "epoch") VALUES (1, md5(random()::text || clock_timestamp()::text));
