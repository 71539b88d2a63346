import "server-only";
import type { SavedView } from "@/lib/contracts/desk-lists";
import { jsonify } from "@/lib/json";
import { ArticleListSchema, ClaimListSchema, listQuery, SavedViewCreateSchema, SavedViewListSchema, type ListName } from "@/lib/schemas/desk-list";
import { audit } from "@/server/auth/audit";
import { requireEditor, type Actor } from "@/server/auth/session";
import { db } from "@/server/platform/db";
import { AppError, notFound, parseInput } from "@/server/platform/errors";

// Saved views: an editor's names for a list's URL query. Each belongs to
// the editor who saved it; nobody else can list, open or delete it (another
// editor's view answers like an unknown one).

const owner = async (actor: Actor | null | undefined): Promise<Actor> => {
  const who = actor === undefined ? await requireEditor() : actor;
  if (!who) throw new AppError("forbidden", "Saved views belong to an editor's account.");
  return who;
};

const select = { id: true, list: true, name: true, query: true, createdAt: true } as const;
const asView = (row: { id: string; list: string; name: string; query: string; createdAt: Date }) => jsonify({ ...row, list: row.list as ListName });

/** The query as the list reads it: checked against the list's schema, keys in one order, no cursor. */
function normalQuery(list: ListName, query: string): string {
  const values = Object.fromEntries(new URLSearchParams(query.replace(/^\?/, "")));
  const parsed = parseInput(list === "claims" ? ClaimListSchema : ArticleListSchema, values) as Record<string, unknown>;
  return listQuery(list, Object.fromEntries(Object.entries(parsed).map(([k, v]) => [k, v === undefined ? undefined : String(v)])));
}

export async function listSavedViews(input: unknown, actor?: Actor | null): Promise<{ items: SavedView[] }> {
  const who = await owner(actor);
  const { list } = parseInput(SavedViewListSchema, input);
  const rows = await db.savedView.findMany({ where: { userId: who.id, ...(list ? { list } : {}) }, orderBy: [{ name: "asc" }, { id: "asc" }], select });
  return { items: rows.map(asView) };
}

/** Saves the view; saving again under the same name replaces its query. */
export async function saveView(input: unknown, actor?: Actor | null): Promise<SavedView> {
  const who = await owner(actor);
  const data = parseInput(SavedViewCreateSchema, input);
  const query = normalQuery(data.list, data.query);
  const row = await db.$transaction(async (tx) => {
    const before = await tx.savedView.findUnique({ where: { userId_list_name: { userId: who.id, list: data.list, name: data.name } }, select });
    const saved = await tx.savedView.upsert({
      where: { userId_list_name: { userId: who.id, list: data.list, name: data.name } },
      create: { userId: who.id, list: data.list, name: data.name, query },
      update: { query },
      select,
    });
    await audit(tx, who, { action: before ? "view.update" : "view.create", entityType: "view", entityId: saved.id, before, after: saved });
    return saved;
  });
  return asView(row);
}

export async function deleteSavedView(id: string, actor?: Actor | null): Promise<void> {
  const who = await owner(actor);
  await db.$transaction(async (tx) => {
    const view = await tx.savedView.findFirst({ where: { id, userId: who.id }, select });
    if (!view) throw notFound("The saved view");
    await tx.savedView.delete({ where: { id } });
    await audit(tx, who, { action: "view.delete", entityType: "view", entityId: id, before: view });
  });
}
