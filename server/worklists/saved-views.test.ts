import { describe, expect, it } from "vitest";
import { db } from "@/server/platform/db";
import { editor } from "@/test/desk-lists-world";
import { deleteSavedView, listSavedViews, saveView } from "./saved-views";

describe("saved views", () => {
  it("belong to the editor who saved them: another editor can neither list nor delete them", async () => {
    const mine = await editor("Owner");
    const theirs = await editor("Colleague");
    const view = await saveView({ list: "claims", name: "Overdue drafts", query: "?state=draft&overdue=1&cursor=abc" }, mine);
    // Kept as the list reads it: keys in one order, no cursor.
    expect(view).toMatchObject({ list: "claims", name: "Overdue drafts", query: "state=draft&overdue=1" });
    expect((await listSavedViews({ list: "claims" }, mine)).items.map((v) => v.id)).toEqual([view.id]);
    expect((await listSavedViews({}, theirs)).items).toEqual([]);
    await expect(deleteSavedView(view.id, theirs)).rejects.toMatchObject({ code: "not_found" });
    expect(await db.savedView.count({ where: { id: view.id } })).toBe(1);

    // Saving under the same name replaces the query; the articles list has its own views.
    const again = await saveView({ list: "claims", name: "Overdue drafts", query: "flagged=1" }, mine);
    expect(again).toMatchObject({ id: view.id, query: "flagged=1" });
    await saveView({ list: "articles", name: "Overdue drafts", query: "sort=title" }, mine);
    expect((await listSavedViews({ list: "articles" }, mine)).items.map((v) => v.query)).toEqual(["sort=title"]);

    await deleteSavedView(view.id, mine);
    expect((await listSavedViews({ list: "claims" }, mine)).items).toEqual([]);
    const trail = await db.auditEvent.findMany({
      where: { entityType: "view", entityId: view.id },
      orderBy: { at: "asc" },
      select: { action: true, actorId: true },
    });
    expect(trail).toEqual([
      { action: "view.create", actorId: mine.id },
      { action: "view.update", actorId: mine.id },
      { action: "view.delete", actorId: mine.id },
    ]);
  });

  it("refuses a query the list would refuse, a blank name, and the system (no account)", async () => {
    const me = await editor("Careful");
    await expect(saveView({ list: "claims", name: "Odd", query: "sort=random" }, me)).rejects.toMatchObject({ code: "invalid" });
    await expect(saveView({ list: "claims", name: "  ", query: "" }, me)).rejects.toMatchObject({ code: "invalid" });
    await expect(saveView({ list: "claims", name: "x", query: "" }, null)).rejects.toMatchObject({ code: "forbidden" });
    expect(await db.savedView.count({ where: { userId: me.id } })).toBe(0);
  });
});
