import { beforeAll, describe, expect, it } from "vitest";
import { seedDemo } from "@/scripts/seed-demo";
import { databaseProvider, db } from "@/server/platform/db";
import { claimReviewFeed } from "@/server/syndication/claim-review-feed";
import { atomFeed } from "@/server/syndication/feeds";
import { findReaderClaims, getReaderClaim } from "./claims";
import { searchClaimIds, toFtsQuery } from "@/server/search/search";
import { eventTallies, outletStandings, readerTotals } from "./stats";
import { recordVerdict } from "@/server/claims/verdicts";

// The demo in this file's own database (test/setup-db.ts): 17 claims in 15
// rumors, one event, two outlets.
beforeAll(async () => {
  await seedDemo();
});

describe("search", () => {
  it("turns typed words into a safe prefix query", () => {
    expect(toFtsQuery('Tom "Cruise" OR')).toBe('"Tom"* AND "Cruise"* AND "OR"*');
    expect(toFtsQuery("  ;; ")).toBeNull();
  });
  it("finds claims by statement, quote and evidence, accent- and case-blind", async () => {
    const anthem = await searchClaimIds("ANTHEM");
    expect(anthem.length).toBeGreaterThan(0);
    // Evidence text: only the post-event article says "skydived".
    expect((await searchClaimIds("skydived")).length).toBeGreaterThan(0);
    expect(await searchClaimIds("zzzznothing")).toEqual([]);
  });
  it("is accent-blind both ways on either database: ceremonie finds cérémonie", async () => {
    // FTS5's remove_diacritics on SQLite; the unaccent wrapper on PostgreSQL.
    const evidence = await db.evidence.findFirstOrThrow({
      select: { id: true, rumorId: true, rumor: { select: { claims: { select: { id: true }, take: 1 } } } },
    });
    const claimId = evidence.rumor.claims[0]!.id;
    // As the app writes evidence: the rumor's stamp moves with it, which is how
    // the SQLite index learns which claims to re-index (server/search/sqlite.ts).
    const setNote = (note: string | null) =>
      db.rumor.update({
        where: { id: evidence.rumorId },
        data: { updatedAt: new Date(), evidence: { update: { where: { id: evidence.id }, data: { note } } } },
      });
    await setNote("Vu à la cérémonie d'ouverture, Zürich.");
    for (const typed of ["ceremonie", "CÉRÉMONIE", "cérém", "zurich", "Zürich"]) {
      expect(await searchClaimIds(typed), typed).toContain(claimId);
    }
    await setNote(null);
    expect(await searchClaimIds("ceremonie")).toEqual([]);
  });
  it("keeps its index out of the Prisma-managed database", async () => {
    await searchClaimIds("anthem");
    // On PostgreSQL the index is the generated searchVector columns, which the migrations own.
    const sql =
      databaseProvider() === "postgresql"
        ? `SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'public' AND table_name ILIKE '%search%'`
        : `SELECT name FROM sqlite_master WHERE name LIKE '%search%'`;
    const tables = await db.$queryRawUnsafe<{ name: string }[]>(sql);
    expect(tables).toEqual([]);
  });
});

describe("findReaderClaims", () => {
  it("filters by outlet, rating, dates and search, and pages with a cursor", async () => {
    const all = await findReaderClaims();
    expect(all.items).toHaveLength(17);
    const confirmed = await findReaderClaims({ rating: "confirmed" });
    expect(confirmed.items.every((c) => c.rating === "confirmed")).toBe(true);
    expect((await findReaderClaims({ outlet: "unnamed-outlet-closing-ceremony-report" })).items).toHaveLength(0);
    expect((await findReaderClaims({ from: "2024-08-10" })).items).toHaveLength(0);
    expect((await findReaderClaims({ to: "2024-08-09" })).items).toHaveLength(17);
    const searched = await findReaderClaims({ q: "anthem", rating: "partly_confirmed" });
    expect(searched.items.map((c) => c.statement).join()).toMatch(/anthem/);

    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await findReaderClaims({}, { limit: 5, cursor });
      seen.push(...page.items.map((c) => c.id));
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    expect(seen).toEqual(all.items.map((c) => c.id));
  });
});

