import fc from "fast-check";
import { cleanText } from "@/lib/import/candidate";
import { beforeAll, describe, expect, it } from "vitest";
import { createApiToken } from "@/server/auth/api-tokens";
import { AppError } from "@/server/platform/errors";
import { db } from "@/server/platform/db";
import { signedIn } from "@/test/auth";
import { POST_TEXT, PRE_TEXT, claimWorld, span } from "@/test/fixtures";
import { POST as postUser } from "./v1/admin/users/route";
import { POST as postArticle } from "./v1/articles/route";
import { POST as postImport } from "./v1/articles/import/route";
import { GET as listClaims, POST as postClaim } from "./v1/claims/route";
import { PATCH as patchClaim } from "./v1/claims/[id]/route";
import { POST as postEvidence } from "./v1/claims/[id]/evidence/route";
import { POST as postOverride } from "./v1/claims/[id]/override/route";
import { POST as linkClaims } from "./v1/claims/link/route";
import { POST as postVerdict } from "./v1/claims/[id]/verdicts/route";
import { POST as postEvent } from "./v1/events/route";
import { POST as postRumorEvidence } from "./v1/rumors/[id]/evidence/route";
import { POST as mergeRumor } from "./v1/rumors/[id]/merge/route";
import { PATCH as patchRumor } from "./v1/rumors/[id]/route";
import { POST as postRumorVerdict } from "./v1/rumors/[id]/verdicts/route";

// Hostile text through every endpoint that takes text (issue 11): each answer
// is a refusal in the documented shape that changed nothing, or the text is
// stored exactly as sent (trimmed where the field trims). Never a 500.

