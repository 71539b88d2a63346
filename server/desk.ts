import "server-only";
import { jsonify } from "@/lib/json";
import { getArticle, listArticles } from "./articles";
import { listClaimAudit } from "./audit";
import { getClaim, listClaims, listClaimsForEvidence, listEvidenceArticles } from "./claim-queries";
import { listEvents } from "./events";
import { getWorkQueue } from "./queue";
import { requireEditor } from "./session";

// The editor desk's reads: the same shapes for the server-rendered first
// paint (dehydrated into TanStack Query) and for the desk API the browser
// refetches from, so both sides share one type.
async function asEditor<T>(read: () => Promise<T>) {
  await requireEditor();
  return jsonify(await read());
}

export const desk = {
  article: (id: string) => asEditor(() => getArticle(id)),
  articles: (q?: string) => asEditor(() => listArticles({ q })),
  claim: (id: string) => asEditor(async () => ({ ...(await getClaim(id)), audit: await listClaimAudit(id) })),
  claims: () => asEditor(() => listClaims()),
  claimable: (articleId: string) => asEditor(() => listClaimsForEvidence(articleId)),
  evidenceArticles: (claimId: string) => asEditor(() => listEvidenceArticles(claimId)),
  events: () => asEditor(() => listEvents()),
  queue: () => asEditor(() => getWorkQueue()),
};

export type DeskArticle = Awaited<ReturnType<typeof desk.article>>;
export type DeskArticleSummary = Awaited<ReturnType<typeof desk.articles>>[number];
export type DeskClaim = Awaited<ReturnType<typeof desk.claim>>;
export type DeskClaimListItem = Awaited<ReturnType<typeof desk.claims>>[number];
export type DeskClaimable = Awaited<ReturnType<typeof desk.claimable>>[number];
export type DeskEvidenceArticle = Awaited<ReturnType<typeof desk.evidenceArticles>>[number];
export type DeskEvent = Awaited<ReturnType<typeof desk.events>>[number];
export type DeskQueue = Awaited<ReturnType<typeof desk.queue>>;
