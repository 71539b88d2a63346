import "server-only";
import { db } from "@/server/platform/db";

const queueClaimSelect = {
  id: true,
  statement: true,
  attributedTo: true,
  deadline: true,
  createdAt: true,
  event: { select: { name: true, date: true } },
  article: { select: { title: true, outlet: { select: { name: true } } } },
  _count: { select: { evidence: true } },
} as const;

/** What the desk still has to do, oldest first. */
export async function getWorkQueue(now = new Date()) {
  const [pending, overdue, untouched] = await Promise.all([
    db.claim.findMany({
      where: { currentVerdictId: null },
      orderBy: { createdAt: "asc" },
      take: 200,
      select: queueClaimSelect,
    }),
    db.claim.findMany({
      where: {
        currentVerdictId: null,
        OR: [{ deadline: { lt: now } }, { deadline: null, event: { date: { lt: now } } }],
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
  ]);
  return { pending, overdue, untouched };
}
