// Checks a database against the invariants the app's write path keeps
// (the same ones world.ts promises), reading through Prisma like the app
// does. Used by the generator's test; returns the problems found (at most
// `limit`), so a broken rule names the rows that break it.
import { createHash } from "node:crypto";
import { attributionKind } from "@/lib/attribution";
import { isPreEvent } from "@/lib/dates";
import { checkSpan } from "@/lib/spans";
import { db } from "@/server/platform/db";

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
  const events = new Map((await db.event.findMany({ select: { id: true, name: true, date: true } })).map((e) => [e.id, e]));
  const claims = await db.claim.findMany({
    select: {
      id: true,
      articleId: true,
      eventId: true,
      quoteStart: true,
      quoteEnd: true,
      quoteText: true,
      attributedTo: true,
      publishedAt: true,
      currentVerdictId: true,
      outletId: true,
      sourceAt: true,
      rating: true,
      ratedAt: true,
      own: true,
      version: true,
      createdAt: true,
      updatedAt: true,
      evidence: { select: { id: true, articleId: true, quoteStart: true, quoteEnd: true, quoteText: true } },
      verdicts: { select: { id: true, rating: true, decidedAt: true, publishedAt: true } },
    },
  });

  const outletTally = new Map<string, number>();
  const eventTally = new Map<string, number>();
  for (const c of claims) {
    const source = articles.get(c.articleId);
    if (!source) {
      fail(`claim ${c.id}: no source article`);
      continue;
    }
    const span = checkSpan(source.body, c.quoteStart, c.quoteEnd, c.quoteText);
    if (!span.ok) fail(`claim ${c.id}: quote span ${c.quoteStart}–${c.quoteEnd}: ${span.message}`);
    const event = c.eventId ? events.get(c.eventId) : null;
    if (c.eventId && !event) fail(`claim ${c.id}: unknown event`);
    if (event && !isPreEvent(source.publishedAt, event.date)) fail(`claim ${c.id}: source article is not from before ${event.name}`);
    if (c.outletId !== source.outletId) fail(`claim ${c.id}: outletId is not its article's outlet`);
    if (c.sourceAt.getTime() !== source.publishedAt.getTime()) fail(`claim ${c.id}: sourceAt is not its article's publishedAt`);
    if (c.own !== (attributionKind(c.attributedTo) === "own")) fail(`claim ${c.id}: own does not match “${c.attributedTo}”`);
    if (c.updatedAt < c.createdAt) fail(`claim ${c.id}: updated before it was created`);

    for (const e of c.evidence) {
      const article = articles.get(e.articleId);
      if (!article) {
        fail(`evidence ${e.id}: no article`);
        continue;
      }
      const check = checkSpan(article.body, e.quoteStart, e.quoteEnd, e.quoteText);
      if (!check.ok) fail(`evidence ${e.id}: quote span ${e.quoteStart}–${e.quoteEnd}: ${check.message}`);
      if (e.articleId === c.articleId) fail(`evidence ${e.id}: quoted from the claim's own article`);
      if (event ? isPreEvent(article.publishedAt, event.date) : article.publishedAt <= source.publishedAt) {
        fail(`evidence ${e.id}: its article is not from after ${event ? event.name : "the claim's source"}`);
      }
    }

    // The current verdict is the latest published one (server/claims/verdicts.ts repointCurrent).
    const latest = c.verdicts
      .filter((v) => v.publishedAt !== null)
      .sort((a, b) => b.publishedAt!.getTime() - a.publishedAt!.getTime() || b.decidedAt.getTime() - a.decidedAt.getTime())[0];
    if ((latest?.id ?? null) !== c.currentVerdictId)
      fail(`claim ${c.id}: current verdict ${c.currentVerdictId} is not its latest published one (${latest?.id ?? "none"})`);
    if ((latest?.rating ?? null) !== c.rating) fail(`claim ${c.id}: rating ${c.rating} is not its current verdict's (${latest?.rating ?? "none"})`);
    if ((latest?.decidedAt.getTime() ?? null) !== (c.ratedAt?.getTime() ?? null)) fail(`claim ${c.id}: ratedAt is not its current verdict's decidedAt`);
    const writes = 1 + c.evidence.length + c.verdicts.length + (c.publishedAt ? 1 : 0);
    if (c.version < writes) fail(`claim ${c.id}: version ${c.version} is below the ${writes} writes it took`);

    if (c.publishedAt) {
      const rating = c.rating ?? "pending";
      const ok = `${c.outletId}|${c.own}|${rating}`;
      outletTally.set(ok, (outletTally.get(ok) ?? 0) + 1);
      if (c.eventId) eventTally.set(`${c.eventId}|${rating}`, (eventTally.get(`${c.eventId}|${rating}`) ?? 0) + 1);
    }
  }

  const storedOutlets = new Map((await db.outletTally.findMany()).filter((t) => t.count !== 0).map((t) => [`${t.outletId}|${t.own}|${t.rating}`, t.count]));
  const storedEvents = new Map((await db.eventTally.findMany()).filter((t) => t.count !== 0).map((t) => [`${t.eventId}|${t.rating}`, t.count]));
  for (const [expected, stored, what] of [
    [outletTally, storedOutlets, "OutletTally"],
    [eventTally, storedEvents, "EventTally"],
  ] as const) {
    for (const key of new Set([...expected.keys(), ...stored.keys()])) {
      if ((expected.get(key) ?? 0) !== (stored.get(key) ?? 0)) fail(`${what} ${key}: stored ${stored.get(key) ?? 0}, counted ${expected.get(key) ?? 0}`);
    }
  }
  return problems;
}
