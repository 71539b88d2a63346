-- The reader data generation (docs/decisions/0016-cache-sharing.md). On
-- SQLite the table only keeps one schema for both databases: `PRAGMA
-- data_version` already tells every process on the file about every commit,
-- so nothing writes to it here.

-- CreateTable
CREATE TABLE "ReaderChange" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "count" INTEGER NOT NULL DEFAULT 1
);
