// What the editor desk reads, as JSON (dates are ISO strings). The server's
// desk reads (server/desk/desk.ts) are typed against these, and the desk's
// components and queries use them; neither side imports the other.
import type { ReviewAction, ReviewState } from "@/lib/review";
import type { ClaimStance } from "@/lib/stance";
import type { Rating, Stance } from "@/lib/verdicts";

type OutletRef = { id: string; name: string; slug: string };
/** Who works on a claim or an article (ADR 0028); null: nobody. */
export type Assignee = { id: string; name: string } | null;
type ArticleRef = { id: string; title: string; url: string | null; publishedAt: string; outlet: { name: string; slug: string } };

export type DeskArticle = {
  id: string;
  sha256: string;
  /** Guards metadata edits and deletion (409 when stale). */
  version: number;
  title: string;
  url: string | null;
  publishedAt: string;
  importedAt: string;
  body: string;
  outlet: OutletRef;
  assignee: Assignee;
  /** `currentVerdict`: the claim's own rating (its rumor's read through its stance, or its override). */
  claims: { id: string; rumorId: string; quoteStart: number; quoteEnd: number; statement: string; currentVerdict: { rating: Rating } | null }[];
  /** Evidence belongs to a rumor; `claim` is the rumor's first claim, where the desk opens it. */
  evidence: { id: string; rumorId: string; quoteStart: number; quoteEnd: number; stance: Stance; claim: { id: string; statement: string } }[];
};

export type DeskArticleSummary = {
  id: string;
  title: string;
  url: string | null;
  publishedAt: string;
  importedAt: string;
  outlet: OutletRef;
  _count: { claims: number; evidence: number };
  assignee: Assignee;
};

type DeskVerdict = {
  id: string;
  /** Set for an override: a verdict on that claim alone. */
  claimId: string | null;
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

type DeskResolution = {
  confirmedIf: string | null;
  refutedIf: string | null;
  criteriaChangedAt: string | null;
  outcomeAt: string | null;
  voidedAt: string | null;
  voidReason: string | null;
};

/** The claim's rumor, as a claim shows it. */
type DeskRumorRef = { id: string; statement: string; claimCount: number; publicClaims: number };

/**
 * A claim with what it takes from its rumor: `version` (the rumor's, which
 * guards the rumor and all its claims), `event`, `deadline`, `evidence` and
 * `currentVerdict` are the rumor's; `overrideVerdict` and `rating` are the claim's.
 */
type DeskClaimListItem = {
  id: string;
  statement: string;
  attributedTo: string;
  stance: ClaimStance;
  /** lib/calibration.ts CLAIM_CERTAINTY. */
  certainty: string;
  /** The rumor's resolution criteria, outcome date and void (issue 17). */
  resolution: DeskResolution;
  relayedFrom: { id: string; name: string; slug: string } | null;
  quoteStart: number;
  quoteEnd: number;
  quoteText: string;
  deadline: string | null;
  createdAt: string;
  updatedAt: string;
  version: number;
  publishedAt: string | null;
  rating: Rating | null;
  ratedAt: string | null;
  own: boolean;
  origin: boolean;
  event: DeskEventRef | null;
  article: ArticleRef;
  rumor: DeskRumorRef;
  currentVerdict: DeskVerdict | null;
  overrideVerdict: DeskVerdict | null;
  evidence: DeskEvidence[];
};

type AuditRow = {
  id: string;
  at: string;
  /** The account that acted and its email at the time; both null for the system. */
  actorId: string | null;
  actorEmail: string | null;
  action: string;
  entityType: string;
  entityId: string;
  outcome: string;
  before: unknown;
  after: unknown;
};

/** A step of a verdict's review thread: a request, an approval, changes requested (with the comment), an admin's publication without review (with the reason). */
export type DeskReviewStep = { id: string; action: ReviewAction; comment: string | null; at: string; actor: { name: string } | null };

/** A verdict in the claim's history, with where it stands in review (ADR 0028). */
export type DeskReviewedVerdict = Omit<DeskVerdict, "decidedBy"> & {
  reviewState: ReviewState;
  decidedBy: { id: string; name: string } | null;
  reviews: DeskReviewStep[];
};

/** The desk's claim list: each with its assignee. */
export type DeskClaimRow = DeskClaimListItem & { assignee: Assignee };

/** `verdicts`: the rumor's history, its rumor-wide verdicts and this claim's overrides. */
export type DeskClaim = Omit<DeskClaimListItem, "event"> & {
  event: (DeskEventRef & { timeZone: string | null }) | null;
  assignee: Assignee;
  verdicts: DeskReviewedVerdict[];
  audit: AuditRow[];
};

/** A claim an article may give evidence for (the evidence goes to its rumor). */
export type DeskClaimable = {
  id: string;
  statement: string;
  attributedTo: string;
  rumorId: string;
  rumorStatement: string;
  event: { id: string; name: string } | null;
  currentVerdict: { rating: Rating } | null;
};

/** An article that may hold evidence for a claim's rumor. */
export type DeskEvidenceArticle = { id: string; title: string; publishedAt: string; outlet: { name: string }; _count: { evidence: number } };

export type DeskEvent = {
  id: string;
  name: string;
  slug: string;
  date: string;
  timeZone: string | null;
  startTime: string | null;
  place: string | null;
  description: string | null;
  version: number;
  /** Archived: kept on reader pages, no longer offered for new claims. */
  archivedAt: string | null;
  _count: { claims: number };
};

type QueueClaim = {
  id: string;
  statement: string;
  attributedTo: string;
  rumorId: string;
  claimCount: number;
  deadline: string | null;
  createdAt: string;
  event: { name: string; date: string } | null;
  article: { title: string; outlet: { name: string } };
  _count: { evidence: number };
};

/** A rumor past its deadline (or its event's day) without a published verdict. */
export type OverdueRumor = {
  id: string;
  statement: string;
  due: string;
  daysOverdue: number;
  event: { name: string } | null;
  /** Published claims: 0 means readers do not see the rumor yet. */
  publicClaims: number;
  claimCount: number;
  evidenceCount: number;
  firstClaimId: string;
};

export type DeskQueue = {
  /** No verdict at all. */
  pending: QueueClaim[];
  /** Only a draft verdict, not published yet. */
  drafts: QueueClaim[];
  /** The rumor's verdict is published but this claim is not. */
  unpublished: QueueClaim[];
  overdue: QueueClaim[];
  /** Not used yet, and not marked done (nothing checkable). */
  untouched: { id: string; title: string; publishedAt: string; version: number; outlet: { name: string } }[];
  /** Stealth edits of tracked quotes not yet reviewed (issue 15), newest first. */
  edited: {
    id: string;
    kind: "changed" | "removed";
    editedAt: string;
    claim: { id: string; statement: string } | null;
    article: { id: string; title: string; outlet: { name: string } };
  }[];
  overdueRumors: OverdueRumor[];
};

export type Items<T> = { items: T[] };

/** An outlet as the desk's pickers offer it. */
export type DeskOutlet = { id: string; name: string; slug: string; domain: string | null };
