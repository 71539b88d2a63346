import { beforeAll, describe, expect, it } from "vitest";
import { SEARCH_LIMIT, type ClaimFilterInput } from "@/lib/schemas/claim-filter";
import { loadSyntheticData } from "@/scripts/synthetic/load";
import { db } from "@/server/platform/db";
import { findReaderClaimLines, findReaderClaims } from "./claims";
import { searchClaimIds, searchWords } from "@/server/search/search";

// A search gives at most SEARCH_LIMIT claims; a view built on a search that
// reached it must say so, since other filters may have missed claims beyond.

/** Words by the number of published claims (of a stance) whose statement holds them. */
async function wordsByClaims(stance?: "hedges") {
  const rows = await db.claim.findMany({ where: { publishedAt: { not: null }, stance }, select: { statement: true } });
  const counts = new Map<string, number>();
  for (const { statement } of rows) {
    for (const word of new Set(searchWords(statement.toLowerCase()))) counts.set(word, (counts.get(word) ?? 0) + 1);
  }
  return [...counts].sort((a, b) => b[1] - a[1]);
}

let words: [string, number][] = [];
beforeAll(async () => {
  await loadSyntheticData({ claims: Math.round(SEARCH_LIMIT * 1.6), articles: 60, events: 4, outlets: 5, seed: 3, reset: true });
  words = await wordsByClaims();
}, 120_000);

/** Every claim id of a view, page by page (and each page's cursor must lead to the next). */
async function viewIds(filter: ClaimFilterInput, limit: number) {
  const ids: string[] = [];
  let cursor: string | undefined;
  for (;;) {
    const page = await findReaderClaimLines(filter, { limit, cursor });
    ids.push(...page.items.map((c) => c.id));
    if (!page.nextCursor) return ids;
    expect(page.items).toHaveLength(limit);
    cursor = page.nextCursor;
  }
}

describe("searched views", () => {
  it("say when the search reached its limit, and not otherwise", async () => {
    const [common, inClaims] = words[0]!;
    expect(inClaims).toBeGreaterThan(SEARCH_LIMIT);
    const capped = await findReaderClaims({ q: common }, { limit: 10 });
    expect(capped.items).toHaveLength(10);
    expect(capped.searchCapped).toBe(true);

    const [rare] = words.find(([, n]) => n >= 1 && n < 20)!;
    const narrow = await findReaderClaims({ q: rare }, { limit: 10 });
    expect(narrow.items.length).toBeGreaterThan(0);
    expect(narrow.searchCapped).toBe(false);
    expect((await findReaderClaims({}, { limit: 10 })).searchCapped).toBe(false);
  });

  // The searched view applies the filter in SQL of its own (server/search/in-view.ts):
  // for every filter it must keep exactly the unsearched view's claims that
  // the search found, in the same order, whether read whole or page by page.
  it("keep the unsearched view's claims among the matches, in order, for every filter", async () => {
    const [common] = words[0]!;
    const outlet = await db.outlet.findFirstOrThrow({ orderBy: { claims: { _count: "desc" } }, select: { slug: true } });
    const event = await db.event.findFirstOrThrow({ orderBy: { claims: { _count: "desc" } }, select: { id: true, slug: true } });
    const rumor = await db.rumor.findFirstOrThrow({ orderBy: [{ publicClaims: "desc" }, { id: "asc" }], select: { id: true } });
    const days = await db.claim.findMany({ where: { publishedAt: { not: null } }, orderBy: { sourceAt: "asc" }, select: { sourceAt: true } });
    const day = (i: number) => days[Math.floor(i * (days.length - 1))]!.sourceAt.toISOString().slice(0, 10);
    const filters: Omit<ClaimFilterInput, "q">[] = [
      {},
      { outlet: outlet.slug },
      { event: event.slug },
      { eventId: event.id },
      { rating: "pending" },
      { rating: "resolved" },
      { rating: "confirmed", outlet: outlet.slug },
      { rating: "refuted" },
      { certainty: "known" },
      { certainty: "official" },
      { attribution: "own" },
      { attribution: "relayed" },
      { origin: "first" },
      { origin: "followed" },
      { lead: "known" },
      { void: "no" },
      { rumorVerdict: "pending", origin: "first" },
      { rumorVerdict: "confirmed" },
      { rumorVerdict: "refuted", event: event.slug },
      { rumor: rumor.id },
      { from: day(0.25), to: day(0.75) },
      { to: day(0.5) },
    ];
    const found = new Set(await searchClaimIds(common));
    expect(found.size).toBe(SEARCH_LIMIT);
    for (const filter of filters) {
      const label = JSON.stringify(filter);
      const expected = (await viewIds(filter, 500)).filter((id) => found.has(id));
      expect(expected.length, label).toBeGreaterThan(0);
      expect(await viewIds({ ...filter, q: common }, 500), label).toEqual(expected);
      expect(await viewIds({ ...filter, q: common }, 83), label).toEqual(expected);
    }
    // Hedged claims word themselves apart: their own commonest word.
    const [hedged] = (await wordsByClaims("hedges"))[0]!;
    const matches = new Set(await searchClaimIds(hedged));
    const expected = (await viewIds({ stance: "hedges" }, 500)).filter((id) => matches.has(id));
    expect(expected.length).toBeGreaterThan(0);
    expect(await viewIds({ stance: "hedges", q: hedged }, 500)).toEqual(expected);
    expect(await viewIds({ stance: "hedges", q: hedged }, 9)).toEqual(expected);
    expect(await viewIds({ outlet: "no-such-outlet", q: common }, 10)).toEqual([]);
    expect(await viewIds({ event: "no-such-event", q: common }, 10)).toEqual([]);
  }, 120_000);
});
