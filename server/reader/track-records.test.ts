import { beforeAll, describe, expect, it } from "vitest";
import { checkInvariants } from "@/scripts/synthetic/check";
import { importArticles } from "@/server/articles/articles";
import { createEvent } from "@/server/articles/events";
import { createClaim, setClaimPublished } from "@/server/claims/claims";
import { recordRumorVerdict } from "@/server/claims/verdicts";
import { db } from "@/server/platform/db";
import { claimReviewFeed } from "@/server/syndication/claim-review-feed";
import { getDashboard } from "./dashboard";
import { getOutletRecord } from "./outlet-records";
import { getPublicRumor } from "./rumors";

// Outlet track records through stance (issue 12), on the real write path:
// rumor A (a stunt) is printed first by Le Journal, hedged and relayed by
// Daily Relay, denied by Skeptic Post, and refuted; rumor B (the torch) is
// printed first by Le Journal, asserted by Daily Relay, and confirmed. A
// fourth claim on A from Quiet Outlet is never published.
const TEXT = {
  journal: "Tom Cruise will perform a stunt at the closing ceremony. Snoop Dogg will carry the torch.",
  relay: "Tom Cruise may be taking on a daring stunt at the closing ceremony, reports say. Snoop Dogg will carry the torch.",
  skeptic: "Organizers denied that Tom Cruise would perform any stunt at the closing ceremony.",
  quiet: "Tom Cruise will perform a stunt, we hear.",
};
type Key = keyof typeof TEXT;
const articles = {} as Record<Key, string>;
const rumors = { a: "", b: "" };

const versionOf = async (id: string) => (await db.rumor.findUniqueOrThrow({ where: { id }, select: { version: true } })).version;

async function claim(key: Key, quote: string, extra: Record<string, unknown>) {
  const start = TEXT[key].indexOf(quote);
  const rumorId = extra.rumorId as string | undefined;
  const made = await createClaim(
    {
      articleId: articles[key],
      start,
      end: start + quote.length,
      quote,
      statement: quote,
      ...extra,
      ...(rumorId ? { version: await versionOf(rumorId) } : {}),
    },
    null,
  );
  return made;
}

beforeAll(async () => {
  const report = await importArticles(
    [
      { outlet: "Le Journal", publishedAt: "2024-08-05", text: TEXT.journal },
      { outlet: "Daily Relay", publishedAt: "2024-08-07", text: TEXT.relay },
      { outlet: "Skeptic Post", publishedAt: "2024-08-08", text: TEXT.skeptic },
      { outlet: "Quiet Outlet", publishedAt: "2024-08-09", text: TEXT.quiet },
    ],
    null,
  );
  [articles.journal, articles.relay, articles.skeptic, articles.quiet] = report.items.map((i) => i.id) as string[] as [string, string, string, string];
  const eventId = (await createEvent({ name: "Closing ceremony", date: "2024-08-11", slug: "closing" }, null)).id;
  const own = { attributedTo: "The outlet itself" };
  const a1 = await claim("journal", "Tom Cruise will perform a stunt at the closing ceremony", { ...own, stance: "asserts", eventId });
  rumors.a = a1.rumorId;
  const a2 = await claim("relay", "Tom Cruise may be taking on a daring stunt", { attributedTo: "Other media", stance: "hedges", rumorId: rumors.a });
  const a3 = await claim("skeptic", "Organizers denied that Tom Cruise would perform any stunt", { ...own, stance: "denies", rumorId: rumors.a });
  await claim("quiet", "Tom Cruise will perform a stunt", { ...own, stance: "asserts", rumorId: rumors.a });
  const b1 = await claim("journal", "Snoop Dogg will carry the torch", { ...own, stance: "asserts", eventId });
  rumors.b = b1.rumorId;
  const b2 = await claim("relay", "Snoop Dogg will carry the torch", { ...own, stance: "asserts", rumorId: rumors.b });
  for (const [id, rumorId] of [
    [a1.id, rumors.a],
    [a2.id, rumors.a],
    [a3.id, rumors.a],
    [b1.id, rumors.b],
    [b2.id, rumors.b],
  ] as const) {
    await setClaimPublished(id, { version: await versionOf(rumorId) }, true, null);
  }
  await recordRumorVerdict(rumors.a, { rating: "refuted", rationale: "No stunt took place.", version: await versionOf(rumors.a), publish: true }, null);
  await recordRumorVerdict(rumors.b, { rating: "confirmed", rationale: "He carried it.", version: await versionOf(rumors.b), publish: true }, null);
  expect(await checkInvariants()).toEqual([]);
});

