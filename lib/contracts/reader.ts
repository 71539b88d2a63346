// What readers see: the public claim (documented in docs/api.md) and the
// reader pages' data. Dates are ISO strings, days are YYYY-MM-DD.
import type { Accuracy, RatingCounts } from "@/lib/scoring";
import type { ClaimStance } from "@/lib/stance";
import type { Rating, RatingOrPending, Stance } from "@/lib/verdicts";

type Quote = { text: string; start: number; end: number };
type PublicArticle = { id: string; outlet: string; outletSlug: string; title: string; url: string | null; publishedAt: string };
type PublicEventRef = { id: string; name: string; slug: string; date: string; place: string | null };

/** The rumor a claim appears in, as its claim shows it. */
type PublicRumorRef = { id: string; statement: string; rating: RatingOrPending; claimCount: number };

/**
 * One appearance of a rumor: an article's exact quote. `rating` and
 * `verdict` are the claim's own: its rumor's read through its `stance` (a
 * denial of a refuted rumor is confirmed), or its override (`overridden`).
 * `evidence` and `deadline` are the rumor's.
 */
export type PublicClaim = {
  id: string;
  statement: string;
  quote: Quote;
  attributedTo: string;
  stance: ClaimStance;
  own: boolean;
  /** The rumor's first published appearance. */
  origin: boolean;
  relayedFrom: { name: string; slug: string } | null;
  sourceArticle: PublicArticle;
  event: PublicEventRef | null;
  deadline: string | null;
  rumor: PublicRumorRef;
  evidence: { id: string; quote: Quote; stance: Stance; note: string | null; article: PublicArticle }[];
  rating: RatingOrPending;
  verdict: { rating: Rating; rationale: string; decidedAt: string } | null;
  overridden: boolean;
  updatedAt: string;
};

/** A claim page: the claim, the text around its quote and every published verdict. */
export type PublicClaimDetail = PublicClaim & {
  context: { before: string; after: string };
  history: { rating: Rating; rationale: string; decidedAt: string }[];
};

export type ClaimPage = { items: PublicClaim[]; nextCursor: string | null; searchCapped?: boolean };

type TrackPart = { total: number; counts: RatingCounts; accuracy: Accuracy };
/**
 * An outlet's published claims, each rated through its stance (lib/stance.ts)
 * and weighed by it (lib/scoring.ts#STANCE_WEIGHT); split by voice (`own` vs
 * `relayed`, lib/attribution.ts), by role in the spread (`origins`: the
 * rumors it printed first) and by stance.
 */
type TrackRecord = TrackPart & { own: TrackPart; relayed: TrackPart; origins: TrackPart; stances: Record<ClaimStance, TrackPart> };
export type OutletStanding = TrackRecord & { name: string; slug: string; rank: number | null };

/** `publisherKnown` is false when its articles did not say who published them (the demo's seed files). */
type OutletInfo = { id: string; name: string; slug: string; domain: string | null; publisherKnown: boolean };
/** Days from publication to the event (or deadline) over an outlet's confirmed claims. */
export type LeadTime = { n: number; medianDays: number | null };
export type OutletRecord = {
  outlet: OutletInfo;
  record: TrackRecord & { rank: number | null };
  leadTime: LeadTime;
  ranked: number;
  claims: PublicClaim[];
  nextCursor: string | null;
};

type EventInfo = { id: string; name: string; slug: string; date: string; timeZone: string | null; place: string | null; description: string | null };
export type EventTally = EventInfo & { total: number; counts: RatingCounts };

export type AxisArticle = { id: string; title: string; outlet: string; publishedAt: string; url: string | null; kind: "before" | "after" };
export type EventPageData = {
  event: EventInfo;
  claims: PublicClaim[];
  nextCursor: string | null;
  total: number;
  counts: RatingCounts;
  articles: AxisArticle[];
};

/** `GET /api/v1/events`: an event with the number of claims readers see. */
type PublicEvent = EventInfo & { claimCount: number; counts: RatingCounts };
export type EventList = { items: PublicEvent[]; nextCursor: string | null };
export type OutletList = { ranking: string; items: OutletStanding[]; nextCursor: string | null };

/** One appearance of a rumor, as its rumor page lists it (first published first). */
export type PublicAppearance = {
  claimId: string;
  statement: string;
  quote: Quote;
  attributedTo: string;
  stance: ClaimStance;
  own: boolean;
  origin: boolean;
  relayedFrom: { name: string; slug: string } | null;
  article: PublicArticle;
  /** The claim's own rating: the rumor's through its stance, or its override. */
  rating: RatingOrPending;
  overridden: boolean;
  /** Whole days from publication to the event (or the deadline when there is no event); null when neither is known. */
  leadDays: number | null;
};

/** A rumor: the happening, its resolution and its spread. */
export type PublicRumor = {
  id: string;
  statement: string;
  event: PublicEventRef | null;
  deadline: string | null;
  rating: RatingOrPending;
  verdict: { rating: Rating; rationale: string; decidedAt: string } | null;
  claimCount: number;
  firstAt: string | null;
  firstAppearance: { claimId: string; outlet: string; outletSlug: string; publishedAt: string } | null;
  updatedAt: string;
};

export type PublicRumorDetail = PublicRumor & {
  appearances: PublicAppearance[];
  evidence: PublicClaim["evidence"];
  history: { rating: Rating; rationale: string; decidedAt: string }[];
};

export type RumorPage = { items: PublicRumor[]; nextCursor: string | null };
