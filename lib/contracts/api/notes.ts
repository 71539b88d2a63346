// Internal notes on claims and articles, the editors to mention, and the
// desk's notifications (signed-in editors only; ADR 0029).
import { NoteCreateSchema, NoteUpdateSchema, NotificationListSchema, NotificationSettingsSchema } from "@/lib/schemas/note";
import type { Items } from "../desk";
import { endpoint } from "../endpoint";
import type { EditorRef, NotificationPage, NotificationSettings, NoteRow, NoteWritten, UnreadCount } from "../notes";

export const listClaimNotes = endpoint<Items<NoteRow>>()({ method: "GET", path: "/api/v1/claims/[id]/notes" });
/** Mentions (`@{userId}`) notify the colleagues named. */
export const createClaimNote = endpoint<NoteWritten>()({ method: "POST", path: "/api/v1/claims/[id]/notes", input: NoteCreateSchema, status: 201 });
export const listArticleNotes = endpoint<Items<NoteRow>>()({ method: "GET", path: "/api/v1/articles/[id]/notes" });
export const createArticleNote = endpoint<NoteWritten>()({ method: "POST", path: "/api/v1/articles/[id]/notes", input: NoteCreateSchema, status: 201 });
/** The author only; `version` from the note (409 when stale). */
export const updateNote = endpoint<NoteWritten>()({ method: "PATCH", path: "/api/v1/notes/[id]", input: NoteUpdateSchema });
export const deleteNote = endpoint<void>()({ method: "DELETE", path: "/api/v1/notes/[id]", status: 204 });

/** Active accounts, for the mention autocomplete. */
export const listEditors = endpoint<Items<EditorRef>>()({ method: "GET", path: "/api/v1/desk/editors" });

export const listNotifications = endpoint<NotificationPage>()({ method: "GET", path: "/api/v1/notifications", input: NotificationListSchema });
export const unreadNotifications = endpoint<UnreadCount>()({ method: "GET", path: "/api/v1/notifications/unread" });
export const markNotificationRead = endpoint<UnreadCount>()({ method: "POST", path: "/api/v1/notifications/[id]/read" });
export const markAllNotificationsRead = endpoint<UnreadCount>()({ method: "POST", path: "/api/v1/notifications/read-all" });
export const getNotificationSettings = endpoint<NotificationSettings>()({ method: "GET", path: "/api/v1/notifications/settings" });
export const updateNotificationSettings = endpoint<NotificationSettings>()({
  method: "PATCH",
  path: "/api/v1/notifications/settings",
  input: NotificationSettingsSchema,
});
