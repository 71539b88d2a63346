import { beforeAll, describe, expect, it } from "vitest";
import { importArticles } from "@/server/articles/articles";
import { createClaim, setClaimPublished } from "@/server/claims/claims";
import { db } from "@/server/platform/db";
import { createEvent } from "@/server/articles/events";
import { addEvidence } from "@/server/claims/evidence";
import { recordVerdict } from "@/server/claims/verdicts";
import { GET as getClaimById } from "./[id]/route";
import { GET as listClaimsRoute } from "./route";

const versionOf = async (id: string) => (await db.claim.findUniqueOrThrow({ where: { id }, select: { rumor: { select: { version: true } } } })).rumor.version;
const publishVerdict = async (id: string, input: { rating: string; rationale: string }) =>
  recordVerdict(id, { ...input, version: await versionOf(id), publish: true }, null);

// The public read API as a client sees it: the handlers are called directly
// and only their JSON is asserted, so the tests pin the documented contract.

const PRE = "Sources say the singer will headline the halftime show, joined by a surprise guest on stage.";
const POST = "The singer headlined the halftime show on Sunday. No guest joined her on stage.";
const LOOSE = "The mayor is expected to announce a new tram line before the end of the year.";
const LATER = "The mayor announced the new tram line at a press conference.";

let ids: { event: string; pre: string; post: string; headline: string; guest: string; loose: string };

const at = (text: string, quote: string) => ({ start: text.indexOf(quote), end: text.indexOf(quote) + quote.length, quote });

async function list(query = "") {
  const res = await listClaimsRoute(new Request(`http://x/api/v1/claims${query}`), { params: Promise.resolve({}) });
  return { status: res.status, body: await res.json() };
}

async function one(id: string) {
  const res = await getClaimById(new Request(`http://x/api/v1/claims/${id}`), { params: Promise.resolve({ id }) });
  return { status: res.status, body: await res.json() };
}

beforeAll(async () => {
  const report = await importArticles(
    [
      { outlet: "Daily Preview", title: "Halftime plans", url: "https://preview.example/halftime", publishedAt: "2025-02-01", text: PRE },
      { outlet: "Morning Report", title: "Halftime recap", publishedAt: "2025-02-10", text: POST },
      { outlet: "City Desk", title: "Tram rumours", publishedAt: "2025-03-01", text: LOOSE },
      { outlet: "City Desk", title: "Tram announced", publishedAt: "2025-05-01", text: LATER },
    ],
    null,
  );
  const [pre, post, loosePre, loosePost] = report.items.map((i) => i.id) as [string, string, string, string];
  const event = await createEvent({ name: "Big Game", date: "2025-02-09", place: "New Orleans" }, null);
  const headline = await createClaim(
    {
      articleId: pre,
      ...at(PRE, "the singer will headline the halftime show"),
      statement: "The singer will headline the halftime show.",
      attributedTo: "unnamed sources",
      eventId: event.id,
    },
    null,
  );
  const guest = await createClaim(
    {
      articleId: pre,
      ...at(PRE, "joined by a surprise guest on stage"),
      statement: "A surprise guest will join her.",
      attributedTo: "unnamed sources",
      eventId: event.id,
    },
    null,
  );
  const loose = await createClaim(
    {
      articleId: loosePre,
      ...at(LOOSE, "announce a new tram line"),
      statement: "A new tram line will be announced.",
      attributedTo: "City Desk",
      deadline: "2025-12-31",
      // Only a claim with an event is published (issue 11).
      eventId: (await createEvent({ name: "Council session", date: "2025-04-01", timeZone: "Europe/Paris" }, null)).id,
    },
    null,
  );
  await addEvidence(headline.id, { articleId: post, ...at(POST, "The singer headlined the halftime show"), stance: "supports" }, null);
  await addEvidence(
    guest.id,
    { articleId: post, ...at(POST, "No guest joined her on stage."), stance: "contradicts", note: "Checked the broadcast too." },
    null,
  );
  await addEvidence(loose.id, { articleId: loosePost, ...at(LATER, "announced the new tram line"), stance: "supports" }, null);
  await publishVerdict(headline.id, { rating: "unverifiable", rationale: "Only the preview mentioned it so far." });
  // decidedAt has millisecond precision; keep the two verdicts apart.
  await new Promise((r) => setTimeout(r, 5));
  await publishVerdict(headline.id, { rating: "confirmed", rationale: "The recap says she headlined the show." });
  await publishVerdict(guest.id, { rating: "refuted", rationale: "The recap says no guest joined her." });
  for (const c of [headline, guest, loose]) await setClaimPublished(c.id, { version: await versionOf(c.id) }, true, null);
  ids = { event: event.id, pre, post, headline: headline.id, guest: guest.id, loose: loose.id };
});

