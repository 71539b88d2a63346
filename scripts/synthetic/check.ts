// Checks a database against the invariants the app's write path keeps
// (the same ones world.ts promises), reading through Prisma like the app
// does. Used by the generator's test and the rumors tests; returns the
// problems found (at most `limit`), so a broken rule names the rows that
// break it.
import { createHash } from "node:crypto";
import { attributionKind } from "@/lib/attribution";
import { isPreEvent } from "@/lib/dates";
import { leadDays } from "@/lib/lead-time";
import { crossesParagraph } from "@/lib/quote-bounds";
import { checkSpan } from "@/lib/spans";
import { ratingThrough } from "@/lib/stance";
import { db } from "@/server/platform/db";

type Verdict = { id: string; claimId: string | null; rating: string; decidedAt: Date; publishedAt: Date | null };

/** The latest published verdict (server/claims/verdicts.ts repoint). */
const latestOf = (verdicts: Verdict[]) =>
  verdicts
    .filter((v) => v.publishedAt !== null)
    .sort((a, b) => b.publishedAt!.getTime() - a.publishedAt!.getTime() || b.decidedAt.getTime() - a.decidedAt.getTime())[0] ?? null;

export async function checkInvariants(limit = 20): Promise<string[]> {
  const problems: string[] = [];
  const fail = (message: string) => {
    if (problems.length < limit) problems.push(message);
  };

  const articles = new Map(
    (await db.article.findMany({ select: { id: true, body: true, publishedAt: true, outletId: true, sha256: true } })).map((a) => [a.id, a]),
  );
  for (const a of articles.values()) {
    if (createHash("sha256").update(a.body, "utf8").digest("hex") !== a.sha256) fail(`article ${a.id}: sha256 is not the hash of its body`);
  }
  const events = new Map((await db.event.findMany({ select: { id: true, name: true, date: true, startTime: true, timeZone: true } })).map((e) => [e.id, e]));
  const rumors = await db.rumor.findMany({
    select: {
      id: true,
      eventId: true,
      currentVerdictId: true,
      publicClaims: true,
      firstAt: true,
      rating: true,
      ratedAt: true,
      createdAt: true,
      updatedAt: true,
      deadline: true,
      outcomeAt: true,
      voidedAt: true,
      evidence: { select: { id: true, articleId: true, quoteStart: true, quoteEnd: true, quoteText: true } },
      verdicts: { select: { id: true, claimId: true, rating: true, decidedAt: true, publishedAt: true } },
      claims: {
        orderBy: [{ sourceAt: "asc" }, { id: "asc" }],
        select: {
          id: true,
          articleId: true,
          eventId: true,
          quoteStart: true,
          quoteEnd: true,
          quoteText: true,
          attributedTo: true,
          stance: true,
          publishedAt: true,
          overrideVerdictId: true,
          outletId: true,
          sourceAt: true,
          rating: true,
          ratedAt: true,
          own: true,
          origin: true,
          certainty: true,
          leadDays: true,
          voided: true,
          createdAt: true,
          updatedAt: true,
        },
      },
    },
  });

  const outletTally = new Map<string, number>();
  const eventTally = new Map<string, number>();
  const certaintyTally = new Map<string, number>();
  for (const r of rumors) {
    if (r.claims.length === 0) fail(`rumor ${r.id}: has no claims`);
    const event = r.eventId ? events.get(r.eventId) : null;
    if (r.eventId && !event) fail(`rumor ${r.id}: unknown event`);
    // A void rumor has no verdict and its claims no rating; the tallies count them as "void" (server/claims/facts.ts).
    const voided = r.voidedAt !== null;
    const current = latestOf(r.verdicts.filter((v) => v.claimId === null));
    if ((current?.id ?? null) !== r.currentVerdictId)
      fail(`rumor ${r.id}: current verdict ${r.currentVerdictId} is not its latest published one (${current?.id ?? "none"})`);
    if (voided && current) fail(`rumor ${r.id}: void with a published verdict`);
    if ((current?.rating ?? null) !== r.rating) fail(`rumor ${r.id}: rating ${r.rating} is not its current verdict's (${current?.rating ?? "none"})`);
    const published = r.claims.filter((c) => c.publishedAt !== null);
    if (r.publicClaims !== published.length) fail(`rumor ${r.id}: publicClaims ${r.publicClaims}, counted ${published.length}`);
    if ((r.firstAt?.getTime() ?? null) !== (published[0]?.sourceAt.getTime() ?? null)) fail(`rumor ${r.id}: firstAt is not its first published appearance`);
    if (r.updatedAt < r.createdAt) fail(`rumor ${r.id}: updated before it was created`);

    for (const c of r.claims) {
      const source = articles.get(c.articleId);
      if (!source) {
        fail(`claim ${c.id}: no source article`);
        continue;
      }
      const span = checkSpan(source.body, c.quoteStart, c.quoteEnd, c.quoteText);
      if (!span.ok) fail(`claim ${c.id}: quote span ${c.quoteStart}–${c.quoteEnd}: ${span.message}`);
      else if (crossesParagraph(source.body, { start: c.quoteStart, end: c.quoteEnd })) fail(`claim ${c.id}: quote crosses a paragraph`);
      if (c.eventId !== r.eventId) fail(`claim ${c.id}: eventId is not its rumor's`);
      if (event && !isPreEvent(source.publishedAt, event)) fail(`claim ${c.id}: source article is not from before ${event.name}`);
      if (c.outletId !== source.outletId) fail(`claim ${c.id}: outletId is not its article's outlet`);
      if (c.sourceAt.getTime() !== source.publishedAt.getTime()) fail(`claim ${c.id}: sourceAt is not its article's publishedAt`);
      if (c.own !== (attributionKind(c.attributedTo) === "own")) fail(`claim ${c.id}: own does not match “${c.attributedTo}”`);
      if (c.origin !== (c.id === published[0]?.id)) fail(`claim ${c.id}: origin is not whether it is its rumor's first published appearance`);
      if (c.updatedAt < c.createdAt) fail(`claim ${c.id}: updated before it was created`);
      const override = latestOf(r.verdicts.filter((v) => v.claimId === c.id));
      if ((override?.id ?? null) !== c.overrideVerdictId) fail(`claim ${c.id}: override ${c.overrideVerdictId} is not its latest published one`);
      const rating = voided ? null : (override?.rating ?? ratingThrough(c.stance, r.rating));
      if (rating !== c.rating)
        fail(`claim ${c.id}: rating ${c.rating} is not its ${override ? "override's" : "rumor's through its stance"} (${rating ?? "none"})`);
      const ratedAt = voided ? null : (override?.decidedAt ?? (rating ? current?.decidedAt : null) ?? null);
      if ((ratedAt?.getTime() ?? null) !== (c.ratedAt?.getTime() ?? null)) fail(`claim ${c.id}: ratedAt is not its verdict's decidedAt`);
      const until = r.outcomeAt ?? event?.date ?? r.deadline;
      const lead = c.publishedAt && rating === "confirmed" && until ? leadDays(c.sourceAt, until) : null;
      if (lead !== c.leadDays) fail(`claim ${c.id}: leadDays ${c.leadDays}, expected ${lead}`);
      if (c.voided !== voided) fail(`claim ${c.id}: voided ${c.voided}, but its rumor is ${voided ? "" : "not "}void`);
      if (c.publishedAt) {
        const tallied = voided ? "void" : (c.rating ?? "pending");
        const key = `${c.outletId}|${c.own}|${c.stance}|${c.origin}|${tallied}`;
        outletTally.set(key, (outletTally.get(key) ?? 0) + 1);
        const tierKey = `${c.outletId}|${c.certainty}|${tallied}`;
        certaintyTally.set(tierKey, (certaintyTally.get(tierKey) ?? 0) + 1);
      }
    }

    const first = articles.get(r.claims[0]?.articleId ?? "");
    for (const e of r.evidence) {
      const article = articles.get(e.articleId);
      if (!article) {
        fail(`evidence ${e.id}: no article`);
        continue;
      }
      const check = checkSpan(article.body, e.quoteStart, e.quoteEnd, e.quoteText);
      if (!check.ok) fail(`evidence ${e.id}: quote span ${e.quoteStart}–${e.quoteEnd}: ${check.message}`);
      else if (crossesParagraph(article.body, { start: e.quoteStart, end: e.quoteEnd })) fail(`evidence ${e.id}: quote crosses a paragraph`);
      if (r.claims.some((c) => c.articleId === e.articleId)) fail(`evidence ${e.id}: quoted from one of its rumor's claims' articles`);
      if (event ? isPreEvent(article.publishedAt, event) : first && article.publishedAt <= first.publishedAt) {
        fail(`evidence ${e.id}: its article is not from after ${event ? event.name : "the rumor's first appearance"}`);
      }
    }
    if (r.publicClaims > 0 && r.eventId) {
      const key = `${r.eventId}|${voided ? "void" : (r.rating ?? "pending")}`;
      eventTally.set(key, (eventTally.get(key) ?? 0) + 1);
    }
  }

  const storedOutlets = new Map(
    (await db.outletTally.findMany()).filter((t) => t.count !== 0).map((t) => [`${t.outletId}|${t.own}|${t.stance}|${t.origin}|${t.rating}`, t.count]),
  );
  const storedTiers = new Map(
    (await db.certaintyTally.findMany()).filter((t) => t.count !== 0).map((t) => [`${t.outletId}|${t.certainty}|${t.rating}`, t.count]),
  );
  const storedEvents = new Map((await db.eventTally.findMany()).filter((t) => t.count !== 0).map((t) => [`${t.eventId}|${t.rating}`, t.count]));
  for (const [expected, stored, what] of [
    [outletTally, storedOutlets, "OutletTally"],
    [eventTally, storedEvents, "EventTally"],
    [certaintyTally, storedTiers, "CertaintyTally"],
  ] as const) {
    for (const key of new Set([...expected.keys(), ...stored.keys()])) {
      if ((expected.get(key) ?? 0) !== (stored.get(key) ?? 0)) fail(`${what} ${key}: stored ${stored.get(key) ?? 0}, counted ${expected.get(key) ?? 0}`);
    }
  }
  return problems;
}
