import { beforeAll, describe, expect, it } from "vitest";
// First: the query recorder must be in place before the database client loads.
import { recordQueries } from "@/test/queries";
import { importArticles } from "@/server/articles/articles";
import { createClaim } from "@/server/claims/claims";
import { db } from "@/server/platform/db";
import { resetRumorIndex } from "@/server/suggest/rumor-index";
import { GET as likelyRoute } from "@/app/api/v1/desk/matches/route";
import { signedIn } from "@/test/auth";
import { POST as rejectRoute } from "./rejections/route";
import { GET as matchesRoute } from "./route";

// The matching contract as a client sees it (handlers called directly, JSON
// asserted), and the index staying right when another process changes the
// rumors (simulated by writing through the database alone).
const TEXTS = {
  origin: "French media reported that Tom Cruise will perform a daring stunt at the Olympic closing ceremony in Paris.",
  relay: "Tom Cruise may be taking on a daring stunt at the Paris closing ceremony, reports say.",
  denial: "Organizers denied that Tom Cruise would perform a stunt at the Olympic closing ceremony.",
  pool: "Insiders say the Seine will be clean enough for the Olympic triathlon swim in Paris.",
  budget: "The city council is expected to approve a new budget for parks and libraries next month.",
  outcome: "Tom Cruise rappelled from the roof of the Stade de France during the Olympic closing ceremony.",
  swim: "The triathlon swim in the Seine went ahead after water tests showed the river was clean enough.",
};
type Key = keyof typeof TEXTS;
const articles = {} as Record<Key, string>;
let auth: Record<string, string> = {};
const ctx = (id: string) => ({ params: Promise.resolve({ id }) });

async function matches(id: string, query = "") {
  const res = await matchesRoute(new Request(`http://x/api/v1/claims/${id}/matches${query}`, { headers: auth }), ctx(id));
  return { status: res.status, body: await res.json() };
}

async function reject(id: string, body: unknown) {
  const res = await rejectRoute(
    new Request(`http://x/api/v1/claims/${id}/matches/rejections`, {
      method: "POST",
      headers: { ...auth, "content-type": "application/json" },
      body: JSON.stringify(body),
    }),
    ctx(id),
  );
  return { status: res.status, body: await res.json() };
}

async function claimOn(key: Key, quote: string, statement: string) {
  const start = TEXTS[key].indexOf(quote);
  return createClaim({ articleId: articles[key], start, end: start + quote.length, quote, statement, attributedTo: "The outlet itself" }, null);
}

let origin: Awaited<ReturnType<typeof claimOn>>;
let pool: Awaited<ReturnType<typeof claimOn>>;

beforeAll(async () => {
  auth = (await signedIn("editor")).headers;
  const dates: Record<Key, string> = {
    origin: "2024-08-05",
    relay: "2024-08-07",
    denial: "2024-08-08",
    pool: "2024-07-20",
    budget: "2024-07-21",
    outcome: "2024-08-12",
    swim: "2024-07-31",
  };
  const report = await importArticles(
    (Object.keys(TEXTS) as Key[]).map((k) => ({ outlet: `Outlet ${k}`, title: `About ${k}`, publishedAt: dates[k], text: TEXTS[k] })),
    null,
  );
  (Object.keys(TEXTS) as Key[]).forEach((k, i) => (articles[k] = report.items[i]!.id));
  origin = await claimOn(
    "origin",
    "Tom Cruise will perform a daring stunt at the Olympic closing ceremony",
    "Tom Cruise will perform a stunt at the closing ceremony.",
  );
  pool = await claimOn("pool", "the Seine will be clean enough for the Olympic triathlon swim", "The Seine will be clean enough for the triathlon swim.");
  await claimOn("budget", "The city council is expected to approve a new budget", "The council will approve a new budget.");
});

