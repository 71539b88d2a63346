import "server-only";
import type { DeletedArticleRow, DeletedArticlePage } from "@/lib/contracts/writes";
import { DeletedArticleListSchema } from "@/lib/schemas/editing";
import { requireAdmin, type Actor } from "@/server/auth/session";
import { db } from "@/server/platform/db";
import { AppError, parseInput } from "@/server/platform/errors";
import { decodeKey, encodeKey } from "@/server/platform/keyset";

// Deleted articles live only in their `article.delete` audit rows (ADR 0031:
// a hard delete, restored from the row). This is where an admin finds them
// after the undo toast is gone: every deletion not undone, newest first.

const PAGE = 25;
// Deletions read at a time while a page fills: restored articles, and the
// earlier deletions of an article deleted again, are passed over.
const BATCH = 100;

type Deletion = { id: string; at: Date; entityId: string; actorId: string | null; actorEmail: string | null };
type Stored = { title?: string; outletId?: string; url?: string | null; publishedAt?: string };

const deletionWhere = { action: "article.delete", entityType: "article", outcome: "ok" } as const;

/** The deletions of `batch` that still stand: the article is not back, and no later deletion of it supersedes this one. */
async function standing(batch: Deletion[]): Promise<Deletion[]> {
  const ids = [...new Set(batch.map((d) => d.entityId))];
  if (ids.length === 0) return [];
  const [back, all] = await Promise.all([
    db.article.findMany({ where: { id: { in: ids } }, select: { id: true } }),
    db.auditEvent.findMany({ where: { ...deletionWhere, entityId: { in: ids } }, select: { id: true, at: true, entityId: true } }),
  ]);
  const restored = new Set(back.map((a) => a.id));
  const latest = new Map<string, { id: string; at: Date }>();
  for (const d of all) {
    const seen = latest.get(d.entityId);
    if (!seen || d.at > seen.at || (d.at.getTime() === seen.at.getTime() && d.id > seen.id)) latest.set(d.entityId, d);
  }
  return batch.filter((d) => !restored.has(d.entityId) && latest.get(d.entityId)?.id === d.id);
}

/**
 * `GET /api/v1/admin/deleted-articles`: admins only (an editor is refused
 * here, not only by the page), keyset pages by deletion time and id.
 */
export async function listDeletedArticles(input: unknown, actor?: Actor | null): Promise<DeletedArticlePage> {
  const who = actor === undefined ? await requireAdmin() : actor;
  if (who && who.role !== "admin") throw new AppError("forbidden", "Only an admin can see deleted articles.");
  const { cursor, limit } = parseInput(DeletedArticleListSchema, input);
  const size = limit ?? PAGE;
  let key = cursor ? decodeKey(cursor, ["date", "string"]) : null;
  const kept: Deletion[] = [];
  for (;;) {
    const batch = await db.auditEvent.findMany({
      where: { ...deletionWhere, ...(key ? { OR: [{ at: { lt: key[0] } }, { at: key[0], id: { lt: key[1] } }] } : {}) },
      orderBy: [{ at: "desc" }, { id: "desc" }],
      take: BATCH,
      select: { id: true, at: true, entityId: true, actorId: true, actorEmail: true },
    });
    kept.push(...(await standing(batch)));
    if (kept.length > size || batch.length < BATCH) break;
    const last = batch[batch.length - 1]!;
    key = [last.at, last.id];
  }
  const page = kept.slice(0, size);
  const last = page[page.length - 1];
  return { items: await describe(page), nextCursor: kept.length > size && last ? encodeKey([last.at, last.id]) : null };
}

/** The page's rows as the admin reads them: the stored title and date, the outlet's and the deleting editor's names as they are now. */
async function describe(page: Deletion[]): Promise<DeletedArticleRow[]> {
  const rows = await db.auditEvent.findMany({ where: { id: { in: page.map((d) => d.id) } }, select: { id: true, before: true } });
  const stored = new Map(rows.map((r) => [r.id, (r.before ? JSON.parse(r.before) : {}) as Stored]));
  const outletIds = [...new Set([...stored.values()].map((s) => s.outletId).filter((id): id is string => !!id))];
  const actorIds = [...new Set(page.map((d) => d.actorId).filter((id): id is string => !!id))];
  const [outlets, people] = await Promise.all([
    db.outlet.findMany({ where: { id: { in: outletIds } }, select: { id: true, name: true } }),
    db.user.findMany({ where: { id: { in: actorIds } }, select: { id: true, name: true } }),
  ]);
  const outletName = new Map(outlets.map((o) => [o.id, o.name]));
  const personName = new Map(people.map((p) => [p.id, p.name]));
  return page.map((d) => {
    const s = stored.get(d.id) ?? {};
    return {
      id: d.entityId,
      title: s.title ?? "(untitled)",
      outlet: (s.outletId && outletName.get(s.outletId)) || "Unknown outlet",
      url: s.url ?? null,
      publishedAt: s.publishedAt ?? d.at.toISOString(),
      deletedAt: d.at.toISOString(),
      deletedBy: d.actorId || d.actorEmail ? { name: (d.actorId && personName.get(d.actorId)) || null, email: d.actorEmail } : null,
    };
  });
}
