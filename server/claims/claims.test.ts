import { beforeAll, describe, expect, it } from "vitest";
import { importArticles } from "@/server/articles/articles";
import { createClaim, updateClaim } from "./claims";
import { getClaim } from "./queries";
import { db } from "@/server/platform/db";
import { AppError } from "@/server/platform/errors";
import { createEvent } from "@/server/articles/events";
import { addEvidence } from "./evidence";
import { recordVerdict } from "./verdicts";

// The domain rules behind every write: quotes pinned to the stored text,
// claims from before the event, evidence from after it, verdicts kept.

const PRE_TEXT =
  "Organisers are tight-lipped, but two people close to the production say Tom Cruise will abseil into the stadium during the closing ceremony. 🎬 A handover film is also expected.";
const POST_TEXT =
  "Tom Cruise descended from the stadium roof on a cable, took the Olympic flag and rode off on a motorcycle. The handover film then showed him skydiving over Los Angeles.";

let ids: { pre: string; earlier: string; post: string; mid: string; event: string };

async function importOne(text: string, publishedAt: string, outlet = "Test Outlet") {
  const report = await importArticles([{ outlet, title: text.slice(0, 40), publishedAt, text }], null);
  return report.items[0]!.id;
}

function span(text: string, quote: string) {
  const start = text.indexOf(quote);
  if (start < 0) throw new Error(`fixture quote not found: ${quote}`);
  return { start, end: start + quote.length, quote };
}

async function expectAppError(promise: Promise<unknown>, code: string, message: RegExp) {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  expect((error as AppError).code).toBe(code);
  expect((error as AppError).message).toMatch(message);
}

const claimCount = () => db.claim.count();

beforeAll(async () => {
  ids = {
    earlier: await importOne("An older preview: insiders expect a stunt of some kind at the ceremony.", "2024-08-01"),
    pre: await importOne(PRE_TEXT, "2024-08-09"),
    mid: await importOne("Rehearsals were seen at the stadium overnight, with cables rigged to the roof.", "2024-08-05"),
    post: await importOne(POST_TEXT, "2024-08-12"),
    event: (await createEvent({ name: "Closing ceremony", date: "2024-08-11", place: "Saint-Denis" }, null)).id,
  };
});

async function newClaim(extra: Record<string, unknown> = {}) {
  return createClaim(
    {
      articleId: ids.pre,
      ...span(PRE_TEXT, "Tom Cruise will abseil into the stadium"),
      statement: "Tom Cruise will abseil in.",
      attributedTo: "two people close to the production",
      ...extra,
    },
    null,
  );
}

describe("quote spans", () => {
  it("stores the exact text of a valid span", async () => {
    const { id } = await newClaim({ eventId: ids.event });
    const claim = await getClaim(id);
    expect(claim.quoteText).toBe("Tom Cruise will abseil into the stadium");
    expect(PRE_TEXT.slice(claim.quoteStart, claim.quoteEnd)).toBe(claim.quoteText);
  });

  it("refuses a quote that does not match the text at that position, writing nothing", async () => {
    const before = await claimCount();
    const { start, end } = span(PRE_TEXT, "Tom Cruise will abseil into the stadium");
    await expectAppError(newClaim({ start: start + 1, end: end + 1 }), "invalid", /does not match the article/);
    expect(await claimCount()).toBe(before);
  });

  it("refuses a span outside the article, writing nothing", async () => {
    const before = await claimCount();
    await expectAppError(
      newClaim({ start: PRE_TEXT.length - 5, end: PRE_TEXT.length + 10, quote: undefined }),
      "invalid",
      /outside the article \(length \d+\)/,
    );
    expect(await claimCount()).toBe(before);
  });

  it("counts offsets in UTF-16 code units and refuses to split an emoji", async () => {
    const emoji = PRE_TEXT.indexOf("🎬");
    await expectAppError(newClaim({ start: emoji + 1, end: emoji + 5, quote: undefined }), "invalid", /split a character/);
    const after = span(PRE_TEXT, "A handover film");
    const { id } = await newClaim({ ...after, statement: "A handover film will be shown." });
    expect((await getClaim(id)).quoteText).toBe("A handover film");
  });
});