describe("GET /api/v1/claims/{id}/matches", () => {
  it("ranks the rumor a differently worded claim belongs to first, flagged likely, with its statement, size and reasons; never its own rumor", async () => {
    const relay = await claimOn(
      "relay",
      "Tom Cruise may be taking on a daring stunt at the Paris closing ceremony",
      "Tom Cruise may do a stunt at the closing.",
    );
    const { status, body } = await matches(relay.id);
    expect(status).toBe(200);
    const [top, ...rest] = body.items;
    expect(top).toMatchObject({ rumorId: origin.rumorId, likely: true, statement: "Tom Cruise will perform a stunt at the closing ceremony.", claimCount: 1 });
    expect(top.score).toBeGreaterThan(0);
    expect(top.score).toBeLessThanOrEqual(1);
    expect(top.reasons).toContain("name: Cruise");
    for (const m of rest) expect(m.score).toBeLessThanOrEqual(top.score);
    expect(body.items.some((m: { rumorId: string }) => m.rumorId === relay.rumorId)).toBe(false);
    // Its own rumor is never offered: once linked, the origin's rumor is no longer a match for it.
    await db.claim.update({ where: { id: relay.id }, data: { rumorId: origin.rumorId } });
    await db.rumor.update({ where: { id: origin.rumorId }, data: { version: { increment: 1 } } });
    expect((await matches(relay.id)).body.items.some((m: { rumorId: string }) => m.rumorId === origin.rumorId)).toBe(false);
  });

  it("keeps a rejected rumor out for that claim only, and refuses bad rejections without changing anything", async () => {
    const denial = await claimOn("denial", "Organizers denied that Tom Cruise would perform a stunt", "Organizers deny the Tom Cruise stunt.");
    expect((await matches(denial.id)).body.items[0]?.rumorId).toBe(origin.rumorId);
    const first = await reject(denial.id, { rumorId: origin.rumorId });
    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({ claimId: denial.id, rumorId: origin.rumorId });
    expect((await reject(denial.id, { rumorId: origin.rumorId })).body.id).toBe(first.body.id);
    expect((await matches(denial.id)).body.items.some((m: { rumorId: string }) => m.rumorId === origin.rumorId)).toBe(false);
    expect((await reject(denial.id, { rumorId: "nope" })).status).toBe(422);
    expect((await reject(denial.id, { rumorId: denial.rumorId })).status).toBe(422);
    expect((await reject(denial.id, {})).status).toBe(422);
    expect((await reject("missing", { rumorId: origin.rumorId })).status).toBe(404);
    expect(await db.matchRejection.count({ where: { claimId: denial.id } })).toBe(1);
  });

  it("answers 422 for a bad limit and 404 for an unknown claim, and honours the limit", async () => {
    expect((await matches(pool.id, "?limit=0")).status).toBe(422);
    expect((await matches(pool.id, "?limit=abc")).status).toBe(422);
    expect((await matches(pool.id, "?limit=21")).status).toBe(422);
    expect((await matches("missing")).status).toBe(404);
    expect((await matches(origin.id, "?limit=1")).body.items.length).toBeLessThanOrEqual(1);
  });

  it("answers from the index in a few reads: the token, the claim and its rejections, one freshness check; nothing written", async () => {
    await matches(origin.id);
    const { result, queries } = await recordQueries(() => matches(origin.id));
    expect(result.status).toBe(200);
    expect(result.body.items.length).toBeGreaterThan(0);
    const sql = queries.map((q) => q.query);
    expect(sql.filter((q) => !/^\s*SELECT/i.test(q))).toEqual([]);
    // Both indexes' signatures in one statement; the rumors' statements and sizes come from the index.
    expect(sql.filter((q) => /COUNT\(\*\)/i.test(q))).toHaveLength(1);
    expect(sql.filter((q) => /[`"]Rumor[`"]/.test(q) && !/COUNT\(\*\)/i.test(q))).toEqual([]);
    expect(sql.length).toBeLessThanOrEqual(5);
  });

  it("follows rumors changed, created and deleted by another process (the database alone)", async () => {
    const swimmer = await claimOn("pool", "the Seine will be clean enough", "The Seine will be swimmable.");
    const [before] = (await matches(swimmer.id)).body.items;
    expect(before).toMatchObject({ rumorId: pool.rumorId, likely: true });
    // Another app server rewords the pool rumor's texts into something unrelated, in one commit with its version.
    await db.$transaction([
      db.claim.update({ where: { id: pool.id }, data: { statement: "A parade of boats.", quoteText: "A parade of boats on the river." } }),
      db.rumor.update({ where: { id: pool.rumorId }, data: { statement: "A parade of boats.", version: { increment: 1 } } }),
    ]);
    const reworded = (await matches(swimmer.id)).body.items.find((m: { rumorId: string }) => m.rumorId === pool.rumorId);
    // Only the articles both point at may still link them now: no longer likely, no word in common.
    if (reworded) expect(reworded).toMatchObject({ likely: false, statement: "A parade of boats." });
    if (reworded) expect(reworded.score).toBeLessThan(before.score);
    // … and deletes it: a deleted rumor is never offered.
    await db.claim.update({ where: { id: pool.id }, data: { statement: "The Seine will be clean enough for the triathlon swim.", quoteText: TEXTS.pool } });
    await db.rumor.update({
      where: { id: pool.rumorId },
      data: { statement: "The Seine will be clean enough for the triathlon swim.", version: { increment: 1 } },
    });
    expect((await matches(swimmer.id)).body.items[0]?.rumorId).toBe(pool.rumorId);
    await db.claim.delete({ where: { id: pool.id } });
    await db.rumor.delete({ where: { id: pool.rumorId } });
    expect((await matches(swimmer.id)).body.items.some((m: { rumorId: string }) => m.rumorId === pool.rumorId)).toBe(false);
    // A fresh server (empty index) builds the same answer from the database.
    const now = (await matches(swimmer.id)).body;
    resetRumorIndex();
    expect((await matches(swimmer.id)).body).toEqual(now);
  });
});

describe("GET /api/v1/desk/matches", () => {
  it("lists unlinked claims whose best match is likely, with that match", async () => {
    const relay2 = await claimOn("relay", "Tom Cruise may be taking on a daring stunt", "Tom Cruise might do a daring stunt.");
    const res = await likelyRoute(new Request("http://x/api/v1/desk/matches", { headers: auth }), { params: Promise.resolve({}) });
    expect(res.status).toBe(200);
    const { items } = await res.json();
    const mine = items.find((i: { claim: { id: string } }) => i.claim.id === relay2.id);
    expect(mine?.match).toMatchObject({ rumorId: origin.rumorId, likely: true });
    for (const i of items) expect(i.match.likely).toBe(true);
  });

  it("remembers each claim's best match only while nothing it depends on changed (another process's edits, a rejection)", async () => {
    const visit = async () => {
      const res = await likelyRoute(new Request("http://x/api/v1/desk/matches", { headers: auth }), { params: Promise.resolve({}) });
      return (await res.json()).items as { claim: { id: string }; match: { rumorId: string; statement: string; claimCount: number } }[];
    };
    const stuntman = await claimOn("relay", "Tom Cruise may be taking on a daring stunt", "Tom Cruise may attempt a daring stunt.");
    const mine = async () => (await visit()).find((i) => i.claim.id === stuntman.id);
    const first = (await mine())?.match;
    expect(first).toBeDefined();
    const target = first!.rumorId;
    expect(await visit()).toEqual(await visit());
    const texts = await db.claim.findMany({ where: { rumorId: target }, select: { id: true, statement: true, quoteText: true } });
    // Another app server rewords every text of that rumor into something unrelated: the remembered match is not offered.
    await db.$transaction([
      ...texts.map((c) => db.claim.update({ where: { id: c.id }, data: { statement: "A parade of boats.", quoteText: "A parade of boats on the river." } })),
      db.rumor.update({ where: { id: target }, data: { statement: "A parade of boats.", version: { increment: 1 } } }),
    ]);
    expect((await mine())?.match.rumorId).not.toBe(target);
    await db.$transaction([
      ...texts.map((c) => db.claim.update({ where: { id: c.id }, data: { statement: c.statement, quoteText: c.quoteText } })),
      db.rumor.update({ where: { id: target }, data: { statement: first!.statement, version: { increment: 1 } } }),
    ]);
    expect((await mine())?.match).toEqual(first);
    // A rejection changes the claim, not the index: its best match is ranked again without that rumor.
    expect((await reject(stuntman.id, { rumorId: target })).status).toBe(201);
    expect((await mine())?.match.rumorId).not.toBe(target);
  });
});
