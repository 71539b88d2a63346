-- Every figure links to the claims it counts (issue 17): a claim's rumor
-- being void is kept on the claim, so the reader list filters on it by
-- index; lists by first appearance, tier and void over the whole press walk
-- an index in source order.
-- AlterTable
ALTER TABLE "Claim" ADD COLUMN "voided" BOOLEAN NOT NULL DEFAULT false;

-- CreateIndex
CREATE INDEX "Claim_origin_sourceAt_quoteStart_id_idx" ON "Claim"("origin", "sourceAt", "quoteStart", "id");

-- CreateIndex
CREATE INDEX "Claim_certainty_sourceAt_quoteStart_id_idx" ON "Claim"("certainty", "sourceAt", "quoteStart", "id");

-- CreateIndex
CREATE INDEX "Claim_voided_sourceAt_quoteStart_id_idx" ON "Claim"("voided", "sourceAt", "quoteStart", "id");

-- Claims of rumors void already.
UPDATE "Claim" SET "voided" = true WHERE "rumorId" IN (SELECT "id" FROM "Rumor" WHERE "voidedAt" IS NOT NULL);
