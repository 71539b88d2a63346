-- Issue 11. The sign-in lockout counts per email address, known or not,
-- before the password is checked (server/auth/sign-in-guard.ts), so it moves
-- off "User"; the audit trail names people by their email at the time
-- instead of a display name they choose themselves.
-- CreateTable
CREATE TABLE "SignInGuard" (
    "key" TEXT NOT NULL PRIMARY KEY,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "lastAttempt" BIGINT NOT NULL,
    "lockedUntil" BIGINT
);

-- AlterTable
ALTER TABLE "AuditEvent" ADD COLUMN "actorEmail" TEXT;
UPDATE "AuditEvent" SET "actorEmail" = (SELECT "email" FROM "User" WHERE "User"."id" = "AuditEvent"."actorId") WHERE "actorId" IS NOT NULL;
-- An account removed outside the app: keep the only label the row had.
UPDATE "AuditEvent" SET "actorEmail" = "actorName" WHERE "actorEmail" IS NULL AND "actorName" <> 'system';
ALTER TABLE "AuditEvent" DROP COLUMN "actorName";

-- AlterTable
ALTER TABLE "User" DROP COLUMN "failedLogins";
ALTER TABLE "User" DROP COLUMN "lockedUntil";