const record = async (slug: string) => (await getOutletRecord(slug))!;

describe("outlet track records through stance", () => {
  it("scores a denial of a refuted rumor as right", async () => {
    const skeptic = await record("skeptic-post");
    expect(skeptic.record.counts.confirmed).toBe(1);
    expect(skeptic.record.accuracy).toMatchObject({ n: 1, score: 1 });
    expect(skeptic.record.stances.denies.total).toBe(1);
    expect(skeptic.leadTime).toEqual({ n: 1, medianDays: 3 });
  });

  it("does not score a hedged wrong rumor like an asserted one", async () => {
    const journal = (await record("le-journal")).record;
    const relay = (await record("daily-relay")).record;
    // Both got A wrong and B right; Le Journal asserted A, Daily Relay hedged it.
    expect(journal.accuracy).toMatchObject({ n: 2, weight: 2, score: 0.5 });
    expect(relay.accuracy).toMatchObject({ n: 2, weight: 1.5 });
    expect(relay.accuracy.score).toBeCloseTo(1 / 1.5);
    expect(relay.stances.hedges.counts.refuted).toBe(1);
  });

  it("splits what an outlet printed first from what it followed, and its own voice from its relays", async () => {
    const journal = await record("le-journal");
    expect(journal.record.origins.total).toBe(2);
    expect(journal.leadTime).toEqual({ n: 1, medianDays: 6 });
    const relay = (await record("daily-relay")).record;
    expect(relay.origins.total).toBe(0);
    expect(relay.relayed).toMatchObject({ total: 1, accuracy: { score: 0 } });
    expect(relay.own).toMatchObject({ total: 1, accuracy: { score: 1 } });
  });

  it("never counts an unpublished claim", async () => {
    // An outlet with nothing published has no public page at all.
    expect(await getOutletRecord("quiet-outlet")).toBeNull();
    const dashboard = await getDashboard({});
    expect(dashboard.rumors).toBe(2);
    expect(dashboard.totals.total).toBe(5);
  });
});

describe("the rumor page's data and its ClaimReview", () => {
  it("lists the published appearances first printed first, each rated through its stance, with lead times", async () => {
    const a = await getPublicRumor(rumors.a);
    expect(a.appearances.map((x) => [x.article.outlet, x.stance, x.origin, x.rating, x.leadDays])).toEqual([
      ["Le Journal", "asserts", true, "refuted", 6],
      ["Daily Relay", "hedges", false, "refuted", 4],
      ["Skeptic Post", "denies", false, "confirmed", 3],
    ]);
    expect(a.firstAppearance).toMatchObject({ outlet: "Le Journal", publishedAt: "2024-08-05" });
  });

  it("publishes one ClaimReview per rumor with every appearance and the origin", async () => {
    const graph = (await claimReviewFeed())["@graph"];
    expect(graph).toHaveLength(2);
    const a = graph.find((r) => r.url.endsWith(`/rumors/${rumors.a}`))!;
    expect(a.reviewRating.alternateName).toBe("Refuted");
    expect(a.itemReviewed.appearance.map((x) => x.author.name)).toEqual(["Le Journal", "Daily Relay", "Skeptic Post"]);
    expect(a.itemReviewed.firstAppearance.author.name).toBe("Le Journal");
  });
});
