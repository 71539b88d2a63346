// Internal notes and the desk's notifications (issue 14, ADR 0029): desk-only
// shapes; nothing a reader sees is built from them.
import type { MentionRef } from "@/lib/notes/mentions";

export type EditorRef = MentionRef;

export type NoteRow = {
  id: string;
  /** Stored form: mentions as `@{userId}` (lib/notes/mentions.ts renders them with `mentions`). */
  body: string;
  author: EditorRef;
  mentions: EditorRef[];
  version: number;
  createdAt: string;
  editedAt: string | null;
  /** The signed-in editor wrote it, so may edit and delete it. */
  mine: boolean;
};

export type NoteWritten = { id: string; version: number };

/** What a notification is about; another feature adds its kind here and its wording in the list and the digest. */
export type NotificationKind = "assigned" | "review-requested" | "changes-requested" | "mention" | "past-deadline";

export type NotificationRow = {
  id: string;
  kind: NotificationKind;
  createdAt: string;
  readAt: string | null;
  /** Who caused it (null: the system, e.g. a deadline passing). */
  actor: EditorRef | null;
  /** What it is about, with the desk page that shows it (a note's anchor included). */
  subject: { type: "claim" | "article" | "rumor"; id: string; title: string; href: string };
  /** One line of the note, for mentions; mentions as names. */
  excerpt: string | null;
};

export type NotificationPage = { items: NotificationRow[]; unread: number };
export type UnreadCount = { unread: number };
export type NotificationSettings = { emailDigest: boolean; /** The deployment sends email (SMTP is configured). */ emailAvailable: boolean };
