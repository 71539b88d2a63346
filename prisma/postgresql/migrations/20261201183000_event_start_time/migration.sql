-- An event starts at a time in its own time zone (issue 11): what precedes
-- that instant is pre-event. Existing events start at the beginning of their
-- day in their time zone (UTC when they have none, as before).
-- AlterTable
ALTER TABLE "Event" ADD COLUMN "startTime" TEXT;
