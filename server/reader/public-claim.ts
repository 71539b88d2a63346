import "server-only";
import { isClaimCertainty } from "@/lib/calibration";
import type { ClaimLine, PublicClaim, PublicClaimDetail, PublicResolution } from "@/lib/contracts/reader";
import { dayOf } from "@/lib/dates";
import { contextAround } from "@/lib/spans";
import { ratingThrough } from "@/lib/stance";
import { getArticleBody } from "@/server/articles/reads";
import { getClaim, listClaims, type ClaimFilter, type ClaimListItem } from "@/server/claims/queries";
import { db, Prisma } from "@/server/platform/db";
import { epochMs, jsonRows, msOf, parseJsonRows } from "@/server/platform/json-rows";

type ArticleRef = ClaimListItem["article"];
type Decided = { rating: NonNullable<ClaimListItem["rating"]>; rationale: string; decidedAt: Date };

function articleDto(a: ArticleRef) {
  return { id: a.id, outlet: a.outlet.name, outletSlug: a.outlet.slug, title: a.title, url: a.url, publishedAt: dayOf(a.publishedAt) };
}

/** What toPublicClaim reads of a claim: the flattened claim row, without who decided a verdict. */
export type PublicClaimSource = Omit<ClaimListItem, "currentVerdict" | "overrideVerdict"> & {
  currentVerdict: Decided | null;
  overrideVerdict: Decided | null;
};

/** A rumor's resolution as readers see it (days for the outcome, instants for the rest). */
export function toPublicResolution(r: ClaimListItem["resolution"]): PublicResolution {
  return {
    confirmedIf: r.confirmedIf,
    refutedIf: r.refutedIf,
    criteriaChangedAt: r.criteriaChangedAt?.toISOString() ?? null,
    outcomeAt: r.outcomeAt ? dayOf(r.outcomeAt) : null,
    void: r.voidedAt ? { at: r.voidedAt.toISOString(), reason: r.voidReason ?? "" } : null,
  };
}

/** The public shape of a claim (documented in docs/api.md); dates are ISO strings. */
export function toPublicClaim(claim: PublicClaimSource): PublicClaim {
  const deadline = claim.deadline ?? claim.event?.date ?? null;
  // A void rumor has no verdict and its claims no rating (server/claims/facts.ts).
  const voided = claim.resolution.voidedAt !== null;
  const rumorVerdict = voided ? null : claim.currentVerdict;
  const own = voided ? null : claim.overrideVerdict;
  // The claim's verdict: its override, or the rumor's read through its stance.
  const rating = own?.rating ?? ratingThrough(claim.stance, rumorVerdict?.rating ?? null);
  const decided = own ?? rumorVerdict;
  return {
    id: claim.id,
    statement: claim.statement,
    quote: { text: claim.quoteText, start: claim.quoteStart, end: claim.quoteEnd },
    attributedTo: claim.attributedTo,
    stance: claim.stance,
    certainty: isClaimCertainty(claim.certainty) ? claim.certainty : "unknown",
    own: claim.own,
    origin: claim.origin,
    relayedFrom: claim.relayedFrom,
    sourceArticle: articleDto(claim.article),
    event: claim.event ? { id: claim.event.id, name: claim.event.name, slug: claim.event.slug, date: dayOf(claim.event.date), place: claim.event.place } : null,
    deadline: deadline ? dayOf(deadline) : null,
    rumor: { id: claim.rumor.id, statement: claim.rumor.statement, rating: rumorVerdict?.rating ?? "pending", claimCount: claim.rumor.publicClaims },
    resolution: toPublicResolution(claim.resolution),
    evidence: claim.evidence.map((e) => ({
      id: e.id,
      quote: { text: e.quoteText, start: e.quoteStart, end: e.quoteEnd },
      stance: e.stance,
      note: e.note,
      article: articleDto(e.article),
    })),
    rating: rating ?? "pending",
    verdict: decided && rating ? { rating, rationale: decided.rationale, decidedAt: decided.decidedAt.toISOString() } : null,
    overridden: own !== null,
    updatedAt: claim.updatedAt.toISOString(),
  };
}

export async function listPublicClaims(filter: ClaimFilter = {}): Promise<PublicClaim[]> {
  return (await listClaims({ ...filter, audience: "reader" })).map(toPublicClaim);
}