describe("GET /api/v1/claims", () => {
  it("lists every claim in the public shape", async () => {
    const { status, body } = await list();
    expect(status).toBe(200);
    expect(body.items).toHaveLength(3);
    const guest = body.items.find((c: { id: string }) => c.id === ids.guest);
    expect(guest).toMatchObject({
      statement: "A surprise guest will join her.",
      quote: { text: "joined by a surprise guest on stage", start: PRE.indexOf("joined") },
      attributedTo: "unnamed sources",
      sourceArticle: { outlet: "Daily Preview", title: "Halftime plans", url: "https://preview.example/halftime", publishedAt: "2025-02-01" },
      event: { id: ids.event, name: "Big Game", slug: "big-game-2025", date: "2025-02-09", place: "New Orleans" },
      deadline: "2025-02-09",
      evidence: [
        {
          quote: { text: "No guest joined her on stage." },
          stance: "contradicts",
          note: "Checked the broadcast too.",
          article: { outlet: "Morning Report", title: "Halftime recap", url: null, publishedAt: "2025-02-10" },
        },
      ],
      rating: "refuted",
      verdict: { rating: "refuted", rationale: "The recap says no guest joined her." },
    });
    expect(Date.parse(guest.verdict.decidedAt)).not.toBeNaN();
  });

  it("shows a claim without a verdict as pending with verdict null", async () => {
    const { body } = await list();
    const loose = body.items.find((c: { id: string }) => c.id === ids.loose);
    expect(loose).toMatchObject({ rating: "pending", verdict: null, event: expect.objectContaining({ name: "Council session" }), deadline: "2025-12-31" });
    expect(loose.evidence[0]).toMatchObject({ stance: "supports", quote: { text: "announced the new tram line" } });
  });

  it("filters by rating, including pending", async () => {
    const ofRating = async (rating: string) => (await list(`?rating=${rating}`)).body.items.map((c: { id: string }) => c.id);
    expect(await ofRating("pending")).toEqual([ids.loose]);
    expect(await ofRating("confirmed")).toEqual([ids.headline]);
    expect(await ofRating("refuted")).toEqual([ids.guest]);
    expect(await ofRating("partly_confirmed")).toEqual([]);
  });

  it("filters by event", async () => {
    const { body } = await list(`?eventId=${ids.event}`);
    expect(body.items.map((c: { id: string }) => c.id).sort()).toEqual([ids.headline, ids.guest].sort());
  });

  it("answers an unknown rating with 422 and the error shape", async () => {
    const { status, body } = await list("?rating=maybe");
    expect(status).toBe(422);
    expect(body).toEqual({
      error: { code: "invalid", message: "Unknown rating “maybe”.", fields: { rating: [expect.stringContaining("pending, confirmed")] } },
    });
  });
});

describe("GET /api/v1/claims/{id}", () => {
  it("shows the latest verdict of a re-resolved claim and a history of both", async () => {
    const { status, body } = await one(ids.headline);
    expect(status).toBe(200);
    expect(body.rating).toBe("confirmed");
    expect(body.verdict).toMatchObject({ rating: "confirmed", rationale: "The recap says she headlined the show." });
    expect(body.history.map((v: { rating: string }) => v.rating)).toEqual(["confirmed", "unverifiable"]);
    expect(body.history[0].decidedAt).toBe(body.verdict.decidedAt);
  });

  it("gives a pending claim an empty history", async () => {
    const { body } = await one(ids.loose);
    expect(body).toMatchObject({ rating: "pending", verdict: null, history: [] });
  });

  it("answers an unknown id with 404 and the error shape", async () => {
    const { status, body } = await one("no-such-claim");
    expect(status).toBe(404);
    expect(body).toEqual({ error: { code: "not_found", message: "The claim was not found." } });
  });
});
