import "server-only";
import type { ArticleListItem } from "@/lib/contracts/writes";
import { requireEditor } from "@/server/auth/session";
import { db } from "@/server/platform/db";
import { articleQuoteCounts } from "@/server/platform/relation-counts";
import { notFound } from "@/server/platform/errors";

// Reading articles: the desk's lists and reader, and the editor API's list.

const articleSummarySelect = {
  id: true,
  title: true,
  url: true,
  publishedAt: true,
  importedAt: true,
  outlet: { select: { id: true, name: true, slug: true } },
  assignee: { select: { id: true, name: true } },
} as const;

export async function listArticles(filter: { q?: string } = {}) {
  const q = filter.q?.trim();
  const rows = await db.article.findMany({
    where: q ? { OR: [{ title: { contains: q } }, { outlet: { name: { contains: q } } }] } : undefined,
    orderBy: [{ publishedAt: "desc" }, { importedAt: "desc" }],
    take: 500,
    select: articleSummarySelect,
  });
  const counts = await articleQuoteCounts(rows.map((r) => r.id));
  // Counted for these articles only (server/platform/relation-counts.ts says why).
  return rows.map((r) => ({ ...r, _count: counts.get(r.id) ?? { claims: 0, evidence: 0 } }));
}

/** The article as the editor's reader shows it, with every quote pinned to it. */
export async function getArticle(id: string) {
  const article = await db.article.findUnique({
    where: { id },
    select: {
      id: true,
      title: true,
      url: true,
      publishedAt: true,
      importedAt: true,
      body: true,
      sha256: true,
      version: true,
      outlet: { select: { id: true, name: true, slug: true } },
      assignee: { select: { id: true, name: true } },
      claims: {
        orderBy: { quoteStart: "asc" },
        select: { id: true, quoteStart: true, quoteEnd: true, statement: true, rating: true, rumorId: true },
      },
      evidence: {
        orderBy: { quoteStart: "asc" },
        select: {
          id: true,
          quoteStart: true,
          quoteEnd: true,
          stance: true,
          rumor: { select: { id: true, statement: true, claims: { orderBy: { sourceAt: "asc" }, take: 1, select: { id: true } } } },
        },
      },
    },
  });
  if (!article) throw notFound("The article");
  return {
    ...article,
    claims: article.claims.map(({ rating, ...c }) => ({ ...c, currentVerdict: rating ? { rating } : null })),
    // Evidence belongs to a rumor; the desk opens it at the rumor's first claim.
    evidence: article.evidence.map(({ rumor, ...e }) => ({ ...e, rumorId: rumor.id, claim: { id: rumor.claims[0]?.id ?? "", statement: rumor.statement } })),
  };
}

export async function getArticleBody(id: string): Promise<string> {
  const article = await db.article.findUnique({ where: { id }, select: { body: true } });
  if (!article) throw notFound("The article");
  return article.body;
}

/** `GET /api/v1/articles`: the newest 500 (matching `q` in title or outlet), with their quote counts. */
export async function listArticleItems(q?: string): Promise<ArticleListItem[]> {
  await requireEditor();
  return (await listArticles({ q })).map(({ _count, ...a }) => ({
    ...a,
    publishedAt: a.publishedAt.toISOString(),
    importedAt: a.importedAt.toISOString(),
    claimCount: _count.claims,
    evidenceCount: _count.evidence,
  }));
}

/** Every outlet by name, for the desk's pickers (the outlet a claim relays). */
export async function listOutletRefs() {
  return db.outlet.findMany({ orderBy: [{ name: "asc" }, { id: "asc" }], take: 5_000, select: { id: true, name: true, slug: true, domain: true } });
}
