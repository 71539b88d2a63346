import { signedIn } from "@/test/auth";
import { beforeAll, describe, expect, it } from "vitest";
import { importArticles } from "@/server/articles/articles";
import { createClaim } from "@/server/claims/claims";
import { GET } from "./route";

const TEXT =
  "The city is busy this week.\nOrganizers said the parade will feature 40 floats on Sunday, Aug. 11. " +
  "The mayor reportedly plans to ride on the lead float. Tickets sold out on Monday.";
let id = "";

async function get(articleId: string) {
  const res = await GET(new Request(`http://x/api/v1/articles/${articleId}/claim-candidates`, { headers: (await signedIn("editor")).headers }), {
    params: Promise.resolve({ id: articleId }),
  });
  return { status: res.status, body: await res.json() };
}

beforeAll(async () => {
  const report = await importArticles([{ outlet: "City Desk", title: "Parade", publishedAt: "2024-08-01", text: TEXT }], null);
  id = report.items[0]!.id;
});

describe("GET /api/v1/articles/{id}/claim-candidates", () => {
  it("lists predictive sentences with span, attribution, tier and deadline", async () => {
    const { status, body } = await get(id);
    expect(status).toBe(200);
    expect(body.items).toHaveLength(2);
    const [parade, mayor] = body.items;
    expect(parade).toMatchObject({ attributedTo: "Organizers", attributionFound: true, certainty: "official", deadline: "2024-08-11", claimed: false });
    expect(TEXT.slice(parade.start, parade.end)).toBe(parade.quote);
    // A bare "reportedly" names no one: the outlet is shown, with "no source named" (issue 13).
    expect(mayor).toMatchObject({ attributedTo: "City Desk", attributionFound: false, certainty: "unnamed_source" });
    expect(mayor.dates).toEqual([]);
  });

  it("marks candidates an existing claim already quotes", async () => {
    const { body } = await get(id);
    const c = body.items[0];
    await createClaim({ articleId: id, start: c.start, end: c.end, statement: c.statement, attributedTo: c.attributedTo }, null);
    expect((await get(id)).body.items[0].claimed).toBe(true);
  });

  it("404s for an unknown article", async () => {
    const { status, body } = await get("missing");
    expect(status).toBe(404);
    expect(body.error.code).toBe("not_found");
  });
});
