import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/server/auth/session";
import { GET } from "@/app/api/v1/admin/deleted-articles/route";
import { db } from "@/server/platform/db";
import { signedIn } from "@/test/auth";
import { deleteArticle, restoreArticle } from "./article-edits";
import { importArticles } from "./articles";
import { listDeletedArticles } from "./deleted-articles";

// The admins' page of deleted articles (issue 14, ADR 0031): what it lists,
// in what order, and who may read it.

let editor: Actor;
let admin: Actor;
const ids: Record<"storm" | "fog" | "heat" | "hail" | "kept", string> = { storm: "", fog: "", heat: "", hail: "", kept: "" };

async function person(name: string, role: "admin" | "editor"): Promise<Actor> {
  return db.user.create({ data: { name, email: `${role}-deleted@example.test`, role }, select: { id: true, name: true, email: true, role: true } });
}

/** Moves a deletion into the past, as time passing would. */
const agedBy = (id: string, minutes: number) =>
  db.auditEvent.updateMany({ where: { entityId: id, action: "article.delete" }, data: { at: new Date(Date.now() - minutes * 60_000) } });

beforeAll(async () => {
  editor = await person("Edna Deleter", "editor");
  admin = await person("Ada Restorer", "admin");
  const report = await importArticles(
    (["storm", "fog", "heat", "hail", "kept"] as const).map((k, i) => ({
      outlet: i % 2 ? "Weather Wire" : "Sky Daily",
      title: `The ${k} report`,
      publishedAt: `2024-08-0${i + 1}`,
      text: `Nothing checkable here: a ${k} over Saint-Denis, and that is all.`,
    })),
    null,
  );
  for (const [i, item] of report.items.entries()) ids[(["storm", "fog", "heat", "hail", "kept"] as const)[i]!] = item.id;
  // Deleted in this order, oldest first; fog is restored; heat is deleted, restored and deleted again.
  for (const [k, minutes] of [
    ["storm", 300],
    ["fog", 240],
    ["heat", 180],
    ["hail", 60],
  ] as const) {
    await deleteArticle(ids[k], {}, editor);
    await agedBy(ids[k], minutes);
  }
  await restoreArticle(ids.fog, admin);
  await restoreArticle(ids.heat, admin);
  await deleteArticle(ids.heat, {}, null);
});

describe("deleted articles", () => {
  it("lists every deletion not undone, newest first, with its outlet, who deleted it and when", async () => {
    const page = await listDeletedArticles({}, admin);
    expect(page.items.map((a) => a.id)).toEqual([ids.heat, ids.hail, ids.storm]);
    expect(page.nextCursor).toBeNull();
    const [heat, hail, storm] = page.items;
    expect(hail).toMatchObject({ title: "The hail report", outlet: "Weather Wire", deletedBy: { name: "Edna Deleter", email: editor.email } });
    expect(storm).toMatchObject({ title: "The storm report", outlet: "Sky Daily", publishedAt: "2024-08-01T00:00:00.000Z" });
    // Deleted again by the system (a script): listed once, by its latest deletion.
    expect(heat!.deletedBy).toBeNull();
    expect(new Date(storm!.deletedAt).getTime()).toBeLessThan(Date.now() - 299 * 60_000);
  });

  it("pages by deletion time without gaps or repeats", async () => {
    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await listDeletedArticles({ limit: "1", ...(cursor ? { cursor } : {}) }, admin);
      expect(page.items.length).toBeLessThanOrEqual(1);
      seen.push(...page.items.map((a) => a.id));
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    expect(seen).toEqual([ids.heat, ids.hail, ids.storm]);
    await expect(listDeletedArticles({ cursor: "not-a-cursor" }, admin)).rejects.toMatchObject({ code: "invalid" });
  });

  it("is for admins only: an editor is refused in the data access itself, and so by the API", async () => {
    await expect(listDeletedArticles({}, editor)).rejects.toMatchObject({ code: "forbidden" });
    const get = (headers: Record<string, string>) =>
      GET(new Request("http://x/api/v1/admin/deleted-articles?limit=2", { headers }), { params: Promise.resolve({}) });
    expect((await get({})).status).toBe(401);
    expect((await get((await signedIn("editor")).headers)).status).toBe(403);
    const answer = await get((await signedIn("admin")).headers);
    expect(answer.status).toBe(200);
    const body = (await answer.json()) as { items: { id: string }[]; nextCursor: string | null };
    expect(body.items.map((a) => a.id)).toEqual([ids.heat, ids.hail]);
    expect(body.nextCursor).not.toBeNull();
  });

  it("after the undo window an editor cannot restore, an admin can, and the article leaves the list", async () => {
    await expect(restoreArticle(ids.storm, editor)).rejects.toMatchObject({ code: "forbidden" });
    const restored = await restoreArticle(ids.storm, admin);
    expect(restored).toMatchObject({ id: ids.storm, title: "The storm report", outlet: { name: "Sky Daily" } });
    expect(await db.article.findUnique({ where: { id: ids.storm }, select: { id: true } })).not.toBeNull();
    expect((await listDeletedArticles({}, admin)).items.map((a) => a.id)).toEqual([ids.heat, ids.hail]);
  });
});
