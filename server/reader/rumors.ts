import "server-only";
import type { PublicAppearance, PublicRumor, PublicRumorDetail, RumorPage } from "@/lib/contracts/reader";
import { dayOf } from "@/lib/dates";
import { leadDays } from "@/lib/lead-time";
import { PageSchema } from "@/lib/schemas/claim-filter";
import { ratingThrough } from "@/lib/stance";
import { resolutionSelect } from "@/server/claims/queries";
import { toPublicResolution } from "./public-claim";
import { cachedRead } from "@/server/cache/reader-cache";
import { readerClaimWhere, readerVerdictWhere } from "@/server/claims/visibility";
import { db, type Prisma } from "@/server/platform/db";
import { invalid, notFound, parseInput } from "@/server/platform/errors";
import { decodeKey, encodeKey } from "@/server/platform/keyset";

// Rumors as readers see them: a rumor is public while one of its claims is
// published; only published claims and verdicts show. Newest first appearance first.

const articleRef = { select: { id: true, title: true, url: true, publishedAt: true, outlet: { select: { name: true, slug: true } } } } as const;
const articleDto = (a: { id: string; title: string; url: string | null; publishedAt: Date; outlet: { name: string; slug: string } }) => ({
  id: a.id,
  outlet: a.outlet.name,
  outletSlug: a.outlet.slug,
  title: a.title,
  url: a.url,
  publishedAt: dayOf(a.publishedAt),
});

const rumorSelect = {
  id: true,
  statement: true,
  deadline: true,
  firstAt: true,
  publicClaims: true,
  ratedAt: true,
  ...resolutionSelect,
  event: { select: { id: true, name: true, slug: true, date: true, place: true } },
  currentVerdict: { select: { rating: true, rationale: true, decidedAt: true } },
  claims: {
    where: readerClaimWhere,
    orderBy: [{ sourceAt: "asc" as const }, { id: "asc" as const }],
    take: 1,
    select: { id: true, article: { select: { publishedAt: true, outlet: { select: { name: true, slug: true } } } } },
  },
} satisfies Prisma.RumorSelect;

function toPublicRumor(r: Prisma.RumorGetPayload<{ select: typeof rumorSelect }>): PublicRumor {
  const first = r.claims[0];
  const v = r.currentVerdict;
  return {
    id: r.id,
    statement: r.statement,
    resolution: toPublicResolution(r),
    event: r.event ? { id: r.event.id, name: r.event.name, slug: r.event.slug, date: dayOf(r.event.date), place: r.event.place } : null,
    deadline: r.deadline ? dayOf(r.deadline) : r.event ? dayOf(r.event.date) : null,
    rating: v?.rating ?? "pending",
    verdict: v ? { rating: v.rating, rationale: v.rationale, decidedAt: v.decidedAt.toISOString() } : null,
    claimCount: r.publicClaims,
    firstAt: r.firstAt ? dayOf(r.firstAt) : null,
    firstAppearance: first
      ? { claimId: first.id, outlet: first.article.outlet.name, outletSlug: first.article.outlet.slug, publishedAt: dayOf(first.article.publishedAt) }
      : null,
    // The last change readers can see (a published verdict, else the first appearance), never the
    // rumor's updatedAt, which draft work moves.
    updatedAt: (r.ratedAt ?? r.firstAt ?? new Date(0)).toISOString(),
  };
}

const publicRumorWhere: Prisma.RumorWhereInput = { publicClaims: { gt: 0 } };

/** Public rumors, newest first appearance first, `limit` (1–500, default 100) at a time with a keyset cursor. */
export function publicRumors(query: URLSearchParams): Promise<RumorPage> {
  const { cursor, limit = 100 } = parseInput(PageSchema, { cursor: query.get("cursor") ?? undefined, limit: query.get("limit") ?? undefined });
  let after: Prisma.RumorWhereInput = {};
  if (cursor) {
    const key = (() => {
      try {
        return decodeKey(cursor, ["date", "string"]);
      } catch {
        throw invalid("The cursor is not one this API returned.", { cursor: ["Use nextCursor from a previous page."] });
      }
    })();
    const [firstAt, id] = key;
    after = { OR: [{ firstAt: { lt: firstAt } }, { firstAt, id: { lt: id } }] };
  }
  return cachedRead(`rumors:${cursor ?? ""}:${limit}`, async () => {
    const rows = await db.rumor.findMany({
      where: { AND: [publicRumorWhere, after] },
      orderBy: [{ firstAt: "desc" }, { id: "desc" }],
      take: limit + 1,
      select: rumorSelect,
    });
    const items = rows.slice(0, limit).map(toPublicRumor);
    const last = rows.length > limit ? rows[limit - 1]! : null;
    return { items, nextCursor: last ? encodeKey([last.firstAt!, last.id]) : null };
  });
}

/** A rumor page: the rumor, every published appearance (first first), its evidence and published verdicts; throws not_found. */
export function getPublicRumor(id: string): Promise<PublicRumorDetail> {
  return cachedRead(`rumor:${id}`, async () => {
    const r = await db.rumor.findFirst({
      where: { id, ...publicRumorWhere },
      select: {
        ...rumorSelect,
        claims: {
          where: readerClaimWhere,
          orderBy: [{ sourceAt: "asc" }, { id: "asc" }],
          select: {
            id: true,
            statement: true,
            quoteText: true,
            quoteStart: true,
            quoteEnd: true,
            attributedTo: true,
            stance: true,
            own: true,
            origin: true,
            relayedFrom: { select: { name: true, slug: true } },
            article: articleRef,
            overrideVerdict: { select: { rating: true } },
          },
        },
        evidence: {
          orderBy: [{ article: { publishedAt: "asc" } }, { quoteStart: "asc" }],
          select: { id: true, quoteText: true, quoteStart: true, quoteEnd: true, stance: true, note: true, article: articleRef },
        },
        verdicts: {
          where: { ...readerVerdictWhere, claimId: null },
          orderBy: { decidedAt: "desc" },
          select: { rating: true, rationale: true, decidedAt: true },
        },
      },
    });
    if (!r) throw notFound("The rumor");
    const until = r.outcomeAt ?? r.event?.date ?? r.deadline;
    const appearances: PublicAppearance[] = r.claims.map((c) => {
      const rating = c.overrideVerdict?.rating ?? ratingThrough(c.stance, r.currentVerdict?.rating ?? null);
      return {
        claimId: c.id,
        statement: c.statement,
        quote: { text: c.quoteText, start: c.quoteStart, end: c.quoteEnd },
        attributedTo: c.attributedTo,
        stance: c.stance,
        own: c.own,
        origin: c.origin,
        relayedFrom: c.relayedFrom,
        article: articleDto(c.article),
        rating: rating ?? "pending",
        overridden: c.overrideVerdict !== null,
        leadDays: until ? leadDays(c.article.publishedAt, until) : null,
      };
    });
    return {
      ...toPublicRumor({ ...r, claims: r.claims.slice(0, 1) }),
      appearances,
      evidence: r.evidence.map((e) => ({
        id: e.id,
        quote: { text: e.quoteText, start: e.quoteStart, end: e.quoteEnd },
        stance: e.stance,
        note: e.note,
        article: articleDto(e.article),
      })),
      history: r.verdicts.map((v) => ({ rating: v.rating, rationale: v.rationale, decidedAt: v.decidedAt.toISOString() })),
    };
  });
}
