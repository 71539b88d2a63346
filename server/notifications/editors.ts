import "server-only";
import type { EditorRef } from "@/lib/contracts/notes";
import { requireEditor } from "@/server/auth/session";
import { db } from "@/server/platform/db";

// Names for ids: notes, notifications and digests store account ids and show
// the names as they are now.

export async function namesOf(ids: Iterable<string | null | undefined>): Promise<Map<string, EditorRef>> {
  const wanted = [...new Set([...ids].filter((id): id is string => !!id))];
  if (wanted.length === 0) return new Map();
  const users = await db.user.findMany({ where: { id: { in: wanted } }, select: { id: true, name: true } });
  return new Map(users.map((u) => [u.id, u]));
}

/** Active accounts by name, for the mention autocomplete (a desk is a handful of people). */
export async function listEditors(): Promise<EditorRef[]> {
  await requireEditor();
  return db.user.findMany({ where: { disabledAt: null }, orderBy: [{ name: "asc" }, { id: "asc" }], take: 500, select: { id: true, name: true } });
}
