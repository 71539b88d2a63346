-- The indexes and rumor index check these signatures before every use: an index-only scan
-- instead of reading every row (at 20,000 articles, every body).
CREATE INDEX "Article_importedAt_idx" ON "Article"("importedAt");

CREATE INDEX "Rumor_version_updatedAt_idx" ON "Rumor"("version", "updatedAt");