export async function getPublicClaim(id: string): Promise<PublicClaimDetail> {
  const claim = await getClaim(id, "reader");
  const body = await getArticleBody(claim.article.id);
  return {
    ...toPublicClaim(claim),
    context: contextAround(body, { start: claim.quoteStart, end: claim.quoteEnd }),
    history: claim.verdicts.map((v) => ({ rating: v.rating, rationale: v.rationale, decidedAt: v.decidedAt.toISOString() })),
  };
}

// A list line needs a few of the claim's own columns (its rating and
// ratedAt are kept by the write path, server/claims/facts.ts, exactly as
// toPublicClaim derives them from the override and the rumor's verdict),
// its outlet's name, its event and its rumor's void and quote count: the
// claims in one read, then everything they refer to in one statement, each
// list as one JSON cell (server/platform/json-rows.ts). Prisma would load the
// outlet, the event, the rumor and the rumor's evidence one read each: five
// round trips a page, each costing more than its rows on PostgreSQL
// (docs/performance.md).

/** What a claim's line reads of the claim itself. */
export const claimLineSelect = {
  id: true,
  statement: true,
  attributedTo: true,
  rating: true,
  ratedAt: true,
  sourceAt: true,
  outletId: true,
  eventId: true,
  rumorId: true,
} satisfies Prisma.ClaimSelect;
type LineRow = Prisma.ClaimGetPayload<{ select: typeof claimLineSelect }>;

type OutletRow = [id: string, name: string];
type EventRow = [id: string, name: string, slug: string, date: unknown, place: string | null];
type RumorRow = [id: string, statement: string, voidedAt: unknown, voidReason: string | null, evidence: number];

const idList = (ids: Iterable<string>) => {
  const list = [...new Set(ids)];
  return list.length ? Prisma.join(list) : Prisma.sql`NULL`;
};

/** Claims as their lines, in the order given: their outlets, events and rumors (with quote counts) in one statement. */
export async function toClaimLines(rows: LineRow[]): Promise<ClaimLine[]> {
  // Read even for no rows: a page's statements stay as many whatever it holds (query-counts.test.ts).
  const [cells] = await db.$queryRaw<{ outlets: unknown; events: unknown; rumors: unknown }[]>(Prisma.sql`
    SELECT
      ${jsonRows(Prisma.sql`o."id", o."name"`, Prisma.sql`FROM "Outlet" o WHERE o."id" IN (${idList(rows.map((r) => r.outletId))})`)} AS "outlets",
      ${jsonRows(
        Prisma.sql`e."id", e."name", e."slug", ${epochMs('e."date"')}, e."place"`,
        Prisma.sql`FROM "Event" e WHERE e."id" IN (${idList(rows.flatMap((r) => (r.eventId ? [r.eventId] : [])))})`,
      )} AS "events",
      ${jsonRows(
        // Every quote attached to the rumor, as the claim page lists them; on the Evidence (rumorId) index.
        Prisma.sql`r."id", r."statement", ${epochMs('r."voidedAt"')}, r."voidReason", (SELECT COUNT(*) FROM "Evidence" x WHERE x."rumorId" = r."id")`,
        Prisma.sql`FROM "Rumor" r WHERE r."id" IN (${idList(rows.map((r) => r.rumorId))})`,
      )} AS "rumors"`);
  const outlets = new Map(parseJsonRows<OutletRow>(cells?.outlets).map((o) => [o[0], o]));
  const events = new Map(parseJsonRows<EventRow>(cells?.events).map((e) => [e[0], e]));
  const rumors = new Map(parseJsonRows<RumorRow>(cells?.rumors).map((r) => [r[0], r]));
  return rows.map((r) => {
    const [, outletName] = outlets.get(r.outletId)!;
    const [rumorId, rumorStatement, voidedAt, voidReason, quotes] = rumors.get(r.rumorId)!;
    const event = r.eventId ? events.get(r.eventId) : undefined;
    return {
      id: r.id,
      statement: r.statement,
      attributedTo: r.attributedTo,
      // A void rumor's claims have no rating (facts.ts): "pending", as toPublicClaim says.
      rating: r.rating ?? "pending",
      ratedAt: r.ratedAt?.toISOString() ?? null,
      outlet: outletName,
      publishedAt: dayOf(r.sourceAt),
      quotes: Number(quotes),
      void: voidedAt === null ? null : { at: new Date(msOf(voidedAt)).toISOString(), reason: voidReason ?? "" },
      event: event ? { id: event[0], name: event[1], slug: event[2], date: dayOf(new Date(msOf(event[3]))), place: event[4] } : null,
      rumor: { id: rumorId, statement: rumorStatement },
    };
  });
}
