import "server-only";
import type {
  DeskArticle,
  DeskArticleSummary,
  DeskClaim,
  DeskClaimable,
  DeskClaimRow,
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
import { requireEditor, type Actor } from "@/server/auth/session";
import type { DeskWorkflow, MyWork } from "@/lib/contracts/workflow";
import { getDeskClaim, listClaimsForEvidence, listDeskClaims, listEvidenceArticles } from "@/server/claims/queries";
import { listAssignableEditors } from "@/server/workflow/assignment";
import { getMyWork } from "@/server/workflow/my-work";
import { reviewRequired } from "@/server/workflow/settings";
import { getWorkQueue } from "./queue";

// The editor desk's reads, in the shapes of lib/contracts/desk.ts: the
// server-rendered first paint (dehydrated into TanStack Query) and the desk
// API the browser refetches from answer the same thing.
async function asEditor<T>(read: (me: Actor) => Promise<T>) {
  const me = await requireEditor();
  return jsonify(await read(me));
}

const items = <T>(list: T[]): Items<T> => ({ items: list });

export const desk = {
  article: (id: string): Promise<DeskArticle> => asEditor(() => getArticle(id)),
  articles: (q?: string): Promise<DeskArticleSummary[]> => asEditor(() => listArticles({ q })),
  claim: (id: string): Promise<DeskClaim> =>
    asEditor(async () => {
      const claim = await getDeskClaim(id);
      return { ...claim, audit: await listClaimAudit(id, claim.rumor.id) };
    }),
  claims: (): Promise<DeskClaimRow[]> => asEditor(() => listDeskClaims()),
  claimable: (articleId: string): Promise<Items<DeskClaimable>> => asEditor(async () => items(await listClaimsForEvidence(articleId))),
  evidenceArticles: (claimId: string): Promise<Items<DeskEvidenceArticle>> => asEditor(async () => items(await listEvidenceArticles(claimId))),
  events: (): Promise<Items<DeskEvent>> => asEditor(async () => items(await listEvents())),
  queue: (): Promise<DeskQueue> => asEditor(() => getWorkQueue()),
  outlets: (): Promise<Items<DeskOutlet>> => asEditor(async () => items(await listOutletRefs())),
  myWork: (): Promise<MyWork> => asEditor((me) => getMyWork(me)),
  workflow: (): Promise<DeskWorkflow> =>
    asEditor(async (me) => ({
      reviewBeforePublish: await reviewRequired(),
      me: { id: me.id, name: me.name, role: me.role },
      editors: await listAssignableEditors(me),
    })),
};
