-- An outlet that a published claim relays has a reader page (issue 11): the
-- outlet page's existence check looks claims up by relayedFromId.
-- CreateIndex
CREATE INDEX "Claim_relayedFromId_idx" ON "Claim"("relayedFromId");
