import "server-only";
import { parseDateInput } from "@/lib/dates";
import { ArticleDeleteSchema, ArticleDoneSchema, ArticleUpdateSchema, UNDO_WINDOW_MS } from "@/lib/schemas/editing";
import { slugify } from "@/lib/text";
import { audit, auditRefused } from "@/server/auth/audit";
import { requireEditor, type Actor } from "@/server/auth/session";
import { readerChanged } from "@/server/cache/reader-cache";
import { withRumorFacts } from "@/server/claims/facts";
import { refuseProblems, rumorRuleProblems } from "@/server/claims/rules";
import { bumpRumorVersion } from "@/server/claims/versions";
import { db, type Tx } from "@/server/platform/db";
import { AppError, invalid, notFound, parseInput } from "@/server/platform/errors";
import { refreshIndexedArticle } from "@/server/suggest/passage-index";

// Editing an article's metadata, and deleting one that nothing quotes with an
// undo (issue 14, ADR 0031). The text itself never changes: quotes point into it.

const metaSelect = { id: true, version: true, title: true, url: true, publishedAt: true, outlet: { select: { id: true, name: true } } } as const;
const snapshot = (tx: Tx | typeof db, id: string) => tx.article.findUnique({ where: { id }, select: metaSelect });

class StaleArticle extends AppError {
  constructor(current: NonNullable<Awaited<ReturnType<typeof snapshot>>>) {
    super(
      "conflict",
      `Someone else changed this article while you were working on it (it is now at version ${current.version}). Reload to see their change.`,
      undefined,
      {
        currentVersion: current.version,
        current,
      },
    );
  }
}

/** Compare-and-swap on the article's version (any version when `expected` is undefined). */
async function bumpArticleVersion(tx: Tx, id: string, expected: number | undefined) {
  const updated = await tx.article.updateMany({ where: { id, ...(expected === undefined ? {} : { version: expected }) }, data: { version: { increment: 1 } } });
  if (updated.count === 0) {
    const current = await snapshot(tx, id);
    if (!current) throw notFound("The article");
    throw new StaleArticle(current);
  }
}

async function articleWrite<T>(who: Actor | null, attempt: { action: string; entityId: string; after?: unknown }, fn: (tx: Tx) => Promise<T>) {
  try {
    return await db.$transaction(fn);
  } catch (error) {
    if (error instanceof StaleArticle) await auditRefused(who, { ...attempt, entityType: "article", before: (error.details as { current: unknown }).current });
    throw error;
  }
}

async function outletIdFor(tx: Tx, name: string) {
  const slug = slugify(name);
  const existing = await tx.outlet.findUnique({ where: { slug }, select: { id: true } });
  return existing?.id ?? (await tx.outlet.create({ data: { slug, name: name.trim() }, select: { id: true } })).id;
}

/**
 * `PATCH /api/v1/articles/{id}`: title, outlet, URL and publication time.
 * A new time moves every claim and evidence quoted from the article; if that
 * would put any of them on the wrong side of its event, the edit is refused
 * with the whole list (`details.problems`) and nothing changes.
 */
export async function updateArticle(id: string, input: unknown, actor?: Actor | null) {
  const who = actor === undefined ? await requireEditor() : actor;
  const data = parseInput(ArticleUpdateSchema, input);
  const publishedAt = parseDateInput(data.publishedAt)!;
  const attempt = { action: "article.update", entityId: id, after: data };
  const result = await articleWrite(who, attempt, async (tx) => {
    await bumpArticleVersion(tx, id, data.version);
    const before = (await snapshot(tx, id))!;
    const outletId = await outletIdFor(tx, data.outlet);
    const quoted = await tx.article.findUniqueOrThrow({
      where: { id },
      select: { claims: { select: { id: true, rumorId: true } }, evidence: { select: { rumorId: true } } },
    });
    const rumorIds = [...new Set([...quoted.claims.map((c) => c.rumorId), ...quoted.evidence.map((e) => e.rumorId)])].sort();
    // Lock the rumors first (their version), like every write that moves their facts.
    for (const rumorId of rumorIds) await bumpRumorVersion(tx, rumorId, undefined);
    await withRumorFacts(tx, rumorIds, async () => {
      await tx.article.update({ where: { id }, data: { title: data.title, url: data.url ?? null, publishedAt, outletId } });
      // The claims' copies of their article's outlet and time (server/claims/facts.ts).
      await tx.claim.updateMany({ where: { articleId: id }, data: { outletId, sourceAt: publishedAt } });
    });
    refuseProblems(await rumorRuleProblems(tx, rumorIds), "This date");
    const after = (await snapshot(tx, id))!;
    await audit(tx, who, { ...attempt, entityType: "article", before, after });
    return { after, claimIds: quoted.claims.map((c) => c.id) };
  });
  readerChanged({ claimIds: result.claimIds });
  await refreshIndexedArticle(id);
  return { ...result.after, publishedAt: result.after.publishedAt };
}

