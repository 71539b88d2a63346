import "server-only";
import { ASSIGNEE_ME, ASSIGNEE_NONE } from "@/lib/schemas/desk-list";

/**
 * The assignee filter of both lists: "unassigned", "me" (the editor asking;
 * for the system, nobody) or an editor's id. An unknown id matches nothing,
 * like an unknown event slug.
 */
export function assigneeWhere(value: string, me: string | null): { assigneeId: string | null } | { id: { in: string[] } } {
  if (value === ASSIGNEE_NONE) return { assigneeId: null };
  if (value === ASSIGNEE_ME) return me ? { assigneeId: me } : { id: { in: [] } };
  return { assigneeId: value };
}
