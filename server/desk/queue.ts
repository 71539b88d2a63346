import "server-only";
import { db, type Prisma } from "@/server/platform/db";

const queueClaimSelect = {
  id: true,
  statement: true,
  attributedTo: true,
  createdAt: true,
  article: { select: { title: true, outlet: { select: { name: true } } } },
  rumor: { select: { id: true, deadline: true, event: { select: { name: true, date: true } }, _count: { select: { evidence: true, claims: true } } } },
} satisfies Prisma.ClaimSelect;

type QueueRow = Prisma.ClaimGetPayload<{ select: typeof queueClaimSelect }>;

/** The queue's shape: the claim with its rumor's deadline, event and evidence count. */
const toItem = ({ rumor, ...c }: QueueRow) => ({
  ...c,
  rumorId: rumor.id,
  deadline: rumor.deadline,
  event: rumor.event,
  claimCount: rumor._count.claims,
  _count: { evidence: rumor._count.evidence },
});

/** What the desk still has to do, oldest first: rumors without a published verdict (by their claims), those past their deadline, untouched articles, unreviewed stealth edits. */
export async function getWorkQueue(now = new Date()) {
  const [pending, overdue, untouched, edited] = await Promise.all([
    db.claim.findMany({
      where: { rumor: { currentVerdictId: null } },
      orderBy: { createdAt: "asc" },
      take: 200,
      select: queueClaimSelect,
    }),
    db.claim.findMany({
      where: {
        rumor: { currentVerdictId: null, OR: [{ deadline: { lt: now } }, { deadline: null, event: { date: { lt: now } } }] },
      },
      orderBy: { createdAt: "asc" },
      take: 200,
      select: queueClaimSelect,
    }),
    db.article.findMany({
      where: { claims: { none: {} }, evidence: { none: {} } },
      orderBy: { publishedAt: "desc" },
      take: 200,
      select: { id: true, title: true, publishedAt: true, outlet: { select: { name: true } } },
    }),
    // Stealth edits (issue 15): a later version changed or dropped a quote; they stay until reviewed.
    db.quoteEdit.findMany({
      where: { reviewedAt: null },
      orderBy: { editedAt: "desc" },
      take: 200,
      select: {
        id: true,
        kind: true,
        editedAt: true,
        claim: { select: { id: true, statement: true } },
        article: { select: { id: true, title: true, outlet: { select: { name: true } } } },
      },
    }),
  ]);
  const kind = (k: string) => (k === "removed" ? ("removed" as const) : ("changed" as const));
  return { pending: pending.map(toItem), overdue: overdue.map(toItem), untouched, edited: edited.map((e) => ({ ...e, kind: kind(e.kind) })) };
}