/** `POST /api/v1/articles/{id}/done`: read, nothing checkable in it — it leaves the work queue (or comes back). */
export async function setArticleDone(id: string, input: unknown, actor?: Actor | null) {
  const who = actor === undefined ? await requireEditor() : actor;
  const { done, version } = parseInput(ArticleDoneSchema, input);
  const action = done ? "article.done" : "article.undone";
  return articleWrite(who, { action, entityId: id, after: { done } }, async (tx) => {
    await bumpArticleVersion(tx, id, version);
    const before = await tx.article.findUniqueOrThrow({ where: { id }, select: { doneAt: true } });
    const after = await tx.article.update({
      where: { id },
      data: { doneAt: done ? (before.doneAt ?? new Date()) : null },
      select: { ...metaSelect, doneAt: true },
    });
    await audit(tx, who, { action, entityType: "article", entityId: id, before, after: { doneAt: after.doneAt } });
    return after;
  });
}

/**
 * `DELETE /api/v1/articles/{id}`: only an article that no claim or evidence
 * quotes. The audit row keeps the whole article, so it can be undone.
 */
export async function deleteArticle(id: string, input: unknown = {}, actor?: Actor | null) {
  const who = actor === undefined ? await requireEditor() : actor;
  const { version } = parseInput(ArticleDeleteSchema, input);
  const attempt = { action: "article.delete", entityId: id };
  const deletedAt = await articleWrite(who, attempt, async (tx) => {
    await bumpArticleVersion(tx, id, version);
    const article = await tx.article.findUniqueOrThrow({
      where: { id },
      select: {
        id: true,
        outletId: true,
        title: true,
        url: true,
        publishedAt: true,
        body: true,
        sha256: true,
        importedAt: true,
        importedById: true,
        captures: { select: { id: true } },
      },
    });
    // Counted on their own: a relation `_count` groups the whole tables (see rumorClaimCounts).
    const [claims, evidence] = await Promise.all([tx.claim.count({ where: { articleId: id } }), tx.evidence.count({ where: { articleId: id } })]);
    if (claims + evidence > 0) {
      const parts = [
        claims ? `${claims} ${claims === 1 ? "claim" : "claims"}` : "",
        evidence ? `${evidence} evidence ${evidence === 1 ? "quote" : "quotes"}` : "",
      ];
      throw invalid(
        `This article is quoted by ${parts.filter(Boolean).join(" and ")}; remove ${claims + evidence === 1 ? "it" : "them"} before deleting the article.`,
      );
    }
    const { captures, ...row } = article;
    await tx.article.delete({ where: { id } });
    const at = new Date();
    await audit(tx, who, { ...attempt, entityType: "article", before: { ...row, captureIds: captures.map((c) => c.id) } });
    return at;
  });
  readerChanged();
  return { id, undoUntil: new Date(deletedAt.getTime() + UNDO_WINDOW_MS) };
}

type DeletedArticle = {
  id: string;
  outletId: string;
  title: string;
  url: string | null;
  publishedAt: string;
  body: string;
  sha256: string;
  importedAt: string;
  importedById: string | null;
  captureIds: string[];
};

/**
 * `POST /api/v1/articles/{id}/restore`: undoes a deletion from its audit row —
 * any editor within the undo window, an admin at any time.
 */
export async function restoreArticle(id: string, actor?: Actor | null) {
  const who = actor === undefined ? await requireEditor() : actor;
  const restored = await db.$transaction(async (tx) => {
    const last = await tx.auditEvent.findFirst({
      where: { entityType: "article", entityId: id, outcome: "ok", action: { in: ["article.delete", "article.restore"] } },
      orderBy: [{ at: "desc" }, { id: "desc" }],
      select: { action: true, at: true, before: true },
    });
    if (!last || last.action !== "article.delete" || !last.before) throw notFound("A deleted article with this id");
    if (who && who.role !== "admin" && Date.now() - last.at.getTime() > UNDO_WINDOW_MS) {
      throw new AppError("forbidden", "The time to undo this deletion has passed; an admin can still restore the article.");
    }
    const row = JSON.parse(last.before) as DeletedArticle;
    if (await tx.article.findUnique({ where: { sha256: row.sha256 }, select: { id: true } })) {
      throw new AppError("duplicate", "The same text was imported again since; that article stays and this one is not restored.");
    }
    const outlet = await tx.outlet.findUnique({ where: { id: row.outletId }, select: { id: true } });
    const { captureIds, ...data } = row;
    const article = await tx.article.create({
      data: {
        ...data,
        outletId: outlet ? row.outletId : await outletIdFor(tx, "Unknown outlet"),
        publishedAt: new Date(row.publishedAt),
        importedAt: new Date(row.importedAt),
        importedById: row.importedById && (await tx.user.findUnique({ where: { id: row.importedById }, select: { id: true } })) ? row.importedById : null,
      },
      select: metaSelect,
    });
    await tx.capture.updateMany({ where: { id: { in: captureIds }, articleId: null }, data: { articleId: id } });
    await audit(tx, who, { action: "article.restore", entityType: "article", entityId: id, after: article });
    return article;
  });
  readerChanged();
  await refreshIndexedArticle(id);
  return restored;
}
