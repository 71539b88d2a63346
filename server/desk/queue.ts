import "server-only";
import { db, type Prisma } from "@/server/platform/db";
import { rumorClaimCounts, rumorEvidenceCounts } from "@/server/platform/relation-counts";

const queueClaimSelect = {
  id: true,
  statement: true,
  attributedTo: true,
  createdAt: true,
  article: { select: { title: true, outlet: { select: { name: true } } } },
  rumor: { select: { id: true, deadline: true, event: { select: { name: true, date: true } } } },
} satisfies Prisma.ClaimSelect;

type QueueRow = Prisma.ClaimGetPayload<{ select: typeof queueClaimSelect }>;
type RumorCounts = { claims: Map<string, number>; evidence: Map<string, number> };

/** Claim and evidence counts of these rumors, read together (server/platform/relation-counts.ts says why not `_count`). */
async function countsOf(rumorIds: string[]): Promise<RumorCounts> {
  const [claims, evidence] = await Promise.all([rumorClaimCounts(rumorIds), rumorEvidenceCounts(rumorIds)]);
  return { claims, evidence };
}

/** The queue's shape: the claim with its rumor's deadline, event and evidence count. */
const toItem =
  (counts: RumorCounts) =>
  ({ rumor, ...c }: QueueRow) => ({
    ...c,
    rumorId: rumor.id,
    deadline: rumor.deadline,
    event: rumor.event,
    claimCount: counts.claims.get(rumor.id) ?? 0,
    _count: { evidence: counts.evidence.get(rumor.id) ?? 0 },
  });

const DAY_MS = 86_400_000;

/**
 * Rumors whose deadline (or, without one, their event's day) has passed with
 * no published verdict: the editors' reminder that a resolution is owed
 * (issue 17). Most overdue first.
 */
async function overdueRumors(now: Date) {
  const rows = await db.rumor.findMany({
    where: { currentVerdictId: null, voidedAt: null, OR: [{ deadline: { lt: now } }, { deadline: null, event: { date: { lt: now } } }] },
    orderBy: [{ deadline: "asc" }, { createdAt: "asc" }],
    take: 200,
    select: {
      id: true,
      statement: true,
      deadline: true,
      publicClaims: true,
      event: { select: { name: true, date: true } },
      claims: { orderBy: { createdAt: "asc" }, take: 1, select: { id: true } },
    },
  });
  const counts = await countsOf(rows.map((r) => r.id));
  return rows
    .flatMap(({ claims, deadline, event, ...r }) => {
      const due = deadline ?? event?.date;
      if (!due || !claims[0]) return [];
      const daysOverdue = Math.floor((now.getTime() - due.getTime()) / DAY_MS);
      return [
        {
          ...r,
          due,
          daysOverdue,
          event: event ? { name: event.name } : null,
          firstClaimId: claims[0].id,
          claimCount: counts.claims.get(r.id) ?? 0,
          evidenceCount: counts.evidence.get(r.id) ?? 0,
        },
      ];
    })
    .sort((a, b) => a.due.getTime() - b.due.getTime());
}

/**
 * What the desk still has to do, oldest first: rumors with no verdict at all
 * (by their claims), those whose verdict is only a draft, claims whose rumor
 * has a published verdict but that are not published themselves, rumors past
 * their deadline, articles nobody has used or marked done (issue 14, defect 4), and
 * unreviewed stealth edits of tracked quotes (issue 15); and rumors overdue for
 * a resolution (issue 17).
 */
export async function getWorkQueue(now = new Date()) {
  const claims = (where: Prisma.ClaimWhereInput) => db.claim.findMany({ where, orderBy: { createdAt: "asc" }, take: 200, select: queueClaimSelect });
  const [pending, drafts, unpublished, overdue, untouched, edited, lateRumors] = await Promise.all([
    claims({ rumor: { currentVerdictId: null, verdicts: { none: {} } } }),
    claims({ rumor: { currentVerdictId: null, verdicts: { some: { publishedAt: null } } } }),
    claims({ publishedAt: null, rumor: { currentVerdictId: { not: null } } }),
    claims({ rumor: { currentVerdictId: null, OR: [{ deadline: { lt: now } }, { deadline: null, event: { date: { lt: now } } }] } }),
    db.article.findMany({
      where: { claims: { none: {} }, evidence: { none: {} }, doneAt: null },
      orderBy: { publishedAt: "desc" },
      take: 200,
      select: { id: true, title: true, publishedAt: true, version: true, outlet: { select: { name: true } } },
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
    overdueRumors(now),
  ]);
  const kind = (k: string) => (k === "removed" ? ("removed" as const) : ("changed" as const));
  const item = toItem(await countsOf([...pending, ...drafts, ...unpublished, ...overdue].map((c) => c.rumor.id)));
  return {
    pending: pending.map(item),
    drafts: drafts.map(item),
    unpublished: unpublished.map(item),
    overdue: overdue.map(item),
    untouched,
    edited: edited.map((e) => ({ ...e, kind: kind(e.kind) })),
    overdueRumors: lateRumors,
  };
}