describe("reader statistics", () => {
  it("counts verdicts, scores the outlet and splits own from relayed claims", async () => {
    expect((await readerTotals()).total).toBe(17);
    const standings = await outletStandings();
    const outlet = standings[0]!;
    expect(outlet.rank).toBe(1);
    expect(standings.reduce((n, o) => n + o.own.total + o.relayed.total, 0)).toBe(17);
    expect(outlet.accuracy.n).toBe(outlet.counts.confirmed + outlet.counts.partly_confirmed + outlet.counts.refuted);
    // The event's figures count rumors: each once, however many articles printed it.
    expect((await eventTallies()).items[0]!.total).toBe(15);
  });
});

/** A published verdict, written the way the desk writes it: on top of the claim's current version. */
async function publishVerdict(claimId: string, rating: "confirmed" | "refuted", rationale: string) {
  const { rumor } = await db.claim.findUniqueOrThrow({ where: { id: claimId }, select: { rumor: { select: { version: true } } } });
  await recordVerdict(claimId, { rating, rationale, version: rumor.version, publish: true }, null);
}

describe("reader cache", () => {
  it("shows a changed verdict at once, everywhere", async () => {
    const claim = (await findReaderClaims({ rating: "confirmed" })).items[0]!;
    const before = await readerTotals();
    await getReaderClaim(claim.id);
    await publishVerdict(claim.id, "refuted", "A later correction says otherwise.");
    expect((await getReaderClaim(claim.id)).rating).toBe("refuted");
    // Every appearance of its rumor reads the new verdict (none of the confirmed ones is a denial).
    const appearances = (await findReaderClaims()).items.filter((c) => c.rumor.id === claim.rumor.id);
    expect(appearances.every((c) => c.stance !== "denies")).toBe(true);
    expect((await readerTotals()).counts.refuted).toBe(before.counts.refuted + appearances.length);
    expect((await findReaderClaims({ rating: "refuted" })).items.map((c) => c.id)).toContain(claim.id);
    expect(await atomFeed()).toContain("A later correction says otherwise.");
  });
  it("notices writes that bypass the app (another process, a raw statement)", async () => {
    const before = (await findReaderClaims()).items.length;
    await db.$executeRawUnsafe(`UPDATE "Claim" SET statement = 'Rewritten elsewhere' WHERE id = (SELECT id FROM "Claim" LIMIT 1)`);
    const after = await findReaderClaims();
    expect(after.items).toHaveLength(before);
    expect(after.items.some((c) => c.statement === "Rewritten elsewhere")).toBe(true);
  });
});

describe("claimReviewFeed", () => {
  it("has one ClaimReview for every rumor with a verdict", async () => {
    const feed = await claimReviewFeed();
    expect(feed["@graph"]).toHaveLength(15);
    expect(feed["@graph"][0]).toMatchObject({ "@type": "ClaimReview", reviewRating: { bestRating: 5, worstRating: 1 } });
  });
});

describe("withReaderEtag", () => {
  it("answers 304 to a matching If-None-Match until the data changes", async () => {
    const { withReaderEtag } = await import("@/server/http/conditional");
    const make = async () => new Response(await atomFeed());
    const first = await withReaderEtag(new Request("http://x/feed.xml"), make);
    const etag = first.headers.get("etag")!;
    expect(etag).toMatch(/^W\//);
    const again = await withReaderEtag(new Request("http://x/feed.xml", { headers: { "if-none-match": etag } }), make);
    expect(again.status).toBe(304);
    const claim = (await findReaderClaims()).items[0]!;
    await publishVerdict(claim.id, "confirmed", "Checked once more against the report.");
    const after = await withReaderEtag(new Request("http://x/feed.xml", { headers: { "if-none-match": etag } }), make);
    expect(after.status).toBe(200);
  });
});
