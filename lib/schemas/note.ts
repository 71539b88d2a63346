import { z } from "zod";
import { requiredText, VersionField } from "./common";

// A note's text as stored and sent: mentions are written `@{userId}`
// (lib/notes/mentions.ts turns them into names for display and back).
export const NOTE_CHARS = 4_000;
const NoteBody = requiredText("The note", NOTE_CHARS);

export const NoteCreateSchema = z.object({ body: NoteBody });
export const NoteUpdateSchema = z.object({ body: NoteBody, version: VersionField });

export const NotificationListSchema = z.object({
  /** "unread" (the default) or every notification, newest first. */
  show: z.enum(["unread", "all"]).default("unread"),
});

export const NotificationSettingsSchema = z.object({ emailDigest: z.boolean({ error: "Say whether to receive email digests." }) });
