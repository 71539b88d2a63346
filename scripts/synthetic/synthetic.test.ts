import { describe, expect, it } from "vitest";
import { db } from "@/server/platform/db";
import { findReaderClaims } from "@/server/reader/claims";
import { outletStandings, readerTotals } from "@/server/reader/stats";
import { recordVerdict } from "@/server/claims/verdicts";
import { checkInvariants } from "./check";
import { ExistingDataError, loadSyntheticData } from "./load";
import { generateWorld, planWorld, resolveOptions } from "./world";

// The synthetic data generator (npm run db:generate) on a small size, in
// this file's own database (test/setup-db.ts; SQLite or PostgreSQL).
const SMALL = { claims: 400, articles: 90, events: 9, outlets: 6, seed: 3 };

describe("the synthetic world (no database)", () => {
  it("is the same for the same seed, and different for another", () => {
    const json = (seed: number) => JSON.stringify(generateWorld({ ...SMALL, seed }).events);
    expect(json(3)).toBe(json(3));
    expect(json(4)).not.toBe(json(3));
  });

  it("has exactly the sizes asked for, and sensible defaults", () => {
    const { plan, events } = generateWorld(SMALL);
    const total = (k: "claims" | "articles") => events.reduce((n, e) => n + e[k].length, 0);
    expect([total("claims"), total("articles"), plan.events.length, plan.outlets.length]).toEqual([400, 90, 9, 6]);
    expect(resolveOptions({ claims: 100_000, articles: 20_000 })).toMatchObject({ events: 1000, outlets: 80, seed: 1 });
    // Never more events than articles: each event needs its pre-event article.
    expect(planWorld({ claims: 5, articles: 2, events: 10 }).events).toHaveLength(2);
  });

  it("counts quote offsets in UTF-16 code units (emoji before a quote count twice)", () => {
    const { events } = generateWorld({ ...SMALL, claims: 2000, articles: 200 });
    const articles = new Map(events.flatMap((e) => e.articles).map((a) => [a.id, a]));
    const astral = events.flatMap((e) => e.claims).filter((c) => /[\u{10000}-\u{10ffff}]/u.test(articles.get(c.articleId)!.body.slice(0, c.quoteStart)));
    expect(astral.length).toBeGreaterThan(0);
    for (const c of astral) expect(articles.get(c.articleId)!.body.slice(c.quoteStart, c.quoteEnd)).toBe(c.quoteText);
  });
});

describe("loadSyntheticData", () => {
  it("fills an empty database with rows that keep every invariant of the app's write path", async () => {
    const report = await loadSyntheticData(SMALL);
    expect(report).toMatchObject({ claims: 400, articles: 90, events: 9, outlets: 6 });
    expect(await checkInvariants()).toEqual([]);
    expect(await db.claim.count()).toBe(400);
    expect(await db.article.count()).toBe(90);
  });

  it("stores values exactly as Prisma would, so Prisma's filters and reads agree", async () => {
    const { events } = generateWorld(SMALL);
    const claims = events.flatMap((e) => e.claims);
    const sample = claims[17]!;
    const stored = await db.claim.findUniqueOrThrow({ where: { id: sample.id } });
    expect(stored).toMatchObject({ sourceAt: sample.sourceAt, createdAt: sample.createdAt, own: sample.own, rating: sample.rating });
    expect(await db.rumor.findUniqueOrThrow({ where: { id: stored.rumorId } })).toMatchObject({ deadline: sample.deadline, rating: sample.rating });
    const cut = claims[123]!.sourceAt;
    expect(await db.claim.count({ where: { sourceAt: { gte: cut } } })).toBe(claims.filter((c) => c.sourceAt >= cut).length);
    expect(await db.claim.count({ where: { own: true } })).toBe(claims.filter((c) => c.own).length);
    expect(await db.claim.count({ where: { rating: "refuted" } })).toBe(claims.filter((c) => c.rating === "refuted").length);
  });

  it("is varied: kinds of event, verdict histories, drafts, pending and unpublished claims, every stance", async () => {
    const [published, unpublished, pending, rerated, drafts, eventless, stances, events] = await Promise.all([
      db.claim.count({ where: { publishedAt: { not: null } } }),
      db.claim.count({ where: { publishedAt: null } }),
      db.claim.count({ where: { publishedAt: { not: null }, rumor: { currentVerdictId: null } } }),
      db.rumor.count({ where: { verdicts: { some: { publishedAt: { not: null }, currentOf: null } } } }),
      db.verdict.count({ where: { publishedAt: null } }),
      db.claim.count({ where: { eventId: null } }),
      db.evidence.groupBy({ by: ["stance"], _count: true }),
      db.event.findMany({ select: { date: true } }),
    ]);
    expect(published).toBeGreaterThan(unpublished);
    expect(unpublished).toBeGreaterThan(0);
    expect(pending).toBeGreaterThan(0);
    expect(rerated).toBeGreaterThan(0);
    expect(drafts).toBeGreaterThan(0);
    expect(eventless).toBeGreaterThan(0);
    expect(stances.map((s) => s.stance).sort()).toEqual(["contradicts", "mentions", "supports"]);
    const years = new Set(events.map((e) => e.date.getUTCFullYear()));
    expect(years.size).toBeGreaterThan(2);

    const totals = await readerTotals();
    expect(totals.total).toBe(published);
    for (const r of ["confirmed", "partly_confirmed", "refuted", "unverifiable", "pending"] as const) expect(totals.counts[r]).toBeGreaterThan(0);
    const standings = await outletStandings();
    const scores = new Set(standings.map((o) => o.accuracy.score?.toFixed(2)));
    expect(scores.size).toBeGreaterThan(1);
  });

  it("leaves data the app's own write path keeps consistent", async () => {
    const claim = (await findReaderClaims({ rating: "confirmed" }, { limit: 1 })).items[0]!;
    const { version } = await db.rumor.findUniqueOrThrow({ where: { id: claim.rumor.id }, select: { version: true } });
    await recordVerdict(claim.id, { rating: "refuted", rationale: "A correction came later.", version, publish: true }, null);
    expect(await checkInvariants()).toEqual([]);
    expect((await findReaderClaims({ rating: "refuted" })).items.map((c) => c.id)).toContain(claim.id);
  });

  it("refuses a database that holds content, and replaces it with --reset", async () => {
    await expect(loadSyntheticData(SMALL)).rejects.toThrow(ExistingDataError);
    const before = await db.claim.count();
    await expect(loadSyntheticData({ ...SMALL, seed: 3 })).rejects.toThrow(/--reset/);
    expect(await db.claim.count()).toBe(before);

    await loadSyntheticData({ ...SMALL, claims: 120, articles: 30, reset: true });
    expect(await db.claim.count()).toBe(120);
    expect(await db.article.count()).toBe(30);
    expect(await checkInvariants()).toEqual([]);
    // The same seed gives the same rows in the database too.
    const ids = (await db.claim.findMany({ select: { id: true }, orderBy: { id: "asc" } })).map((c) => c.id);
    const expected = generateWorld({ ...SMALL, claims: 120, articles: 30 })
      .events.flatMap((e) => e.claims.map((c) => c.id))
      .sort();
    expect(ids).toEqual(expected);
  });
});
