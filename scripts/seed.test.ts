import { describe, expect, it } from "vitest";
import { db } from "@/server/platform/db";
import { demo, type DemoClaim, type DemoSeed } from "../seeds/demo";
import { locateQuote, seedDemo } from "./seed-demo";

// Runs against this file's own freshly migrated database (test/setup-db.ts).
// The tests build on each other in order: failed seed, seed, re-seed.

async function snapshot() {
  const [articles, events, outlets, claims, evidence, verdicts] = await Promise.all([
    db.article.findMany({ select: { id: true, sha256: true }, orderBy: { id: "asc" } }),
    db.event.findMany({ select: { id: true }, orderBy: { id: "asc" } }),
    db.outlet.findMany({ select: { id: true }, orderBy: { id: "asc" } }),
    db.claim.findMany({ select: { id: true, rumor: { select: { version: true, currentVerdictId: true } } }, orderBy: { id: "asc" } }),
    db.evidence.findMany({ select: { id: true }, orderBy: { id: "asc" } }),
    db.verdict.findMany({ select: { id: true }, orderBy: { id: "asc" } }),
  ]);
  return { articles, events, outlets, claims, evidence, verdicts };
}

describe("locateQuote", () => {
  it("finds a quote that occurs exactly once", () => {
    expect(locateQuote("one two three", "two", "x")).toEqual({ start: 4, end: 7, quote: "two" });
  });

  it("fails loudly on a missing or ambiguous quote", () => {
    expect(() => locateQuote("one two", "four", "claim “a”")).toThrow(/claim “a” is not in the article/);
    expect(() => locateQuote("two and two", "two", "claim “b”")).toThrow(/more than once/);
  });
});

describe("seedDemo", () => {
  it("writes nothing when a quote is wrong, and undoes a failure part-way", async () => {
    const typo: DemoSeed = { ...demo, claims: [{ ...demo.claims[0]!, quote: "Tom Cruise will sing the anthem" }] };
    await expect(seedDemo(typo)).rejects.toThrow(/not in the article/);

    // The last claim starts a rumor of its own, so it has a verdict to break.
    const last = demo.claims.at(-1) as Extract<DemoClaim, { verdict: unknown }>;
    const badVerdict: DemoSeed = { ...demo, claims: [...demo.claims.slice(0, -1), { ...last, verdict: { rating: "confirmed", rationale: "" } }] };
    await expect(seedDemo(badVerdict)).rejects.toThrow();

    const left = await snapshot();
    expect(Object.values(left).map((rows) => rows.length)).toEqual([0, 0, 0, 0, 0, 0]);
  });

  it("loads the event, both articles and every claim pinned to its exact quote", async () => {
    const summary = await seedDemo();
    expect(summary).toMatchObject({ status: "seeded", articles: 2, claims: demo.claims.length });

    const event = await db.event.findUniqueOrThrow({ where: { slug: demo.event.slug } });
    expect(event).toMatchObject({ name: "Paris 2024 Olympics closing ceremony", timeZone: "Europe/Paris", place: "Stade de France, Saint-Denis" });
    expect(event.date.toISOString()).toBe("2024-08-11T00:00:00.000Z");

    const articles = await db.article.findMany({ orderBy: { publishedAt: "asc" }, include: { outlet: true } });
    expect(articles.map((a) => a.publishedAt.toISOString().slice(0, 10))).toEqual(["2024-08-09", "2024-08-12"]);
    expect(articles.map((a) => a.outlet.name)).toEqual(["Unnamed outlet (Tom Cruise stunt preview)", "Unnamed outlet (closing-ceremony report)"]);
    // The files do not name their publishers (issue 14): the outlet pages say so.
    expect(articles.map((a) => a.outlet.publisherKnown)).toEqual([false, false]);
    const [pre, post] = articles as [(typeof articles)[0], (typeof articles)[0]];
    expect(pre.body.startsWith("From scaling a skyscraper")).toBe(true);

    const claims = (await db.claim.findMany({ include: { rumor: { include: { evidence: true, currentVerdict: true } } } })).map((c) => ({
      ...c,
      evidence: c.rumor.evidence,
      currentVerdict: c.rumor.currentVerdict,
    }));
    expect(claims.length).toBeGreaterThanOrEqual(7);
    for (const claim of claims) {
      expect(claim.articleId).toBe(pre.id);
      expect(claim.eventId).toBe(event.id);
      expect(claim.quoteText).toBe(pre.body.slice(claim.quoteStart, claim.quoteEnd));
      expect(claim.currentVerdict).not.toBeNull();
      for (const e of claim.evidence) {
        expect(e.articleId).toBe(post.id);
        expect(e.quoteText).toBe(post.body.slice(e.quoteStart, e.quoteEnd));
      }
    }

    // Only claims the later article says nothing about go without evidence,
    // and those can only be unverifiable.
    for (const claim of claims.filter((c) => c.evidence.length === 0)) expect(claim.currentVerdict?.rating).toBe("unverifiable");
    expect(claims.filter((c) => c.evidence.length > 0).length).toBeGreaterThanOrEqual(7);

    const ratings = claims.map((c) => c.currentVerdict?.rating);
    for (const rating of ["confirmed", "partly_confirmed", "unverifiable"]) expect(ratings).toContain(rating);

    const stunt = claims.find((c) => c.quoteText === "will perform a stunt at the Closing Ceremony");
    expect(stunt).toMatchObject({ attributedTo: "French media", currentVerdict: { rating: "confirmed" } });
  });

  it("groups the claims that are the same rumor, each with its stance and the rumor's verdict through it", async () => {
    expect(await db.rumor.count()).toBe(demo.claims.filter((c) => c.joins === undefined).length);
    const rumorOf = async (quote: string) => {
      const claim = await db.claim.findFirstOrThrow({ where: { quoteText: { startsWith: quote } }, select: { rumorId: true } });
      return db.rumor.findUniqueOrThrow({
        where: { id: claim.rumorId },
        include: { claims: { orderBy: { quoteStart: "asc" }, select: { attributedTo: true, stance: true, own: true, rating: true, publishedAt: true } } },
      });
    };
    // French media's stunt report, and the article's own hedged lede on it: one rumor, confirmed for both.
    const stunt = await rumorOf("will perform a stunt");
    expect(stunt).toMatchObject({ statement: "Tom Cruise will perform a stunt at the Paris Olympics closing ceremony.", rating: "confirmed", publicClaims: 2 });
    expect(stunt.claims.map((c) => [c.stance, c.own, c.rating])).toEqual([
      ["hedges", true, "confirmed"],
      ["asserts", false, "confirmed"],
    ]);
    // The April night in Paris: the article implies the handoff, Cine Phil's post says a film shoot.
    const april = await rumorOf("In late April");
    expect(april.claims.map((c) => [c.attributedTo, c.stance])).toEqual([
      ["The outlet itself (implied), from sightings", "asserts"],
      ["Cine Phil (@cinephiloff) on X", "denies"],
    ]);
    expect(april.rating).toBe("unverifiable");
    expect(april.claims.every((c) => c.publishedAt !== null && c.rating === "unverifiable")).toBe(true);
    // The wording decides the rest: "is expected to sing" is a hedge.
    expect((await rumorOf("One performer that has been announced")).claims[0]!.stance).toBe("hedges");
  });

  it("keeps existing data on a second run", async () => {
    const before = await snapshot();
    expect(await seedDemo()).toEqual({ status: "kept", articles: 2, events: 1 });
    expect(await snapshot()).toEqual(before);
  });
});
