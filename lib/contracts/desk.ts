// What the editor desk reads, as JSON (dates are ISO strings). The server's
// desk reads (server/desk/desk.ts) are typed against these, and the desk's
// components and queries use them; neither side imports the other.
import type { Rating, Stance } from "@/lib/verdicts";

type OutletRef = { id: string; name: string; slug: string };
type ArticleRef = { id: string; title: string; url: string | null; publishedAt: string; outlet: { name: string; slug: string } };

export type DeskArticle = {
  id: string;
  sha256: string;
  title: string;
  url: string | null;
  publishedAt: string;
  importedAt: string;
  body: string;
  outlet: OutletRef;
  claims: { id: string; quoteStart: number; quoteEnd: number; statement: string; currentVerdict: { rating: Rating } | null }[];
  evidence: { id: string; quoteStart: number; quoteEnd: number; stance: Stance; claim: { id: string; statement: string } }[];
};

export type DeskArticleSummary = {
  id: string;
  title: string;
  url: string | null;
  publishedAt: string;
  importedAt: string;
  outlet: OutletRef;
  _count: { claims: number; evidence: number };
};

type DeskVerdict = {
  id: string;
  rating: Rating;
  rationale: string;
  decidedAt: string;
  publishedAt: string | null;
  decidedBy: { name: string } | null;
};

type DeskEvidence = {
  id: string;
  quoteStart: number;
  quoteEnd: number;
  quoteText: string;
  stance: Stance;
  note: string | null;
  createdAt: string;
  article: ArticleRef;
};

type DeskEventRef = { id: string; name: string; slug: string; date: string; place: string | null };

export type DeskClaimListItem = {
  id: string;
  statement: string;
  attributedTo: string;
  quoteStart: number;
  quoteEnd: number;
  quoteText: string;
  deadline: string | null;
  createdAt: string;
  updatedAt: string;
  version: number;
  publishedAt: string | null;
  event: DeskEventRef | null;
  article: ArticleRef;
  currentVerdict: DeskVerdict | null;
  evidence: DeskEvidence[];
};

type AuditRow = {
  id: string;
  at: string;
  actorName: string;
  action: string;
  entityType: string;
  entityId: string;
  outcome: string;
  before: unknown;
  after: unknown;
};

export type DeskClaim = Omit<DeskClaimListItem, "event"> & {
  event: (DeskEventRef & { timeZone: string | null }) | null;
  verdicts: DeskVerdict[];
  audit: AuditRow[];
};

/** A claim an article may give evidence for. */
export type DeskClaimable = { id: string; statement: string; attributedTo: string; event: { name: string } | null; currentVerdict: { rating: Rating } | null };

/** An article that may hold evidence for a claim. */
export type DeskEvidenceArticle = { id: string; title: string; publishedAt: string; outlet: { name: string }; _count: { evidence: number } };

export type DeskEvent = {
  id: string;
  name: string;
  slug: string;
  date: string;
  timeZone: string | null;
  place: string | null;
  description: string | null;
  _count: { claims: number };
};

type QueueClaim = {
  id: string;
  statement: string;
  attributedTo: string;
  deadline: string | null;
  createdAt: string;
  event: { name: string; date: string } | null;
  article: { title: string; outlet: { name: string } };
  _count: { evidence: number };
};

export type DeskQueue = {
  pending: QueueClaim[];
  overdue: QueueClaim[];
  untouched: { id: string; title: string; publishedAt: string; outlet: { name: string } }[];
};

export type Items<T> = { items: T[] };
