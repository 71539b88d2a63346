-- Whether an outlet's publisher is known (issue 14, defect 10): the demo's
-- seed files do not name theirs, so their outlets carry readable, honest names
-- and their reader pages say the publisher is unknown.
-- AlterTable
ALTER TABLE "Outlet" ADD COLUMN "publisherKnown" BOOLEAN NOT NULL DEFAULT true;

-- The demo's outlets as seeded before, unless an editor renamed them since;
-- slugs stay, so existing links keep working.
UPDATE "Outlet" SET "name" = 'Unnamed outlet (Tom Cruise stunt preview)', "publisherKnown" = false
  WHERE "slug" = 'pre-event-source-seed-000' AND "name" = 'Pre-event source (seed 000)';
UPDATE "Outlet" SET "name" = 'Unnamed outlet (closing-ceremony report)', "publisherKnown" = false
  WHERE "slug" = 'post-event-source-seed-003' AND "name" = 'Post-event source (seed 003)';
