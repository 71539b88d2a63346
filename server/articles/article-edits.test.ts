import { beforeAll, describe, expect, it } from "vitest";
import type { RuleProblem } from "@/lib/contracts/writes";
import type { Actor } from "@/server/auth/session";
import { createClaim, setClaimPublished } from "@/server/claims/claims";
import { addEvidence } from "@/server/claims/evidence";
import { db } from "@/server/platform/db";
import { AppError } from "@/server/platform/errors";
import { deleteArticle, restoreArticle, updateArticle } from "./article-edits";
import { importArticles } from "./articles";
import { createEvent, setEventArchived, updateEvent } from "./events";

// Editing articles and events, deleting with undo (issue 14, ADR 0031).

const PRE_A = "Insiders say Tom Cruise will abseil into the stadium. Others say Snoop Dogg will perform on the beach.";
const PRE_B = "A second preview: the flag will be handed to Los Angeles by a film star.";
const POST = "Tom Cruise descended from the roof. Snoop Dogg performed on a Long Beach stage.";
const LONE = "A piece nobody quotes, about the weather over Saint-Denis.";

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

let ids: { preA: string; preB: string; post: string; event: string; claimA1: string; claimA2: string; claimB: string };
let editor: Actor;
let admin: Actor;

async function importOne(text: string, publishedAt: string, outlet = "Edits Gazette") {
  return (await importArticles([{ outlet, title: text.slice(0, 30), publishedAt, text }], null)).items[0]!.id;
}

const meta = async (id: string) => {
  const a = await db.article.findUniqueOrThrow({
    where: { id },
    select: { title: true, url: true, publishedAt: true, version: true, outlet: { select: { name: true } } },
  });
  return { title: a.title, url: a.url ?? undefined, outlet: a.outlet.name, publishedAt: a.publishedAt.toISOString(), version: a.version };
};

beforeAll(async () => {
  editor = await db.user.create({
    data: { name: "Ed", email: "ed-edits@example.test", role: "editor" },
    select: { id: true, name: true, email: true, role: true },
  });
  admin = await db.user.create({
    data: { name: "Ad", email: "ad-edits@example.test", role: "admin" },
    select: { id: true, name: true, email: true, role: true },
  });
  const event = await createEvent({ name: "Edits ceremony", date: "2024-08-11" }, null);
  const preA = await importOne(PRE_A, "2024-08-09");
  const preB = await importOne(PRE_B, "2024-08-08");
  const post = await importOne(POST, "2024-08-12");
  const claim = (articleId: string, text: string, quote: string) =>
    createClaim({ articleId, ...span(text, quote), statement: quote, attributedTo: "insiders", eventId: event.id }, null);
  const a1 = await claim(preA, PRE_A, "Tom Cruise will abseil into the stadium");
  const a2 = await claim(preA, PRE_A, "Snoop Dogg will perform on the beach");
  const b = await claim(preB, PRE_B, "the flag will be handed to Los Angeles");
  await addEvidence(a1.id, { articleId: post, ...span(POST, "Tom Cruise descended from the roof"), stance: "supports" }, null);
  await setClaimPublished(a1.id, { version: 2 }, true, null);
  ids = { preA, preB, post, event: event.id, claimA1: a1.id, claimA2: a2.id, claimB: b.id };
});

describe("article metadata", () => {
  it("refuses a date that would break its quotes, listing every one, and changes nothing", async () => {
    const before = await meta(ids.preA);
    const error = await refusal(updateArticle(ids.preA, { ...before, publishedAt: "2024-08-13" }, editor));
    expect(error.code).toBe("invalid");
    expect(error.message).toMatch(/2 quotes; nothing was changed/);
    const problems = (error.details as { problems: RuleProblem[] }).problems;
    expect(problems.map((p) => [p.kind, p.id]).sort()).toEqual([
      ["claim", ids.claimA1],
      ["claim", ids.claimA2],
    ]);
    expect(problems[0]!.message).toMatch(/Claims must be quoted from pre-event articles/);
    expect(await meta(ids.preA)).toEqual(before);
    const claim = await db.claim.findUniqueOrThrow({ where: { id: ids.claimA1 } });
    expect(claim.sourceAt.toISOString()).toBe(before.publishedAt);
  });

  it("refuses an evidence article moved before the event", async () => {
    const before = await meta(ids.post);
    const error = await refusal(updateArticle(ids.post, { ...before, publishedAt: "2024-08-10" }, editor));
    const problems = (error.details as { problems: RuleProblem[] }).problems;
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ kind: "evidence", claimId: ids.claimA1 });
  });

  it("moves the claims' outlet and time with the article, keeps the tallies right and audits it", async () => {
    const before = await meta(ids.preA);
    const oldOutlet = (await db.article.findUniqueOrThrow({ where: { id: ids.preA } })).outletId;
    const result = await updateArticle(
      ids.preA,
      { ...before, title: "Corrected title", outlet: "Renamed Weekly", url: "https://example.test/a", publishedAt: "2024-08-07" },
      editor,
    );
    expect(result).toMatchObject({ title: "Corrected title", url: "https://example.test/a", version: before.version + 1, outlet: { name: "Renamed Weekly" } });
    const claim = await db.claim.findUniqueOrThrow({ where: { id: ids.claimA1 } });
    expect(claim.outletId).toBe(result.outlet.id);
    expect(claim.sourceAt.toISOString()).toBe("2024-08-07T00:00:00.000Z");
    const tally = async (outletId: string) => (await db.outletTally.findMany({ where: { outletId } })).reduce((n, t) => n + t.count, 0);
    expect(await tally(result.outlet.id)).toBe(1);
    expect(await tally(oldOutlet)).toBe(0);
    const row = await db.auditEvent.findFirstOrThrow({ where: { entityType: "article", entityId: ids.preA, action: "article.update" } });
    expect(row.actorId).toBe(editor.id);
    expect(JSON.parse(row.before!).title).toBe(before.title);
  });

  it("refuses a stale version with 409 and records the refused attempt", async () => {
    const current = await meta(ids.preB);
    await updateArticle(ids.preB, { ...current, title: "First edit" }, editor);
    const error = await refusal(updateArticle(ids.preB, { ...current, title: "Second edit" }, editor));
    expect(error.status).toBe(409);
    expect(await db.auditEvent.count({ where: { entityId: ids.preB, action: "article.update", outcome: "refused" } })).toBe(1);
    expect((await meta(ids.preB)).title).toBe("First edit");
  });
});

