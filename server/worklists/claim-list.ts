import "server-only";
import type { DeskClaimRow, DeskListPage } from "@/lib/contracts/desk-lists";
import { jsonify } from "@/lib/json";
import { ClaimListSchema, DESK_PAGE_SIZE, type ClaimListInput } from "@/lib/schemas/desk-list";
import { SEARCH_LIMIT } from "@/lib/schemas/claim-filter";
import { requireEditor, type Actor } from "@/server/auth/session";
import { db, type Prisma } from "@/server/platform/db";
import { parseInput } from "@/server/platform/errors";
import { rumorEvidenceCounts } from "@/server/platform/relation-counts";
import { searchClaimIds } from "@/server/search/search";
import { assigneeWhere } from "./assignee-filter";
import { after, decodeCursor, encodeCursor, orderOf, type Sort } from "./seek";

/** Matches nothing: an unknown event or outlet slug. */
const NONE: Prisma.ClaimWhereInput = { id: { in: [] } };

const SORTS: Record<NonNullable<ClaimListInput["sort"]>, Sort> = {
  newest: { path: ["createdAt"], dir: "desc", kind: "date" },
  oldest: { path: ["createdAt"], dir: "asc", kind: "date" },
  deadline: { path: ["rumor", "deadline"], dir: "asc", kind: "date", nullable: true },
  outlet: { path: ["outlet", "name"], dir: "asc", kind: "string" },
  source: { path: ["sourceAt"], dir: "asc", kind: "date" },
};

/** `me`: the signed-in editor's id (null for the system, whose "me" is nobody). */
type Context = { now: Date; eventId: string | null; outletId: string | null; me: string | null };

/** Past its deadline (or, without one, its event day) with no published verdict: the work queue's rule. */
const overdueWhere = (now: Date): Prisma.ClaimWhereInput => ({
  rumor: { currentVerdictId: null, OR: [{ deadline: { lt: now } }, { deadline: null, event: { date: { lt: now } } }] },
});

/**
 * One condition per filter, on the claim or its rumor: the extension point
 * for new filters.
 */
const claimConditions: {
  [K in Exclude<keyof ClaimListInput, "q" | "sort" | "cursor" | "limit">]: (value: NonNullable<ClaimListInput[K]>, c: Context) => Prisma.ClaimWhereInput;
} = {
  event: (_, c) => (c.eventId ? { eventId: c.eventId } : NONE),
  outlet: (_, c) => (c.outletId ? { outletId: c.outletId } : NONE),
  verdict: (v) => (v === "pending" ? { rating: null } : { rating: v }),
  state: (v) => (v === "published" ? { publishedAt: { not: null } } : { publishedAt: null }),
  overdue: (_, c) => overdueWhere(c.now),
  flagged: () => ({ flaggedAt: { not: null } }),
  assignee: (v, c) => assigneeWhere(v, c.me),
};

async function whereOf(filter: ClaimListInput, now: Date, me: string | null): Promise<Prisma.ClaimWhereInput> {
  const [event, outlet] = await Promise.all([
    filter.event ? db.event.findUnique({ where: { slug: filter.event }, select: { id: true } }) : null,
    filter.outlet ? db.outlet.findUnique({ where: { slug: filter.outlet }, select: { id: true } }) : null,
  ]);
  const context: Context = { now, eventId: event?.id ?? null, outletId: outlet?.id ?? null, me };
  const and: Prisma.ClaimWhereInput[] = [];
  for (const [key, condition] of Object.entries(claimConditions) as [keyof typeof claimConditions, (v: unknown, c: Context) => Prisma.ClaimWhereInput][]) {
    if (filter[key] !== undefined) and.push(condition(filter[key], context));
  }
  return { AND: and };
}

const rowSelect = {
  id: true,
  statement: true,
  attributedTo: true,
  createdAt: true,
  publishedAt: true,
  flaggedAt: true,
  rating: true,
  sourceAt: true,
  outlet: { select: { name: true, slug: true } },
  article: { select: { id: true, title: true, publishedAt: true } },
  assignee: { select: { id: true, name: true } },
  rumor: {
    select: {
      id: true,
      version: true,
      deadline: true,
      currentVerdictId: true,
      event: { select: { id: true, name: true, slug: true, date: true } },
    },
  },
} satisfies Prisma.ClaimSelect;

type Row = Prisma.ClaimGetPayload<{ select: typeof rowSelect }>;

function toRow({ rumor, sourceAt: _sourceAt, ...c }: Row, now: Date, evidence: Map<string, number>) {
  const due = rumor.deadline ?? rumor.event?.date ?? null;
  return {
    ...c,
    rating: c.rating ?? ("pending" as const),
    version: rumor.version,
    rumorId: rumor.id,
    deadline: rumor.deadline,
    overdue: !rumor.currentVerdictId && due !== null && due < now,
    event: rumor.event ? { id: rumor.event.id, name: rumor.event.name, slug: rumor.event.slug } : null,
    evidenceCount: evidence.get(rumor.id) ?? 0,
  };
}

// Ids per IN list: SQLite's driver takes at most 999 parameters a statement.
const ID_CHUNK = 500;

/**
 * The desk's claim list: every claim, drafts included. A search narrows to
 * its best SEARCH_LIMIT matches (server/search), read in chunks; the other
 * filters, the order and the page are the database's in every case.
 */
export async function listDeskClaims(input: unknown, actor?: Actor | null, now = new Date()): Promise<DeskListPage<DeskClaimRow>> {
  const who = actor === undefined ? await requireEditor() : actor;
  const filter = parseInput(ClaimListSchema, input);
  const sort = SORTS[filter.sort ?? "newest"];
  const size = filter.limit ?? DESK_PAGE_SIZE;
  const where = await whereOf(filter, now, who?.id ?? null);
  const conditions = [where, ...(filter.cursor ? [after(sort, decodeCursor(sort, filter.cursor)) as Prisma.ClaimWhereInput] : [])];
  const orderBy = orderOf(sort) as Prisma.ClaimOrderByWithRelationInput[];
  const take = size + 1;
  let searchCapped = false;
  if (filter.q) {
    const ids = await searchClaimIds(filter.q);
    searchCapped = ids.length >= SEARCH_LIMIT;
    // Each chunk's first page holds the overall first page's members; the last query orders them.
    const found: string[] = [];
    for (let i = 0; i < ids.length; i += ID_CHUNK) {
      const part = await db.claim.findMany({
        where: { AND: [...conditions, { id: { in: ids.slice(i, i + ID_CHUNK) } }] },
        orderBy,
        take,
        select: { id: true },
      });
      found.push(...part.map((r) => r.id));
    }
    conditions.push({ id: { in: found } });
  }
  const rows = await db.claim.findMany({ where: { AND: conditions }, orderBy, take, select: rowSelect });
  const page = rows.slice(0, size);
  // Counted for this page only (server/platform/relation-counts.ts says why).
  const evidence = await rumorEvidenceCounts(page.map((r) => r.rumor.id));
  const items = page.map((r) => toRow(r, now, evidence));
  const nextCursor = rows.length > size ? encodeCursor(sort, page[page.length - 1]!) : null;
  return { items: jsonify(items), nextCursor, searchCapped };
}
