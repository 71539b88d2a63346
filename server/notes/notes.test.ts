import { beforeAll, describe, expect, it } from "vitest";
import { DELETE as deleteRoute, PATCH as patchRoute } from "@/app/api/v1/notes/[id]/route";
import { GET as claimNotesRoute, POST as postClaimNote } from "@/app/api/v1/claims/[id]/notes/route";
import { listMyNotifications } from "@/server/notifications/notifications";
import { db } from "@/server/platform/db";
import { signedIn } from "@/test/auth";
import { claimWorld } from "@/test/fixtures";
import { createNote, deleteNote, listNotes, updateNote } from "./notes";

type Who = Awaited<ReturnType<typeof signedIn>>;
let ann: Who;
let ben: Who;
let world: Awaited<ReturnType<typeof claimWorld>>;
const actor = (w: Who) => w.user;
const failure = (p: Promise<unknown>) =>
  p.then(
    () => null,
    (e: unknown) => e as { code?: string; status?: number; message: string },
  );

beforeAll(async () => {
  ann = await signedIn();
  ben = await signedIn();
  world = await claimWorld();
});

describe("internal notes", () => {
  it("threads notes on a claim and on an article, with mentions stored as ids and shown with names", async () => {
    const body = `Ask @{${ben.user.id}} about the second source.`;
    const note = await createNote({ claimId: world.claimId }, { body }, actor(ann));
    await createNote({ articleId: world.pre }, { body: "Paywalled; use the archive copy." }, actor(ann));

    const thread = await listNotes({ claimId: world.claimId }, actor(ben));
    expect(thread).toHaveLength(1);
    expect(thread[0]).toMatchObject({
      id: note.id,
      body,
      author: { id: ann.user.id, name: ann.user.name },
      mentions: [{ id: ben.user.id, name: ben.user.name }],
      mine: false,
    });
    expect((await listNotes({ articleId: world.pre }, actor(ann))).map((n) => n.body)).toEqual(["Paywalled; use the archive copy."]);
    const trail = await db.auditEvent.findFirstOrThrow({ where: { entityType: "note", entityId: note.id } });
    expect(trail).toMatchObject({ action: "note.create", actorId: ann.user.id, claimId: world.claimId });
  });

  it("notifies each colleague mentioned, once, and never the author for mentioning themselves", async () => {
    const before = (await listMyNotifications({}, actor(ben))).unread;
    await createNote({ claimId: world.claimId }, { body: `@{${ben.user.id}} and @{${ben.user.id}} again, and me @{${ann.user.id}}` }, actor(ann));
    const mine = await listMyNotifications({}, actor(ben));
    expect(mine.unread).toBe(before + 1);
    expect(mine.items[0]).toMatchObject({ kind: "mention", actor: { id: ann.user.id }, subject: { type: "claim", id: world.claimId } });
    expect(mine.items[0]!.excerpt).toContain(`@${ben.user.name}`);
    expect(mine.items[0]!.subject.href).toMatch(new RegExp(`^/desk/claims/${world.claimId}#note-`));
    expect(await db.notification.count({ where: { userId: ann.user.id, kind: "mention" } })).toBe(0);
  });

  it("refuses a blank note, an unknown or disabled colleague and a missing claim, writing nothing", async () => {
    const disabled = await signedIn();
    await db.user.update({ where: { id: disabled.user.id }, data: { disabledAt: new Date() } });
    const notes = await db.note.count();
    const events = await db.auditEvent.count();
    expect(await failure(createNote({ claimId: world.claimId }, { body: "   " }, actor(ann)))).toMatchObject({ code: "invalid" });
    expect(await failure(createNote({ claimId: world.claimId }, { body: "Hi @{nobody-at-all}" }, actor(ann)))).toMatchObject({ code: "invalid" });
    expect(await failure(createNote({ claimId: world.claimId }, { body: `Hi @{${disabled.user.id}}` }, actor(ann)))).toMatchObject({ code: "invalid" });
    expect(await failure(createNote({ claimId: "no-such-claim" }, { body: "Hello" }, actor(ann)))).toMatchObject({ code: "not_found" });
    expect(await db.note.count()).toBe(notes);
    expect(await db.auditEvent.count()).toBe(events);
  });

  it("lets the author edit with the note's version (audited; stale refused and audited) and notifies newly mentioned colleagues only", async () => {
    const carl = await signedIn();
    const note = await createNote({ articleId: world.post }, { body: `Check with @{${ben.user.id}}` }, actor(ann));
    const edited = await updateNote(note.id, { body: `Check with @{${carl.user.id}} instead`, version: note.version }, actor(ann));
    expect(edited.version).toBe(note.version + 1);
    expect(await db.notification.count({ where: { noteId: note.id, userId: ben.user.id } })).toBe(0);
    expect(await db.notification.count({ where: { noteId: note.id, userId: carl.user.id } })).toBe(1);
    const [row] = await listNotes({ articleId: world.post }, actor(ann));
    expect(row).toMatchObject({ body: `Check with @{${carl.user.id}} instead`, mentions: [{ id: carl.user.id }], mine: true });
    expect(row!.editedAt).not.toBeNull();

    expect(await failure(updateNote(note.id, { body: "Stale", version: note.version }, actor(ann)))).toMatchObject({ code: "conflict" });
    expect(await failure(updateNote(note.id, { body: "Not mine", version: edited.version }, actor(ben)))).toMatchObject({ code: "forbidden" });
    const trail = await db.auditEvent.findMany({
      where: { entityType: "note", entityId: note.id },
      orderBy: { at: "asc" },
      select: { action: true, outcome: true },
    });
    expect(trail).toEqual([
      { action: "note.create", outcome: "ok" },
      { action: "note.edit", outcome: "ok" },
      { action: "note.edit", outcome: "refused" },
    ]);
    expect((await listNotes({ articleId: world.post }, actor(ann)))[0]!.body).toBe(`Check with @{${carl.user.id}} instead`);
  });

  it("lets only the author delete; a deleted note leaves the thread and its notifications, and stays on record", async () => {
    const note = await createNote({ claimId: world.claimId }, { body: `Drop this, @{${ben.user.id}}` }, actor(ann));
    expect(await db.notification.count({ where: { noteId: note.id } })).toBe(1);
    expect(await failure(deleteNote(note.id, actor(ben)))).toMatchObject({ code: "forbidden" });
    await deleteNote(note.id, actor(ann));
    expect((await listNotes({ claimId: world.claimId }, actor(ann))).map((n) => n.id)).not.toContain(note.id);
    expect(await db.notification.count({ where: { noteId: note.id } })).toBe(0);
    expect((await listMyNotifications({ show: "all" }, actor(ben))).items.some((n) => n.excerpt?.includes("Drop this"))).toBe(false);
    expect(await db.note.findUniqueOrThrow({ where: { id: note.id }, select: { deletedAt: true } })).toMatchObject({ deletedAt: expect.any(Date) });
    const trail = await db.auditEvent.findFirstOrThrow({ where: { entityType: "note", entityId: note.id, action: "note.delete" } });
    expect(JSON.parse(trail.before!)).toMatchObject({ body: `Drop this, @{${ben.user.id}}` });
    expect(await failure(deleteNote(note.id, actor(ann)))).toMatchObject({ code: "not_found" });
    expect(await failure(updateNote(note.id, { body: "Back", version: 1 }, actor(ann)))).toMatchObject({ code: "not_found" });
  });

  it("goes through the API as the signed-in editor; readers get 401", async () => {
    const context = { params: Promise.resolve({ id: world.claimId }) };
    const created = await postClaimNote(
      new Request("http://test/api/v1/claims/x/notes", {
        method: "POST",
        headers: { ...ben.headers, "content-type": "application/json" },
        body: JSON.stringify({ body: "Via the API" }),
      }),
      context,
    );
    expect(created.status).toBe(201);
    const { id, version } = (await created.json()) as { id: string; version: number };
    const listed = await claimNotesRoute(new Request("http://test/api/v1/claims/x/notes", { headers: ann.headers }), context);
    expect(((await listed.json()) as { items: { body: string }[] }).items.map((n) => n.body)).toContain("Via the API");
    expect((await claimNotesRoute(new Request("http://test/api/v1/claims/x/notes"), context)).status).toBe(401);
    const noteContext = { params: Promise.resolve({ id }) };
    const patch = (headers: Record<string, string>) =>
      patchRoute(
        new Request("http://test/api/v1/notes/x", {
          method: "PATCH",
          headers: { ...headers, "content-type": "application/json" },
          body: JSON.stringify({ body: "Edited", version }),
        }),
        noteContext,
      );
    expect((await patch(ann.headers)).status).toBe(403);
    expect((await patch(ben.headers)).status).toBe(200);
    expect((await deleteRoute(new Request("http://test/api/v1/notes/x", { method: "DELETE", headers: ben.headers }), noteContext)).status).toBe(204);
  });
});