type Handler = (request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response>;

const hostileChar = fc.constantFrom(
  "\ud800", // lone surrogates
  "\udfff",
  "\ud83c",
  "\u0000", // controls
  "\u0007",
  "\u001b",
  "\u007f",
  "\u0085",
  "\u202e", // bidi overrides and isolates
  "\u202d",
  "\u2066",
  "\u200b", // zero-width and format characters
  "\u200d",
  "\ufeff",
  "\u0301", // combining marks
  "\u0336",
  "e\u0301",
  "👩‍👩‍👧‍👦",
  "\t",
  "\r\n",
  " ",
);
const word = fc.constantFrom("star", "Band", "jump 9", "日本", "Ωmega", "");
const longLine = fc.integer({ min: 1, max: 4 }).map((k) => "𝕏y".repeat(k * 30_000));
/** Mostly readable text with hostile characters inside, sometimes nothing but them, sometimes very long. */
const hostile = fc.oneof(
  { weight: 5, arbitrary: fc.array(fc.oneof(word, hostileChar), { minLength: 1, maxLength: 12 }).map((parts) => parts.join("")) },
  { weight: 2, arbitrary: fc.string({ unit: "binary", maxLength: 30 }) },
  { weight: 1, arbitrary: fc.tuple(longLine, hostileChar).map(([line, char]) => line + char) },
  { weight: 1, arbitrary: longLine },
);

let auth: Record<string, string>;
let adminAuth: Record<string, string>;
let userId: string;
let world: Awaited<ReturnType<typeof claimWorld>>;

beforeAll(async () => {
  const editor = await signedIn("editor");
  auth = editor.headers;
  userId = editor.user.id;
  adminAuth = (await signedIn("admin")).headers;
  world = await claimWorld();
});

/** Every table a refused request must leave alone (the audit log may gain a "refused" row). */
async function fingerprint() {
  const [articles, claims, rumors, evidence, verdicts, events, outlets, users, tokens, okAudit] = await Promise.all([
    db.article.count(),
    db.claim.findMany({ select: { id: true, statement: true, attributedTo: true }, orderBy: { id: "asc" } }),
    db.rumor.findMany({ select: { id: true, statement: true, version: true }, orderBy: { id: "asc" } }),
    db.evidence.count(),
    db.verdict.count(),
    db.event.count(),
    db.outlet.count(),
    db.user.count(),
    db.apiToken.count(),
    db.auditEvent.count({ where: { outcome: "ok" } }),
  ]);
  return JSON.stringify({ articles, claims, rumors, evidence, verdicts, events, outlets, users, tokens, okAudit });
}

async function call(handler: Handler, body: unknown, options: { id?: string; method?: string; raw?: string; type?: string; admin?: boolean } = {}) {
  const headers = { "content-type": options.type ?? "application/json", ...(options.admin ? adminAuth : auth) };
  const request = new Request("http://test/api/v1/x", { method: options.method ?? "POST", headers, body: options.raw ?? JSON.stringify(body) });
  return handler(request, { params: Promise.resolve({ id: options.id ?? "" }) });
}

/** Refused in the documented shape with nothing changed, or accepted: then `stored()` must give back `expected`. */
async function check(response: Response, before: string, expected: string | null, stored: (json: Record<string, unknown>) => Promise<unknown>) {
  expect(response.status, "never a 500").toBeLessThan(500);
  const json = await response.json();
  if (response.status >= 400) {
    expect([400, 403, 404, 409, 413, 422]).toContain(response.status);
    expect(typeof json.error.code).toBe("string");
    expect(json.error.message.length).toBeGreaterThan(0);
    expect(await fingerprint(), "a refusal changes nothing").toBe(before);
    return;
  }
  expect(await stored(json), "stored exactly as sent").toBe(expected);
}

const RUNS = { numRuns: 12 };
const trimmedOrNull = (text: string) => text.trim() || null;
let n = 0;

describe("hostile text is refused cleanly or stored exactly", () => {
  it("articles: text, title and outlet, one by one or through a JSON Lines import", async () => {
    await fc.assert(
      fc.asyncProperty(hostile, fc.constantFrom("text", "title", "outlet", "import"), async (text, field) => {
        const before = await fingerprint();
        const article = { outlet: "Hostile Wire", publishedAt: "2025-01-01", text: `Plain text ${++n}.` };
        if (field === "import") {
          const response = await call(postImport as Handler, null, { raw: JSON.stringify({ ...article, text }), type: "application/x-ndjson" });
          const stored = async (json: Record<string, unknown>) => {
            const id = (json.items as { id: string }[])[0]!.id;
            return (await db.article.findUniqueOrThrow({ where: { id } })).body;
          };
          // An import keeps the text exactly but for its documented clean-up (docs/importing.md: BOM, line ends, outer whitespace).
          return check(response, before, cleanText(text), stored);
        }
        const known = new Set((await db.outlet.findMany({ select: { id: true } })).map((o) => o.id));
        const response = await call(postArticle as Handler, { ...article, [field]: text });
        const row = async (json: Record<string, unknown>) => db.article.findUniqueOrThrow({ where: { id: json.id as string }, include: { outlet: true } });
        if (field === "text") return check(response, before, text, async (json) => (await row(json)).body);
        if (field === "title") return check(response, before, text.trim() || `Plain text ${n}.`, async (json) => (await row(json)).title);
        // An outlet is found by its slug: an existing one keeps its name, a new one takes the name as sent.
        return check(response, before, text.trim(), async (json) => {
          const { outlet } = await row(json);
          return known.has(outlet.id) ? text.trim() : outlet.name;
        });
      }),
      RUNS,
    );
  });

  it("claims: statement and attribution, new and edited; rumor statements", async () => {
    const quote = span(PRE_TEXT, "fireworks will close the night");
    await fc.assert(
      fc.asyncProperty(hostile, fc.constantFrom("statement", "attributedTo", "edit", "rumor"), async (text, field) => {
        const before = await fingerprint();
        const claim = await db.claim.findUniqueOrThrow({ where: { id: world.claimId }, select: { rumorId: true, rumor: { select: { version: true } } } });
        if (field === "edit") {
          const response = await call(patchClaim as Handler, { statement: text, version: claim.rumor.version }, { id: world.claimId, method: "PATCH" });
          return check(response, before, text.trim(), async () => (await db.claim.findUniqueOrThrow({ where: { id: world.claimId } })).statement);
        }
        if (field === "rumor") {
          const response = await call(patchRumor as Handler, { statement: text, version: claim.rumor.version }, { id: claim.rumorId, method: "PATCH" });
          return check(response, before, text.trim(), async () => (await db.rumor.findUniqueOrThrow({ where: { id: claim.rumorId } })).statement);
        }
        const body = { articleId: world.pre, ...quote, statement: "Fireworks will close it.", attributedTo: "insiders", [field]: text };
        const response = await call(postClaim as Handler, body);
        return check(response, before, text.trim(), async (json) => {
          const row = await db.claim.findUniqueOrThrow({ where: { id: json.id as string } });
          return field === "statement" ? row.statement : row.attributedTo;
        });
      }),
      RUNS,
    );
  });

  it("evidence notes and quotes, verdict and override rationales, on claims and rumors", async () => {
    const words = POST_TEXT.split(/\b/).filter((w) => /\w/.test(w));
    const paths = fc.constantFrom("claim", "rumor");
    await fc.assert(
      fc.asyncProperty(hostile, fc.constantFrom("note", "quote", "rationale", "override"), fc.constantFrom(...words), paths, async (text, field, at, via) => {
        const before = await fingerprint();
        const { rumorId, rumor } = await db.claim.findUniqueOrThrow({
          where: { id: world.claimId },
          select: { rumorId: true, rumor: { select: { version: true } } },
        });
        const [id, verdict, evidence] = via === "claim" ? [world.claimId, postVerdict, postEvidence] : [rumorId, postRumorVerdict, postRumorEvidence];
        if (field === "rationale" || field === "override") {
          const handler = field === "override" ? postOverride : verdict;
          const body = { rating: "confirmed", rationale: text, version: rumor.version };
          const response = await call(handler as Handler, body, { id: field === "override" ? world.claimId : id });
          return check(response, before, text.trim(), async (json) => (await db.verdict.findUniqueOrThrow({ where: { id: json.id as string } })).rationale);
        }
        const body = { articleId: world.post, ...span(POST_TEXT, at), stance: "supports", [field]: text };
        const response = await call(evidence as Handler, body, { id });
        const row = async (json: Record<string, unknown>) => db.evidence.findUniqueOrThrow({ where: { id: json.id as string } });
        // A quote is checked against the article: it is stored only when it is the article's own text.
        if (field === "quote") return check(response, before, text, async (json) => (await row(json)).quoteText);
        return check(response, before, trimmedOrNull(text), async (json) => (await row(json)).note);
      }),
      RUNS,
    );
  });

  it("events and accounts", async () => {
    await fc.assert(
      fc.asyncProperty(hostile, fc.constantFrom("name", "place", "description", "account"), async (text, field) => {
        const before = await fingerprint();
        if (field === "account") {
          const response = await call(postUser as Handler, { email: `hostile${++n}@test.local`, role: "editor", name: text }, { admin: true });
          return check(
            response,
            before,
            text.trim(),
            async (json) => (await db.user.findUniqueOrThrow({ where: { id: (json.user as { id: string }).id } })).name,
          );
        }
        const response = await call(postEvent as Handler, { name: `Hostile gala ${++n}`, date: "2025-09-01", [field]: text });
        return check(response, before, field === "name" ? text.trim() : trimmedOrNull(text), async (json) => {
          const event = await db.event.findUniqueOrThrow({ where: { id: json.id as string } });
          return event[field as "name" | "place" | "description"];
        });
      }),
      RUNS,
    );
  });

  it("ids: links and merges refuse any hostile id cleanly", async () => {
    await fc.assert(
      fc.asyncProperty(hostile, fc.boolean(), async (text, link) => {
        const before = await fingerprint();
        const { rumorId } = await db.claim.findUniqueOrThrow({ where: { id: world.claimId }, select: { rumorId: true } });
        const response = link
          ? await call(linkClaims as Handler, { rumorId: text, claimIds: [world.claimId, text] })
          : await call(mergeRumor as Handler, { intoRumorId: text }, { id: rumorId });
        expect(response.status).toBeGreaterThanOrEqual(400);
        await check(response, before, null, async () => "accepted");
      }),
      RUNS,
    );
  });

  it("API token names (the data-access function: the endpoint wants a password session)", async () => {
    await fc.assert(
      fc.asyncProperty(hostile, async (text) => {
        const before = await fingerprint();
        try {
          const { id } = await createApiToken(userId, { name: text });
          expect((await db.apiToken.findUniqueOrThrow({ where: { id } })).name).toBe(text.trim());
        } catch (error) {
          expect(error).toBeInstanceOf(AppError);
          expect((error as AppError).status).toBe(422);
          expect(await fingerprint()).toBe(before);
        }
      }),
      RUNS,
    );
  });

  it("searches: any text in the query string answers 200 or a 4xx, never a 500", async () => {
    const query = fc.oneof(
      hostile.map((text) => new URLSearchParams({ q: text.slice(0, 300) }).toString()),
      // Bytes that are not UTF-8, an encoded surrogate, NUL and a bidi override, percent-encoded.
      fc.constantFrom("q=%ff", "q=%ED%A0%80", "q=%00", "q=%E2%80%AE", "q=%", "q=%%"),
    );
    await fc.assert(
      fc.asyncProperty(query, async (search) => {
        const response = await (listClaims as Handler)(new Request(`http://test/api/v1/claims?${search}`), { params: Promise.resolve({}) });
        expect(response.status).toBeLessThan(500);
        if (response.status >= 400) expect((await response.json()).error.code).toBe("invalid");
      }),
      RUNS,
    );
  });
});