describe("pre-event claims, post-event evidence", () => {
  it("refuses a post-event article as the claim's source for that event", async () => {
    const before = await claimCount();
    await expectAppError(
      createClaim({ articleId: ids.post, ...span(POST_TEXT, "Tom Cruise descended"), statement: "x", attributedTo: "y", eventId: ids.event }, null),
      "invalid",
      /Claims must be quoted from pre-event articles/,
    );
    expect(await claimCount()).toBe(before);
  });

  it("refuses a pre-event article as evidence", async () => {
    const { id } = await newClaim({ eventId: ids.event });
    await expectAppError(
      addEvidence(id, { articleId: ids.mid, start: 0, end: 10, stance: "supports" }, null),
      "invalid",
      /Evidence must come from post-event articles/,
    );
    expect(await db.evidence.count({ where: { rumor: { claims: { some: { id } } } } })).toBe(0);
    await addEvidence(id, { articleId: ids.post, ...span(POST_TEXT, "descended from the stadium roof"), stance: "supports" }, null);
    expect(await db.evidence.count({ where: { rumor: { claims: { some: { id } } } } })).toBe(1);
  });

  it("lets an event-less claim take evidence only from later articles", async () => {
    const { id } = await newClaim();
    await expectAppError(
      addEvidence(id, { articleId: ids.earlier, start: 0, end: 8, stance: "mentions" }, null),
      "invalid",
      /published after the claim's source article/,
    );
    await addEvidence(id, { articleId: ids.post, start: 0, end: 10, stance: "supports" }, null);
    expect((await getClaim(id)).evidence).toHaveLength(1);
  });
});

describe("verdicts", () => {
  it("keeps every verdict and makes the newest current", async () => {
    const { id } = await newClaim({ eventId: ids.event });
    const first = await recordVerdict(id, { rating: "unverifiable", rationale: "Nothing reported yet either way.", version: 1, publish: true }, null);
    // decidedAt has millisecond precision; keep the two verdicts apart.
    await new Promise((r) => setTimeout(r, 5));
    await recordVerdict(
      id,
      { rating: "confirmed", rationale: "Later reports describe the descent from the roof.", version: first.version, publish: true },
      null,
    );
    const claim = await getClaim(id);
    expect(claim.currentVerdict?.rating).toBe("confirmed");
    expect(claim.verdicts.map((v) => v.rating)).toEqual(["confirmed", "unverifiable"]);
  });
});

describe("updateClaim", () => {
  it("refuses a stale version with a conflict and changes nothing", async () => {
    const { id, version } = await newClaim({ eventId: ids.event });
    const next = await updateClaim(id, { statement: "First edit.", version }, null);
    expect(next.version).toBe(version + 1);
    await expectAppError(updateClaim(id, { statement: "Second edit.", version }, null), "conflict", /Someone else changed this claim/);
    const claim = await getClaim(id);
    expect(claim.statement).toBe("First edit.");
    expect(claim.version).toBe(version + 1);
  });

  it("refuses an event change that its existing evidence would break", async () => {
    const { id } = await createClaim({ articleId: ids.earlier, start: 0, end: 14, statement: "A stunt is planned.", attributedTo: "insiders" }, null);
    await addEvidence(id, { articleId: ids.mid, start: 0, end: 10, stance: "supports" }, null);
    const { version } = await getClaim(id);
    await expectAppError(updateClaim(id, { eventId: ids.event, version }, null), "invalid", /Evidence must come from post-event articles/);
    const claim = await getClaim(id);
    expect(claim.event).toBeNull();
    expect(claim.version).toBe(version);
  });
});
