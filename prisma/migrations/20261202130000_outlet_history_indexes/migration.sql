-- The outlet page's verdict history (issue 17) reads every published claim of
-- the outlet and every published verdict of their rumors. Two existing
-- indexes gain trailing columns so that both reads are answered from the
-- index alone (the order they give the outlet's claim list and a rumor's
-- verdicts is unchanged), and the void rumors among the outlet's come from a
-- small index instead of a join to every rumor (docs/performance.md).
-- DropIndex
DROP INDEX "Claim_outletId_sourceAt_quoteStart_id_idx";

-- DropIndex
DROP INDEX "Verdict_rumorId_decidedAt_idx";

-- CreateIndex
CREATE INDEX "Rumor_voidedAt_idx" ON "Rumor"("voidedAt");

-- CreateIndex
CREATE INDEX "Claim_outletId_sourceAt_history_idx" ON "Claim"("outletId", "sourceAt", "quoteStart", "id", "publishedAt", "rumorId", "stance", "certainty");

-- CreateIndex
CREATE INDEX "Verdict_rumorId_decidedAt_publishedAt_claimId_rating_idx" ON "Verdict"("rumorId", "decidedAt", "publishedAt", "claimId", "rating");
