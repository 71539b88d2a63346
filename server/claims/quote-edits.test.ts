import { beforeAll, describe, expect, it } from "vitest";
import { importArticles } from "@/server/articles/articles";
import { createEvent } from "@/server/articles/events";
import { db } from "@/server/platform/db";
import { AppError } from "@/server/platform/errors";
import { createClaim } from "./claims";
import { addEvidence } from "./evidence";
import { editClaimQuote, editEvidenceQuote } from "./quote-edits";

// Correcting a quote's boundaries (issue 14): re-checked against the stored
// text, guarded by the rumor's version, audited with before and after.

const PRE = "Insiders say Tom Cruise will abseil into the stadium during the closing ceremony. A handover film is also expected.";
const POST = "Tom Cruise descended from the stadium roof on a cable. The handover film then showed him skydiving over Los Angeles.";

const span = (text: string, quote: string) => {
  const start = text.indexOf(quote);
  return { start, end: start + quote.length, quote };
};

async function refusal(promise: Promise<unknown>) {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

let ids: { pre: string; post: string; event: string };

beforeAll(async () => {
  const report = await importArticles(
    [
      { outlet: "Quote Edits Daily", title: "Before", publishedAt: "2024-08-09", text: PRE },
      { outlet: "Quote Edits Daily", title: "After", publishedAt: "2024-08-12", text: POST },
    ],
    null,
  );
  const event = await createEvent({ name: "Quote edits ceremony", date: "2024-08-11" }, null);
  ids = { pre: report.items[0]!.id, post: report.items[1]!.id, event: event.id };
});

async function newClaim() {
  return createClaim(
    { articleId: ids.pre, ...span(PRE, "Tom Cruise will abseil"), statement: "Cruise abseils in.", attributedTo: "insiders", eventId: ids.event },
    null,
  );
}

describe("claim quote boundaries", () => {
  it("widens the span to the stored text and records before and after", async () => {
    const claim = await newClaim();
    const wider = span(PRE, "Tom Cruise will abseil into the stadium");
    const result = await editClaimQuote(claim.id, { ...wider, version: claim.version }, null);
    expect(result.version).toBe(claim.version + 1);
    const row = await db.claim.findUniqueOrThrow({ where: { id: claim.id } });
    expect([row.quoteStart, row.quoteEnd, row.quoteText]).toEqual([wider.start, wider.end, "Tom Cruise will abseil into the stadium"]);
    const trail = await db.auditEvent.findFirstOrThrow({ where: { claimId: claim.id, action: "claim.quote" } });
    expect(JSON.parse(trail.before!)).toEqual({ quote: { start: wider.start, end: wider.start + 22, text: "Tom Cruise will abseil" } });
    expect(JSON.parse(trail.after!).quote.text).toBe("Tom Cruise will abseil into the stadium");
  });

  it("narrows it, and refuses a span that does not match the text, changing nothing", async () => {
    const claim = await newClaim();
    const narrowed = await editClaimQuote(claim.id, { ...span(PRE, "Tom Cruise"), version: claim.version }, null);
    expect((await db.claim.findUniqueOrThrow({ where: { id: claim.id } })).quoteText).toBe("Tom Cruise");
    const { start, end } = span(PRE, "Tom Cruise will");
    const error = await refusal(editClaimQuote(claim.id, { start: start + 1, end: end + 1, quote: "Tom Cruise will", version: narrowed.version }, null));
    expect(error.code).toBe("invalid");
    const bad = await refusal(editClaimQuote(claim.id, { start: 10, end: PRE.length + 5, version: narrowed.version }, null));
    expect(bad.code).toBe("invalid");
    const row = await db.claim.findUniqueOrThrow({ where: { id: claim.id }, include: { rumor: true } });
    expect(row.quoteText).toBe("Tom Cruise");
    expect(row.rumor.version).toBe(narrowed.version);
  });

  it("refuses a stale version with 409 and records the refused attempt", async () => {
    const claim = await newClaim();
    await editClaimQuote(claim.id, { ...span(PRE, "Tom Cruise"), version: claim.version }, null);
    const error = await refusal(editClaimQuote(claim.id, { ...span(PRE, "Tom Cruise will"), version: claim.version }, null));
    expect(error.status).toBe(409);
    expect(await db.auditEvent.count({ where: { claimId: claim.id, action: "claim.quote", outcome: "refused" } })).toBe(1);
    expect((await db.claim.findUniqueOrThrow({ where: { id: claim.id } })).quoteText).toBe("Tom Cruise");
  });
});

describe("evidence quote boundaries", () => {
  it("moves the span within its article, refusing a duplicate of another piece of the same rumor", async () => {
    const claim = await newClaim();
    const first = await addEvidence(claim.id, { articleId: ids.post, ...span(POST, "Tom Cruise descended"), stance: "supports" }, null);
    const second = await addEvidence(claim.id, { articleId: ids.post, ...span(POST, "The handover film"), stance: "mentions" }, null);
    const edited = await editEvidenceQuote(first.id, { ...span(POST, "Tom Cruise descended from the stadium roof"), version: second.version }, null);
    expect((await db.evidence.findUniqueOrThrow({ where: { id: first.id } })).quoteText).toBe("Tom Cruise descended from the stadium roof");
    const dup = await refusal(editEvidenceQuote(first.id, { ...span(POST, "The handover film"), version: edited.version }, null));
    expect(dup.code).toBe("duplicate");
    expect(await db.auditEvent.count({ where: { entityId: first.id, action: "evidence.quote", outcome: "ok" } })).toBe(1);
  });
});
