import "server-only";
import type { CaptureOutcome, TrackedArticle } from "@/lib/contracts/sources";
import { requireEditor, type Actor } from "@/server/auth/session";
import { db } from "@/server/platform/db";
import { env } from "@/server/platform/env";

// The desk's jobs view of tracked articles (issue 15): every article saved
// from a URL, its last capture and what it found, its next scheduled re-check
// (from the schedule, counted from its first capture) and its last error.

export async function listTracked(actor?: Actor | null, now = new Date(), take = 200): Promise<TrackedArticle[]> {
  if (actor === undefined) await requireEditor();
  const articles = await db.article.findMany({
    where: { captures: { some: {} } },
    orderBy: { importedAt: "desc" },
    take,
    select: {
      id: true,
      title: true,
      outlet: { select: { name: true } },
      recheckedAt: true,
      recheckError: true,
      captures: { orderBy: { fetchedAt: "asc" }, select: { fetchedAt: true, status: true, outcome: true } },
    },
  });
  // Counted for these articles only: a relation `_count` groups the whole tables (server/platform/relation-counts.ts).
  const ids = articles.map((a) => a.id);
  const [versions, edits] = await Promise.all([
    db.articleVersion.groupBy({ by: ["articleId"], where: { articleId: { in: ids } }, _count: { _all: true } }),
    db.quoteEdit.groupBy({ by: ["articleId"], where: { articleId: { in: ids } }, _count: { _all: true } }),
  ]);
  const versionsOf = new Map(versions.map((v) => [v.articleId, v._count._all]));
  const editsOf = new Map(edits.map((e) => [e.articleId, e._count._all]));
  return articles.map((a) => {
    const first = a.captures[0]!;
    const last = a.captures.at(-1)!;
    const next = env.HINDSIGHT_RECAPTURE_AFTER.map((s) => first.fetchedAt.getTime() + s * 1000).find((t) => t > now.getTime());
    return {
      id: a.id,
      title: a.title,
      outlet: a.outlet.name,
      captures: a.captures.length,
      versions: versionsOf.get(a.id) ?? 0,
      edits: editsOf.get(a.id) ?? 0,
      lastFetchedAt: last.fetchedAt.toISOString(),
      lastStatus: last.status,
      lastOutcome: last.outcome as CaptureOutcome | null,
      nextFetchAt: next ? new Date(next).toISOString() : null,
      lastError: a.recheckError,
      lastCheckedAt: a.recheckedAt?.toISOString() ?? null,
    };
  });
}
