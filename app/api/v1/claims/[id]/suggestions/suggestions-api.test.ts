import { beforeAll, describe, expect, it } from "vitest";
import { importArticles } from "@/server/articles/articles";
import { createClaim } from "@/server/claims/claims";
import { createEvent } from "@/server/articles/events";
import { db } from "@/server/platform/db";
import { addEvidence } from "@/server/claims/evidence";
import { resetSuggestionIndex } from "@/server/suggest/passage-index";
import { signedIn } from "@/test/auth";
import { POST as rejectRoute } from "./rejections/route";
import { GET as suggestionsRoute } from "./route";

// The suggestions contract as a client sees it: handlers called directly,
// JSON asserted.
const PRE = "Sources say the singer will headline the halftime show, joined by a surprise guest on stage.";
const POST = "The crowd was huge.\nThe singer headlined the halftime show on Sunday. No guest joined her on stage.\nTraffic was slow afterwards.";
const OTHER = "The city council approved a new budget for parks and libraries on Monday.";
const EARLY = "Rehearsals for the halftime show started; the singer is said to be nervous.";

let ids: { claim: string; pre: string; post: string; other: string; early: string };
// Editor API calls carry an editor's token, as a newsroom script's would.
let auth: Record<string, string> = {};
const ctx = (id: string) => ({ params: Promise.resolve({ id }) });

async function suggestions(id: string, query = "") {
  const res = await suggestionsRoute(new Request(`http://x/api/v1/claims/${id}/suggestions${query}`, { headers: auth }), ctx(id));
  return { status: res.status, body: await res.json() };
}

beforeAll(async () => {
  auth = (await signedIn("editor")).headers;
  const report = await importArticles(
    [
      { outlet: "Daily Preview", title: "Halftime plans", publishedAt: "2025-02-01", text: PRE },
      { outlet: "Morning Report", title: "Halftime recap", publishedAt: "2025-02-10", text: POST },
      { outlet: "City Desk", title: "Budget passes", publishedAt: "2025-02-11", text: OTHER },
      { outlet: "Gossip Daily", title: "Rehearsals", publishedAt: "2025-02-05", text: EARLY },
    ],
    null,
  );
  const [pre, post, other, early] = report.items.map((i) => i.id) as [string, string, string, string];
  const event = await createEvent({ name: "Big Game", date: "2025-02-09" }, null);
  const q = "the singer will headline the halftime show";
  const claim = await createClaim(
    {
      articleId: pre,
      start: PRE.indexOf(q),
      end: PRE.indexOf(q) + q.length,
      statement: "The singer will headline the halftime show.",
      attributedTo: "unnamed sources",
      eventId: event.id,
    },
    null,
  );
  ids = { claim: claim.id, pre, post, other, early };
});

describe("GET /api/v1/claims/{id}/suggestions", () => {
  it("ranks post-event passages best first with score, stance and reasons", async () => {
    const { status, body } = await suggestions(ids.claim);
    expect(status).toBe(200);
    const [first] = body.items;
    expect(first).toMatchObject({ articleId: ids.post, stance: expect.stringMatching(/supports|contradicts|mentions/) });
    expect(POST.slice(first.start, first.end)).toBe(first.quote);
    expect(first.quote).toContain("headlined the halftime show");
    expect(first.reasons).toEqual(expect.arrayContaining(["halftime"]));
    expect(typeof first.score).toBe("number");
    const scores = body.items.map((i: { score: number }) => i.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    // Pre-event articles (the claim's own, the rehearsal gossip) are never suggested.
    expect(body.items.map((i: { articleId: string }) => i.articleId)).not.toContain(ids.early);
    expect(body.items.map((i: { articleId: string }) => i.articleId)).not.toContain(ids.pre);
  });

  it("honours limit and refuses a bad one with field errors", async () => {
    expect((await suggestions(ids.claim, "?limit=1")).body.items).toHaveLength(1);
    const bad = await suggestions(ids.claim, "?limit=0");
    expect(bad.status).toBe(422);
    expect(bad.body.error.fields.limit).toBeDefined();
    expect((await suggestions(ids.claim, "?limit=abc")).status).toBe(422);
  });

  it("404s for an unknown claim", async () => {
    const { status, body } = await suggestions("nope");
    expect(status).toBe(404);
    expect(body.error.code).toBe("not_found");
  });

  it("picks up articles imported after the index was built", async () => {
    await suggestions(ids.claim);
    const text = "Fans said the singer headlined the halftime show with energy to spare.";
    const report = await importArticles([{ outlet: "Late Wire", title: "Review", publishedAt: "2025-02-12", text }], null);
    const { body } = await suggestions(ids.claim, "?limit=10");
    expect(body.items.map((i: { articleId: string }) => i.articleId)).toContain(report.items[0]!.id);
  });

  it("catches up with articles another process wrote, and with a restart", async () => {
    await suggestions(ids.claim);
    const outlet = await db.outlet.findFirstOrThrow({ select: { id: true } });
    const text = "Critics agreed the singer headlined the halftime show in style.";
    const row = await db.article.create({
      data: { outletId: outlet.id, title: "Elsewhere", publishedAt: new Date("2025-02-13"), body: text, sha256: "x".repeat(64) },
      select: { id: true },
    });
    const seen = async () => (await suggestions(ids.claim, "?limit=20")).body.items.map((i: { articleId: string }) => i.articleId);
    expect(await seen()).toContain(row.id);
    resetSuggestionIndex();
    expect(await seen()).toContain(row.id);
    await db.article.delete({ where: { id: row.id } });
    expect(await seen()).not.toContain(row.id);
  });

  it("leaves out rejected passages and attached evidence", async () => {
    const before = (await suggestions(ids.claim, "?limit=10")).body.items;
    const target = before.find((i: { articleId: string }) => i.articleId === ids.post);
    const res = await rejectRoute(
      new Request("http://x", { method: "POST", headers: auth, body: JSON.stringify({ articleId: target.articleId, start: target.start, end: target.end }) }),
      ctx(ids.claim),
    );
    expect(res.status).toBe(201);
    const again = await rejectRoute(
      new Request("http://x", { method: "POST", headers: auth, body: JSON.stringify({ articleId: target.articleId, start: target.start, end: target.end }) }),
      ctx(ids.claim),
    );
    expect(again.status).toBe(201);
    const after = (await suggestions(ids.claim, "?limit=10")).body.items;
    expect(after.some((i: { articleId: string; start: number }) => i.articleId === ids.post && i.start === target.start)).toBe(false);

    const late = after[0];
    await addEvidence(ids.claim, { articleId: late.articleId, start: late.start, end: late.end, stance: late.stance }, null);
    const final = (await suggestions(ids.claim, "?limit=10")).body.items;
    expect(final.some((i: { articleId: string; start: number }) => i.articleId === late.articleId && i.start === late.start)).toBe(false);
  });

  it("refuses a malformed rejection", async () => {
    const res = await rejectRoute(
      new Request("http://x", { method: "POST", headers: auth, body: JSON.stringify({ articleId: ids.post, start: 5, end: 2 }) }),
      ctx(ids.claim),
    );
    expect(res.status).toBe(422);
    const far = await rejectRoute(
      new Request("http://x", { method: "POST", headers: auth, body: JSON.stringify({ articleId: ids.post, start: 0, end: 99999 }) }),
      ctx(ids.claim),
    );
    expect(far.status).toBe(422);
  });
});
