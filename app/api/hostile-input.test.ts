import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/server/platform/db";
import { signedIn } from "@/test/auth";
import { PRE_TEXT, claimWorld, span } from "@/test/fixtures";
import { POST as postArticle } from "./v1/articles/route";
import { POST as postClaim } from "./v1/claims/route";
import { PATCH as patchClaim } from "./v1/claims/[id]/route";
import { POST as postEvidence } from "./v1/claims/[id]/evidence/route";
import { POST as publishClaim } from "./v1/claims/[id]/publish/route";
import { POST as postVerdict } from "./v1/claims/[id]/verdicts/route";
import { POST as postEvent } from "./v1/events/route";

// Random and hostile inputs against the editor API: never a 500, always the
// error shape with a message, and a refused request changes nothing.

type Handler = (request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response>;

let auth: Record<string, string>;
let world: Awaited<ReturnType<typeof claimWorld>>;

beforeAll(async () => {
  auth = (await signedIn("editor")).headers;
  world = await claimWorld();
});

/** Everything a refused request must leave alone (the audit log may gain a "refused" row). */
async function fingerprint() {
  const [articles, claims, evidence, verdicts, events, outlets, okAudit] = await Promise.all([
    db.article.count(),
    db.claim.findMany({
      select: { id: true, statement: true, publishedAt: true, rumor: { select: { version: true, currentVerdictId: true } } },
      orderBy: { id: "asc" },
    }),
    db.evidence.count(),
    db.verdict.count(),
    db.event.count(),
    db.outlet.count(),
    db.auditEvent.count({ where: { outcome: "ok" } }),
  ]);
  return JSON.stringify({ articles, claims, evidence, verdicts, events, outlets, okAudit });
}

async function send(handler: Handler, body: string, id = world.claimId) {
  return handler(new Request("http://test/api/v1/x", { method: "POST", headers: { "content-type": "application/json", ...auth }, body }), {
    params: Promise.resolve({ id }),
  });
}

const hugeString = fc.integer({ min: 1, max: 3 }).map((k) => "𝕏".repeat(k * 150_000));
const weirdString = fc.oneof(
  fc.string({ unit: "grapheme", maxLength: 50 }),
  fc.string({ unit: "binary", maxLength: 50 }),
  fc.constantFrom("\u0000", "\uD800", "\uDFFF", "\u202E", "e\u0301", "👩‍👩‍👧‍👦", "﷽", "<script>alert(1)</script>", "' OR 1=1 --", "../../etc/passwd", " ", ""),
  hugeString,
);
const weirdDate = fc.oneof(
  fc.constantFrom(
    "0000-00-00",
    "2024-02-30",
    "275760-09-13",
    "-000001-01-01",
    "9999-12-31",
    "0001-01-01",
    "2024-13-01",
    "1970-01-01T00:00:00Z",
    "2024-08-09T25:61Z",
    "yesterday",
  ),
  fc.date({ noInvalidDate: false }).map((d) => (Number.isNaN(d.getTime()) ? "Invalid Date" : d.toISOString())),
  weirdString,
);
const weirdNumber = fc.oneof(
  fc.integer(),
  fc.double(),
  fc.constantFrom(-1, 0, 2 ** 31, 2 ** 53, Number.MAX_SAFE_INTEGER, 1e308, -0, 0.5),
  fc.constant(Number.NaN).map(() => null),
);
const weird = fc.oneof(weirdString, weirdNumber, weirdDate, fc.boolean(), fc.constant(null), fc.array(fc.jsonValue(), { maxLength: 3 }), fc.jsonValue());

const record = (keys: Record<string, fc.Arbitrary<unknown>>) =>
  fc.record(Object.fromEntries(Object.entries(keys).map(([k, v]) => [k, fc.oneof(v, weird)])), { requiredKeys: [] });

const bodies = {
  article: record({ outlet: weirdString, publishedAt: weirdDate, text: weirdString, title: weirdString, url: weirdString }),
  claim: record({
    articleId: fc.constantFrom("nope", "x".repeat(65)),
    start: weirdNumber,
    end: weirdNumber,
    quote: weirdString,
    statement: weirdString,
    attributedTo: weirdString,
    eventId: weirdString,
    deadline: weirdDate,
  }),
  claimSpan: fc.record({ start: weirdNumber, end: weirdNumber, quote: weirdString }),
  update: record({ statement: weirdString, attributedTo: weirdString, eventId: weirdString, deadline: weirdDate, version: weirdNumber }),
  evidence: record({ articleId: weirdString, start: weirdNumber, end: weirdNumber, stance: weirdString, note: weirdString, version: weirdNumber }),
  verdict: record({ rating: weirdString, rationale: weirdString, version: fc.oneof(weirdNumber, fc.constant(1)), publish: weird }),
  event: record({ name: weirdString, date: weirdDate, slug: weirdString, timeZone: weirdString, place: weirdString }),
  publish: record({ version: weirdNumber }),
};

async function expectRefusedCleanly(response: Response, before: string) {
  expect(response.status, "never a 500").toBeLessThan(500);
  if (response.status >= 400) {
    const body = await response.json();
    expect([400, 401, 403, 404, 409, 413, 422]).toContain(response.status);
    expect(typeof body.error.code).toBe("string");
    expect(body.error.message.length).toBeGreaterThan(0);
    expect(await fingerprint()).toBe(before);
  }
}

const RUNS = { numRuns: 40 };

describe("hostile input to the editor API", () => {
  it("articles", async () => {
    await fc.assert(
      fc.asyncProperty(bodies.article, async (body) => {
        const before = await fingerprint();
        await expectRefusedCleanly(await send(postArticle as Handler, JSON.stringify(body)), before);
      }),
      RUNS,
    );
  });

  it("claims, with spans anywhere in or outside the text", async () => {
    const valid = { articleId: world.pre, statement: "A statement.", attributedTo: "someone", ...span(PRE_TEXT, "the band will reunite on stage") };
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          bodies.claim,
          bodies.claimSpan.map((s) => ({ ...valid, ...s })),
        ),
        async (body) => {
          const before = await fingerprint();
          await expectRefusedCleanly(await send(postClaim as Handler, JSON.stringify(body)), before);
        },
      ),
      RUNS,
    );
  });

  it("claim edits, evidence, verdicts, publishing and events", async () => {
    const cases: [Handler, fc.Arbitrary<unknown>][] = [
      [patchClaim as Handler, bodies.update],
      [postEvidence as Handler, bodies.evidence],
      [postVerdict as Handler, bodies.verdict],
      [publishClaim as Handler, bodies.publish],
      [postEvent as Handler, bodies.event],
    ];
    for (const [handler, arb] of cases) {
      await fc.assert(
        fc.asyncProperty(arb, fc.constantFrom(world.claimId, "missing-id", "💥"), async (body, id) => {
          const before = await fingerprint();
          const init = { method: "POST", headers: { "content-type": "application/json", ...auth }, body: JSON.stringify(body) };
          const response = await handler(new Request("http://test/api/v1/x", init), { params: Promise.resolve({ id }) });
          await expectRefusedCleanly(response, before);
        }),
        { numRuns: 25 },
      );
    }
  });

  it("bodies that are not JSON objects at all", async () => {
    const raw = fc.oneof(
      fc.string({ maxLength: 200 }),
      fc.jsonValue().map((v) => JSON.stringify(v)),
      fc.constantFrom("", "null", "[]", "1", '"x"', "{", "\u0000"),
    );
    await fc.assert(
      fc.asyncProperty(
        raw,
        fc.constantFrom(postArticle, postClaim, postVerdict, postEvidence, publishClaim, postEvent) as fc.Arbitrary<Handler>,
        async (body, handler) => {
          const before = await fingerprint();
          await expectRefusedCleanly(await send(handler, body), before);
        },
      ),
      RUNS,
    );
  });
});
