import { describe, expect, it } from "vitest";
import { db } from "@/server/platform/db";
import { findReaderClaims } from "@/server/reader/claims";
import { outletStandings, readerTotals } from "@/server/reader/stats";
import { recordVerdict } from "@/server/claims/verdicts";
import { checkInvariants } from "./check";
import { ExistingDataError, loadSyntheticData } from "./load";
import { claimStanceHint } from "@/lib/candidates/claim-stance";
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
    const total = (k: "claims" | "articles" | "rumors") => events.reduce((n, e) => n + e[k].length, 0);
    expect([total("claims"), total("articles"), total("rumors"), plan.events.length, plan.outlets.length]).toEqual([400, 90, 100, 9, 6]);
    expect(resolveOptions({ claims: 100_000, articles: 20_000 })).toMatchObject({ rumors: 25_000, events: 1000, outlets: 80, seed: 1 });
    // Rumors within what the claims allow: at most one per claim, at least one per 30.
    const rumors = (n: number) => generateWorld({ ...SMALL, rumors: n }).events.reduce((k, e) => k + e.rumors.length, 0);
    expect([rumors(400), rumors(1000), rumors(5)]).toEqual([400, 400, expect.any(Number)]);
    expect(rumors(5)).toBeGreaterThanOrEqual(400 / 30);
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

