// What the editor API's writes answer with.
import type { ReviewState } from "@/lib/review";
import type { Rating } from "@/lib/verdicts";

/**
 * A write to a claim or its rumor answers with the rumor's new version, which
 * the next write to the rumor or any of its claims must send.
 */
export type ClaimVersioned = { id: string; rumorId: string; version: number };
export type RumorVersioned = { id: string; version: number };
/** The rumors an event's void made void (each can be undone on its own). */
export type EventRumorsVoided = { eventId: string; rumorIds: string[] };
export type ClaimPublished = ClaimVersioned & { published: boolean };

export type VerdictRecord = {
  id: string;
  rumorId: string;
  /** Set for a verdict on one claim alone (an override). */
  claimId: string | null;
  rating: Rating;
  rationale: string;
  decidedAt: string;
  publishedAt: string | null;
  /** Where it stands in review (ADR 0028); `published` exactly when `publishedAt` is set. */
  reviewState: ReviewState;
  decidedById: string | null;
  version: number;
};

export type EvidenceCreated = { id: string; rumorId: string; version: number };

export type ImportOutcome = { status: "created" | "duplicate"; id: string; title: string };
export type ImportReport = { created: number; duplicates: number; items: ImportOutcome[] };

export type ArticleListItem = {
  id: string;
  title: string;
  url: string | null;
  publishedAt: string;
  importedAt: string;
  outlet: { id: string; name: string; slug: string };
  assignee: { id: string; name: string } | null;
  claimCount: number;
  evidenceCount: number;
};

export type EventCreated = {
  id: string;
  name: string;
  slug: string;
  date: string;
  timeZone: string | null;
  startTime: string | null;
  place: string | null;
  description: string | null;
};

/** An article's metadata after an edit or a restore. */
export type ArticleMeta = { id: string; version: number; title: string; url: string | null; publishedAt: string; outlet: { id: string; name: string } };
/** A deleted article can be restored until `undoUntil` (by an admin, later too). */
export type ArticleDeleted = { id: string; undoUntil: string };
/** An article deleted and not restored, from its deletion's audit row; `deletedBy` null: the system. */
export type DeletedArticleRow = {
  id: string;
  title: string;
  outlet: string;
  url: string | null;
  publishedAt: string;
  deletedAt: string;
  deletedBy: { name: string | null; email: string | null } | null;
};
/** One page of deleted articles; `nextCursor` null on the last. */
export type DeletedArticlePage = { items: DeletedArticleRow[]; nextCursor: string | null };
/** A quote that an article's or event's new date would put on the wrong side of its event. */
export type RuleProblem = { kind: "claim" | "evidence"; id: string; claimId: string; articleTitle: string; message: string };
export type EventEdited = EventCreated & { version: number; archivedAt: string | null };

/** What a bulk link did to each claim. */
export type LinkReport = { rumorId: string; version: number; items: { claimId: string; outcome: "linked" | "already" }[] };
