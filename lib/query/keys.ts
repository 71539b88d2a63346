// Every query key the desk uses, so mutations can invalidate precisely.
export const keys = {
  articles: () => ["articles"] as const,
  article: (id: string) => ["articles", id] as const,
  claimable: (articleId: string) => ["articles", articleId, "claimable"] as const,
  claim: (id: string) => ["claims", id] as const,
  evidenceArticles: (claimId: string) => ["claims", claimId, "articles"] as const,
  events: () => ["events"] as const,
  // Assisted pairing (issue #5); nested under their article/claim so the
  // existing invalidations refresh them too.
  claimCandidates: (articleId: string) => ["articles", articleId, "claim-candidates"] as const,
  suggestions: (claimId: string) => ["claims", claimId, "suggestions"] as const,
};
