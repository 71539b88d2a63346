// Every query key the desk uses, so mutations can invalidate precisely.
export const keys = {
  articles: () => ["articles"] as const,
  article: (id: string) => ["articles", id] as const,
  claimable: (articleId: string) => ["articles", articleId, "claimable"] as const,
  claim: (id: string) => ["claims", id] as const,
  evidenceArticles: (claimId: string) => ["claims", claimId, "articles"] as const,
  events: () => ["events"] as const,
};
