import { describe, expect, it } from "vitest";
import { SEARCH_LIMIT } from "@/lib/schemas/claim-filter";
import { loadSyntheticData } from "@/scripts/synthetic/load";
import { db } from "@/server/platform/db";
import { findReaderClaims } from "./claims";
import { searchWords } from "@/server/search/search";

// A search gives at most SEARCH_LIMIT claims; a view built on a search that
// reached it must say so, since other filters may have missed claims beyond.

/** Words by the number of published claims whose statement holds them. */
async function wordsByClaims() {
  const rows = await db.claim.findMany({ where: { publishedAt: { not: null } }, select: { statement: true } });
  const counts = new Map<string, number>();
  for (const { statement } of rows) {
    for (const word of new Set(searchWords(statement.toLowerCase()))) counts.set(word, (counts.get(word) ?? 0) + 1);
  }
  return [...counts].sort((a, b) => b[1] - a[1]);
}

describe("searched views", () => {
  it("say when the search reached its limit, and not otherwise", async () => {
    await loadSyntheticData({ claims: Math.round(SEARCH_LIMIT * 1.6), articles: 60, events: 4, outlets: 5, seed: 3, reset: true });
    const words = await wordsByClaims();
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
});
