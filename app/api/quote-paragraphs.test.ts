import { beforeAll, describe, expect, it } from "vitest";
import { PARAGRAPH_MESSAGE } from "@/lib/quote-bounds";
import { importArticles } from "@/server/articles/articles";
import { createEvent } from "@/server/articles/events";
import { createClaim } from "@/server/claims/claims";
import { addEvidence } from "@/server/claims/evidence";
import { db } from "@/server/platform/db";
import { signedIn } from "@/test/auth";
import { span } from "@/test/fixtures";
import { POST as postClaim } from "./v1/claims/route";
import { POST as postEvidence } from "./v1/claims/[id]/evidence/route";
import { PATCH as patchClaimQuote } from "./v1/claims/[id]/quote/route";
import { PATCH as patchEvidence } from "./v1/evidence/[id]/route";

// A quote stays within one paragraph (issue 14, defect 7). The desk refuses
// such a selection in the browser; these are the API's own refusals, for
// every write that creates or moves a quote: 422 with the desk's message,
// and nothing written.

const PRE = "Insiders say the band will reunite on stage.\n\nThe fireworks will close the night, organisers hint.";
const POST = "The band did reunite on stage.\n\nThere were no fireworks at all.";
const ACROSS_PRE = span(PRE, "reunite on stage.\n\nThe fireworks");
const ACROSS_POST = span(POST, "on stage.\n\nThere were");

type Handler = (request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response>;
let auth: Record<string, string>;
let ids: { pre: string; post: string; event: string; claim: string; evidence: string };

beforeAll(async () => {
  auth = (await signedIn("editor")).headers;
  const stamp = `${Date.now()}`;
  const report = await importArticles(
    [
      { outlet: "Paragraph Post", publishedAt: "2025-06-01", text: `${PRE} (${stamp})` },
      { outlet: "Paragraph Post", publishedAt: "2025-06-20", text: `${POST} (${stamp})` },
    ],
    null,
  );
  const [pre, post] = report.items.map((i) => i.id) as [string, string];
  const event = await createEvent({ name: "Paragraph festival", date: "2025-06-15", slug: `paragraph-festival-${stamp}` }, null);
  const claim = await createClaim(
    { articleId: pre, ...span(PRE, "the band will reunite on stage"), statement: "The band will reunite.", attributedTo: "insiders", eventId: event.id },
    null,
  );
  const evidence = await addEvidence(
    claim.id,
    { articleId: post, ...span(POST, "The band did reunite on stage."), stance: "supports", version: claim.version },
    null,
  );
  ids = { pre, post, event: event.id, claim: claim.id, evidence: evidence.id };
});

const send = (handler: Handler, body: unknown, id = "", method = "POST") =>
  handler(new Request("http://test/api/v1/x", { method, headers: { "content-type": "application/json", ...auth }, body: JSON.stringify(body) }), {
    params: Promise.resolve({ id }),
  });

async function refusedAcrossParagraphs(response: Response) {
  expect(response.status).toBe(422);
  const { error } = await response.json();
  expect(error.message).toBe(PARAGRAPH_MESSAGE);
  expect(error.fields).toEqual({ start: [PARAGRAPH_MESSAGE] });
}

/** Everything a refused quote write could have touched. */
const snapshot = async () => ({
  claims: await db.claim.findMany({ orderBy: { id: "asc" }, select: { id: true, quoteStart: true, quoteEnd: true, quoteText: true } }),
  evidence: await db.evidence.findMany({ orderBy: { id: "asc" }, select: { id: true, quoteStart: true, quoteEnd: true, quoteText: true } }),
  rumors: await db.rumor.findMany({ orderBy: { id: "asc" }, select: { id: true, version: true } }),
  audit: await db.auditEvent.count(),
});

const versionOf = async () => (await db.claim.findUniqueOrThrow({ where: { id: ids.claim }, select: { rumor: { select: { version: true } } } })).rumor.version;

describe("a quote across a paragraph break is refused by the API", () => {
  it("as a new claim", async () => {
    const before = await snapshot();
    await refusedAcrossParagraphs(
      await send(postClaim as Handler, { articleId: ids.pre, ...ACROSS_PRE, statement: "Both.", attributedTo: "insiders", eventId: ids.event }),
    );
    expect(await snapshot()).toEqual(before);
  });

  it("as new evidence", async () => {
    const before = await snapshot();
    await refusedAcrossParagraphs(
      await send(postEvidence as Handler, { articleId: ids.post, ...ACROSS_POST, stance: "supports", version: await versionOf() }, ids.claim),
    );
    expect(await snapshot()).toEqual(before);
  });

  it("as a claim's corrected boundaries", async () => {
    const before = await snapshot();
    await refusedAcrossParagraphs(await send(patchClaimQuote as Handler, { ...ACROSS_PRE, version: await versionOf() }, ids.claim, "PATCH"));
    expect(await snapshot()).toEqual(before);
  });

  it("as an evidence's corrected boundaries", async () => {
    const before = await snapshot();
    await refusedAcrossParagraphs(await send(patchEvidence as Handler, { ...ACROSS_POST, version: await versionOf() }, ids.evidence, "PATCH"));
    expect(await snapshot()).toEqual(before);
  });

  it("while a single line break (hard wrapping) inside a paragraph is fine", async () => {
    const wrapped = await importArticles(
      [{ outlet: "Paragraph Post", publishedAt: "2025-06-02", text: `The band will reunite\non stage, insiders say. (${Date.now()})` }],
      null,
    );
    const text = (await db.article.findUniqueOrThrow({ where: { id: wrapped.items[0]!.id }, select: { body: true } })).body;
    const response = await send(postClaim as Handler, {
      articleId: wrapped.items[0]!.id,
      ...span(text, "The band will reunite\non stage"),
      statement: "The band will reunite.",
      attributedTo: "insiders",
      eventId: ids.event,
    });
    expect(response.status).toBe(201);
  });
});