describe("deleting an article, and undo", () => {
  it("refuses to delete a quoted article", async () => {
    const error = await refusal(deleteArticle(ids.post, {}, editor));
    expect(error.message).toMatch(/quoted by 1 evidence quote/);
    expect(await db.article.count({ where: { id: ids.post } })).toBe(1);
  });

  it("deletes an unquoted one, and any editor can undo it within the window", async () => {
    const id = await importOne(LONE, "2024-08-10");
    const { version } = await meta(id);
    const deleted = await deleteArticle(id, { version }, editor);
    expect(deleted.undoUntil.getTime()).toBeGreaterThan(Date.now());
    expect(await db.article.count({ where: { id } })).toBe(0);
    const restored = await restoreArticle(id, editor);
    expect(restored.id).toBe(id);
    const article = await db.article.findUniqueOrThrow({ where: { id } });
    expect(article.body).toBe(LONE);
    expect((await refusal(restoreArticle(id, editor))).code).toBe("not_found");
    const trail = await db.auditEvent.findMany({ where: { entityId: id, entityType: "article" }, orderBy: { at: "asc" }, select: { action: true } });
    expect(trail.map((t) => t.action)).toEqual(["article.import", "article.delete", "article.restore"]);
  });

  it("after the window only an admin can restore", async () => {
    const id = await importOne(`${LONE} Again, later.`, "2024-08-10");
    await deleteArticle(id, {}, editor);
    // Only a test may age an audit row.
    await db.auditEvent.updateMany({ where: { entityId: id, action: "article.delete" }, data: { at: new Date(Date.now() - 11 * 60_000) } });
    expect((await refusal(restoreArticle(id, editor))).code).toBe("forbidden");
    await restoreArticle(id, admin);
    expect(await db.article.count({ where: { id } })).toBe(1);
  });
});

describe("events", () => {
  const input = async () => {
    const e = await db.event.findUniqueOrThrow({ where: { id: ids.event } });
    return { name: e.name, slug: e.slug, date: e.date.toISOString().slice(0, 10), version: e.version };
  };

  it("refuses a day that would break its rumors' quotes, with the list", async () => {
    const before = await input();
    const error = await refusal(updateEvent(ids.event, { ...before, date: "2024-08-06" }, editor));
    expect((error.details as { problems: RuleProblem[] }).problems.length).toBeGreaterThanOrEqual(2);
    expect(await input()).toEqual(before);
  });

  it("renames, archives (no new claims) and unarchives, audited", async () => {
    const renamed = await updateEvent(ids.event, { ...(await input()), name: "Edits closing ceremony", place: "Saint-Denis" }, editor);
    expect(renamed.name).toBe("Edits closing ceremony");
    const archived = await setEventArchived(ids.event, { version: renamed.version }, true, editor);
    expect(archived.archivedAt).not.toBeNull();
    const error = await refusal(
      createClaim({ articleId: ids.preB, ...span(PRE_B, "A second preview"), statement: "x", attributedTo: "y", eventId: ids.event }, editor),
    );
    expect(error.message).toMatch(/archived/);
    expect((await refusal(setEventArchived(ids.event, { version: renamed.version }, false, editor))).status).toBe(409);
    await setEventArchived(ids.event, { version: archived.version }, false, editor);
    const actions = await db.auditEvent.findMany({
      where: { entityType: "event", entityId: ids.event, outcome: "ok" },
      orderBy: { at: "asc" },
      select: { action: true },
    });
    expect(actions.map((a) => a.action)).toEqual(["event.create", "event.update", "event.archive", "event.unarchive"]);
  });
});
