import "server-only";
import type { DeskArticleRow, DeskListPage } from "@/lib/contracts/desk-lists";
import { jsonify } from "@/lib/json";
import { ArticleListSchema, DESK_PAGE_SIZE, type ArticleListInput } from "@/lib/schemas/desk-list";
import { requireEditor, type Actor } from "@/server/auth/session";
import { db, type Prisma } from "@/server/platform/db";
import { parseInput } from "@/server/platform/errors";
import { articleQuoteCounts } from "@/server/platform/relation-counts";
import { searchClaimIds, searchWords } from "@/server/search/search";
import { assigneeWhere } from "./assignee-filter";
import { after, decodeCursor, encodeCursor, orderOf, type Sort } from "./seek";

const NONE: Prisma.ArticleWhereInput = { id: { in: [] } };

const SORTS: Record<NonNullable<ArticleListInput["sort"]>, Sort> = {
  newest: { path: ["publishedAt"], dir: "desc", kind: "date" },
  oldest: { path: ["publishedAt"], dir: "asc", kind: "date" },
  title: { path: ["title"], dir: "asc", kind: "string" },
  outlet: { path: ["outlet", "name"], dir: "asc", kind: "string" },
};

/** Claims found by full-text search lead to their articles; at most this many (one IN list). */
const CLAIM_IDS = 500;

/**
 * An article matches a search when every word is in its title or outlet's
 * name, or when a claim quoted from it matches (the claims' full-text index,
 * server/search: statement, quote, attribution, evidence).
 */
async function searchWhere(q: string): Promise<Prisma.ArticleWhereInput> {
  const words = searchWords(q);
  if (words.length === 0) return NONE;
  const claimIds = (await searchClaimIds(q)).slice(0, CLAIM_IDS);
  return {
    OR: [
      { AND: words.map((w) => ({ OR: [{ title: { contains: w } }, { outlet: { name: { contains: w } } }] })) },
      ...(claimIds.length ? [{ claims: { some: { id: { in: claimIds } } } }] : []),
    ],
  };
}

async function whereOf(filter: ArticleListInput, me: string | null): Promise<Prisma.ArticleWhereInput> {
  const [event, outlet] = await Promise.all([
    filter.event ? db.event.findUnique({ where: { slug: filter.event }, select: { id: true } }) : null,
    filter.outlet ? db.outlet.findUnique({ where: { slug: filter.outlet }, select: { id: true } }) : null,
  ]);
  const and: Prisma.ArticleWhereInput[] = [];
  if (filter.q) and.push(await searchWhere(filter.q));
  // An article belongs to an event through what is quoted from it: its claims, or evidence for the event's rumors.
  if (filter.event) and.push(event ? { OR: [{ claims: { some: { eventId: event.id } } }, { evidence: { some: { rumor: { eventId: event.id } } } }] } : NONE);
  if (filter.outlet) and.push(outlet ? { outletId: outlet.id } : NONE);
  if (filter.assignee) and.push(assigneeWhere(filter.assignee, me));
  return { AND: and };
}

/** The desk's article list: searched, filtered, sorted and paged (keyset). */
export async function listDeskArticles(input: unknown, actor?: Actor | null): Promise<DeskListPage<DeskArticleRow>> {
  const who = actor === undefined ? await requireEditor() : actor;
  const filter = parseInput(ArticleListSchema, input);
  const sort = SORTS[filter.sort ?? "newest"];
  const size = filter.limit ?? DESK_PAGE_SIZE;
  const where = await whereOf(filter, who?.id ?? null);
  const rows = await db.article.findMany({
    where: filter.cursor ? { AND: [where, after(sort, decodeCursor(sort, filter.cursor)) as Prisma.ArticleWhereInput] } : where,
    orderBy: orderOf(sort) as Prisma.ArticleOrderByWithRelationInput[],
    take: size + 1,
    select: {
      id: true,
      title: true,
      url: true,
      publishedAt: true,
      importedAt: true,
      outlet: { select: { name: true, slug: true } },
      assignee: { select: { id: true, name: true } },
    },
  });
  const page = rows.slice(0, size);
  // Counted for this page only (server/platform/relation-counts.ts says why).
  const counts = await articleQuoteCounts(page.map((a) => a.id));
  const items = page.map((a) => ({ ...a, claimCount: counts.get(a.id)?.claims ?? 0, evidenceCount: counts.get(a.id)?.evidence ?? 0 }));
  const nextCursor = rows.length > size ? encodeCursor(sort, page[page.length - 1]!) : null;
  return { items: jsonify(items), nextCursor, searchCapped: false };
}
