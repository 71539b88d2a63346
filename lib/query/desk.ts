// Browser fetchers for the desk's queries, one per key in keys.ts.
import type { DeskArticle, DeskClaim, DeskClaimable, DeskEvent, DeskEvidenceArticle } from "@/server/desk";
import { api } from "./api";

type Items<T> = { items: T[] };

export const fetchDesk = {
  article: (id: string) => api<DeskArticle>(`/api/v1/desk/articles/${id}`),
  claimable: (id: string) => api<Items<DeskClaimable>>(`/api/v1/desk/articles/${id}/claimable`).then((r) => r.items),
  claim: (id: string) => api<DeskClaim>(`/api/v1/desk/claims/${id}`),
  evidenceArticles: (id: string) => api<Items<DeskEvidenceArticle>>(`/api/v1/desk/claims/${id}/articles`).then((r) => r.items),
  events: () => api<Items<DeskEvent>>(`/api/v1/desk/events`).then((r) => r.items),
};
