import "server-only";
import type {
  DeskArticle,
  DeskArticleSummary,
  DeskClaim,
  DeskClaimable,
  DeskClaimListItem,
  DeskEvent,
  DeskEvidenceArticle,
  DeskOutlet,
  DeskQueue,
  Items,
} from "@/lib/contracts/desk";
import { jsonify } from "@/lib/json";
import { getArticle, listArticles, listOutletRefs } from "@/server/articles/reads";
import { listEvents } from "@/server/articles/events";
import { listClaimAudit } from "@/server/auth/audit";
import { requireEditor } from "@/server/auth/session";
import { getClaim, listClaims, listClaimsForEvidence, listEvidenceArticles } from "@/server/claims/queries";
import { getWorkQueue } from "./queue";

// The editor desk's reads, in the shapes of lib/contracts/desk.ts: the
// server-rendered first paint (dehydrated into TanStack Query) and the desk
// API the browser refetches from answer the same thing.
async function asEditor<T>(read: () => Promise<T>) {
  await requireEditor();
  return jsonify(await read());
}

const items = <T>(list: T[]): Items<T> => ({ items: list });

export const desk = {
  article: (id: string): Promise<DeskArticle> => asEditor(() => getArticle(id)),
  articles: (q?: string): Promise<DeskArticleSummary[]> => asEditor(() => listArticles({ q })),
  claim: (id: string): Promise<DeskClaim> =>
    asEditor(async () => {
      const claim = await getClaim(id);
      return { ...claim, audit: await listClaimAudit(id, claim.rumor.id) };
    }),
  claims: (): Promise<DeskClaimListItem[]> => asEditor(() => listClaims()),
  claimable: (articleId: string): Promise<Items<DeskClaimable>> => asEditor(async () => items(await listClaimsForEvidence(articleId))),
  evidenceArticles: (claimId: string): Promise<Items<DeskEvidenceArticle>> => asEditor(async () => items(await listEvidenceArticles(claimId))),
  events: (): Promise<Items<DeskEvent>> => asEditor(async () => items(await listEvents())),
  queue: (): Promise<DeskQueue> => asEditor(() => getWorkQueue()),
  outlets: (): Promise<Items<DeskOutlet>> => asEditor(async () => items(await listOutletRefs())),
};
