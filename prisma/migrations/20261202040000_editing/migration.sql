-- Editing and undo (issue 14, ADR 0031): article and event versions for
-- compare-and-swap edits, articles marked done (nothing checkable), and
-- archived events.
-- AlterTable
ALTER TABLE "Article" ADD COLUMN "doneAt" DATETIME;
ALTER TABLE "Article" ADD COLUMN "version" INTEGER NOT NULL DEFAULT 1;

-- AlterTable
ALTER TABLE "Event" ADD COLUMN "archivedAt" DATETIME;
ALTER TABLE "Event" ADD COLUMN "version" INTEGER NOT NULL DEFAULT 1;