describe("rumors in the synthetic world (no database)", () => {
  const { plan, events } = generateWorld({ claims: 4000, articles: 800, outlets: 20, seed: 7 });
  const rumors = events.flatMap((e) => e.rumors);
  const claims = events.flatMap((e) => e.claims);
  const outlets = new Map(plan.outlets.map((o) => [o.id, o]));
  // Each rumor's claims in timeline order (world.ts writes them so).
  const byRumor = new Map<string, typeof claims>();
  for (const c of claims) byRumor.set(c.rumorId, [...(byRumor.get(c.rumorId) ?? []), c]);
  const ratingOf = new Map(rumors.map((r) => [r.id, r.rating]));

  it("have 1 to 30 appearances: most a few, a long tail, across outlets", () => {
    expect(rumors).toHaveLength(1000);
    const sizes = rumors.map((r) => byRumor.get(r.id)?.length ?? 0).sort((a, b) => a - b);
    expect(sizes[0]).toBe(1);
    expect(sizes.at(-1)).toBeGreaterThanOrEqual(20);
    expect(sizes.at(-1)).toBeLessThanOrEqual(30);
    expect(sizes[Math.floor(sizes.length / 2)]).toBeLessThanOrEqual(3);
    expect(sizes.filter((n) => n === 1).length).toBeGreaterThan(sizes.filter((n) => n >= 10).length);
    const spread = [...byRumor.values()].filter((cs) => cs.length >= 5).map((cs) => new Set(cs.map((c) => c.outletId)).size);
    expect(spread.filter((n) => n >= 2).length / spread.length).toBeGreaterThan(0.9);
    // One event, one statement per rumor: no two rumors of an event say the same.
    for (const e of events) expect(new Set(e.rumors.map((r) => r.statement)).size).toBe(e.rumors.length);
  });

  it("start with an origin, then relays, hedges and denials whose words carry the stance", () => {
    const count = (f: (c: (typeof claims)[number]) => boolean) => claims.filter(f).length;
    expect(count((c) => c.origin)).toBe(rumors.filter((r) => r.publicClaims > 0).length);
    expect(count((c) => c.stance === "hedges")).toBeGreaterThan(claims.length / 10);
    expect(count((c) => c.stance === "denies")).toBeGreaterThan(claims.length / 30);
    expect(count((c) => c.stance === "asserts")).toBeGreaterThan(claims.length / 2);
    // The detector's hint reads each stance back from the quote (a prediction's own
    // words fool it now and then: "the fireworks will be cancelled" sounds like a denial).
    for (const stance of ["asserts", "hedges", "denies"] as const) {
      const quotes = claims.filter((c) => c.stance === stance);
      expect(quotes.filter((c) => claimStanceHint(c.quoteText).stance === stance).length / quotes.length, stance).toBeGreaterThan(0.9);
    }
    // A relay names the outlet that printed the rumor first, and is not its own reporting.
    const relays = claims.filter((c) => c.relayedFromId);
    expect(relays.length).toBeGreaterThan(claims.length / 10);
    for (const c of relays) {
      const first = byRumor.get(c.rumorId)![0]!;
      expect(c.relayedFromId).toBe(first.outletId);
      expect(c.outletId).not.toBe(first.outletId);
      expect(c.attributedTo).toBe(outlets.get(first.outletId)!.name);
      expect(c.own).toBe(false);
    }
    // Careful outlets doubt false rumors: denials are far more common among refuted rumors.
    const denialRate = (rating: string) => {
      const cs = claims.filter((c) => ratingOf.get(c.rumorId) === rating);
      return cs.filter((c) => c.stance === "denies").length / cs.length;
    };
    expect(denialRate("refuted")).toBeGreaterThan(2 * denialRate("confirmed"));
    // A few claims carry a verdict of their own (an override), in their rumor's history.
    const overridden = claims.filter((c) => c.overrideVerdictId);
    expect(overridden.length).toBeGreaterThan(0);
    const verdicts = new Map(events.flatMap((e) => e.verdicts).map((v) => [v.id, v]));
    for (const c of overridden) expect(verdicts.get(c.overrideVerdictId!)).toMatchObject({ claimId: c.id, rumorId: c.rumorId, rating: c.rating });
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
    const rumors = new Map(events.flatMap((e) => e.rumors).map((r) => [r.id, r]));
    const sample = claims.find((c) => c.stance === "denies" && c.rating === "confirmed" && rumors.get(c.rumorId)!.deadline)!;
    const stored = await db.claim.findUniqueOrThrow({ where: { id: sample.id } });
    expect(stored).toMatchObject({
      sourceAt: sample.sourceAt,
      createdAt: sample.createdAt,
      own: sample.own,
      rating: "confirmed",
      stance: "denies",
      rumorId: sample.rumorId,
    });
    // A denial of a refuted rumor was right.
    expect(await db.rumor.findUniqueOrThrow({ where: { id: stored.rumorId } })).toMatchObject({
      deadline: rumors.get(sample.rumorId)!.deadline,
      rating: "refuted",
    });
    const cut = claims[123]!.sourceAt;
    expect(await db.claim.count({ where: { sourceAt: { gte: cut } } })).toBe(claims.filter((c) => c.sourceAt >= cut).length);
    expect(await db.claim.count({ where: { own: true } })).toBe(claims.filter((c) => c.own).length);
    expect(await db.claim.count({ where: { rating: "refuted" } })).toBe(claims.filter((c) => c.rating === "refuted").length);
  });

  it("is varied: kinds of event, verdict histories, drafts, pending and unpublished claims, every stance", async () => {
    const [published, unpublished, pending, rerated, drafts, eventless, stances, events, claimStances, relays, overrides] = await Promise.all([
      db.claim.count({ where: { publishedAt: { not: null } } }),
      db.claim.count({ where: { publishedAt: null } }),
      db.claim.count({ where: { publishedAt: { not: null }, rumor: { currentVerdictId: null } } }),
      db.rumor.count({ where: { verdicts: { some: { publishedAt: { not: null }, currentOf: null } } } }),
      db.verdict.count({ where: { publishedAt: null } }),
      db.claim.count({ where: { eventId: null } }),
      db.evidence.groupBy({ by: ["stance"], _count: true }),
      db.event.findMany({ select: { date: true } }),
      db.claim.groupBy({ by: ["stance"], _count: true }),
      db.claim.count({ where: { relayedFromId: { not: null } } }),
      db.claim.count({ where: { overrideVerdictId: { not: null } } }),
    ]);
    expect(claimStances.map((s) => s.stance).sort()).toEqual(["asserts", "denies", "hedges"]);
    expect(relays).toBeGreaterThan(0);
    expect(overrides).toBeGreaterThan(0);
    expect(await db.rumor.count()).toBe(100);
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
