// What the editor API's writes answer with.
import type { Rating } from "@/lib/verdicts";

/** A write to a claim answers with its new version, which the next write must send. */
export type ClaimVersioned = { id: string; version: number };
export type ClaimPublished = ClaimVersioned & { published: boolean };

export type VerdictRecord = {
  id: string;
  claimId: string;
  rating: Rating;
  rationale: string;
  decidedAt: string;
  publishedAt: string | null;
  version: number;
};

export type EvidenceCreated = { id: string };

export type ImportOutcome = { status: "created" | "duplicate"; id: string; title: string };
export type ImportReport = { created: number; duplicates: number; items: ImportOutcome[] };

export type ArticleListItem = {
  id: string;
  title: string;
  url: string | null;
  publishedAt: string;
  importedAt: string;
  outlet: { id: string; name: string; slug: string };
  claimCount: number;
  evidenceCount: number;
};

export type EventCreated = { id: string; name: string; slug: string; date: string; timeZone: string | null; place: string | null; description: string | null };
