import { describe, expect, it, vi } from "vitest";
import { recordQueries } from "@/test/queries";

// No N+1 queries: loading each reader page issues the same number of SQL
// statements with a small and with a ten times larger data set (on SQLite or
// PostgreSQL, like every test). The reader caches are off so every load
// really reads; queries are counted through Prisma's query events.
vi.hoisted(() => {
  process.env.HINDSIGHT_READER_CACHE = "off";
});

// After test/queries: these import server/platform/db.ts.
const { loadSyntheticData } = await import("@/scripts/synthetic/load");
const { readerPageLoads } = await import("@/test/reader-pages");

async function countQueries(size: { claims: number; articles: number; events: number; outlets: number }) {
  await loadSyntheticData({ ...size, seed: 11, reset: true });
  const counts: Record<string, number> = {};
  for (const page of await readerPageLoads()) counts[page.name] = (await recordQueries(page.load)).queries.length;
  return counts;
}

describe("queries per reader page", () => {
  it("do not grow with the number of claims, events or outlets", async () => {
    // Ten times larger; under 500 claims in all, so that a search matching
    // every claim still reads its ids in one chunk (server/reader/claims.ts).
    const small = await countQueries({ claims: 45, articles: 15, events: 2, outlets: 3 });
    const large = await countQueries({ claims: 450, articles: 120, events: 8, outlets: 10 });
    expect(large).toEqual(small);
    // And stay few: a page is a handful of queries, each loading one kind of row.
    // A claim list is one query per kind of row it shows (claim, its article
    // and outlet, the outlet it relays, its override, its rumor, the rumor's
    // event, verdict and evidence with their articles and outlets: 11), and
    // the dashboard shows two lists.
    for (const [name, n] of Object.entries(large)) expect(n, name).toBeLessThanOrEqual(34);
  });
});
