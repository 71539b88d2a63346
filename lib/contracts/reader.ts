// What readers see: the public claim (documented in docs/api.md) and the
// reader pages' data. Dates are ISO strings, days are YYYY-MM-DD.
import type { Calibration, ClaimCertainty } from "@/lib/calibration";
import type { Accuracy, RatingCounts } from "@/lib/scoring";
import type { HistoryPoint } from "@/lib/track-history";
import type { ClaimStance } from "@/lib/stance";
import type { Rating, RatingOrPending, Stance } from "@/lib/verdicts";

type Quote = { text: string; start: number; end: number };
type PublicArticle = { id: string; outlet: string; outletSlug: string; title: string; url: string | null; publishedAt: string };
type PublicEventRef = { id: string; name: string; slug: string; date: string; place: string | null };

/**
 * How a rumor is resolved (issue 17): what would count as confirmed and as
 * refuted (`criteriaChangedAt`: changed after evidence was attached), when it
 * happened (`outcomeAt`, a day), and whether it is void (then out of every score).
 */
export type PublicResolution = {
  confirmedIf: string | null;
  refutedIf: string | null;
  criteriaChangedAt: string | null;
  outcomeAt: string | null;
  void: { at: string; reason: string } | null;
};

/** What would count as confirmed and as refuted. */
type Criteria = { confirmedIf: string | null; refutedIf: string | null };
/** A change of a rumor's criteria made after evidence was attached: when, and the wording before and after. */
export type CriteriaChange = { at: string; before: Criteria; after: Criteria };

/**
 * A claim page as it stood at the end of `day` (UTC), `?asOf=`: whether the
 * claim was published yet, its rating then (or "void"), the rumor's void and
 * criteria as they read then, and the criteria changes made by then.
 */
export type ClaimAsOf = Criteria & {
  day: string;
  state: RatingOrPending | "void" | null;
  void: { at: string; reason: string } | null;
  changes: CriteriaChange[];
};

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
  /** How sure its source was (lib/calibration.ts). */
  certainty: ClaimCertainty;
  own: boolean;
  /** The rumor's first published appearance. */
  origin: boolean;
  relayedFrom: { name: string; slug: string } | null;
  sourceArticle: PublicArticle;
  event: PublicEventRef | null;
  deadline: string | null;
  rumor: PublicRumorRef;
  resolution: PublicResolution;
  evidence: { id: string; quote: Quote; stance: Stance; note: string | null; article: PublicArticle }[];
  rating: RatingOrPending;
  verdict: { rating: Rating; rationale: string; decidedAt: string } | null;
  overridden: boolean;
  updatedAt: string;
};

/**
 * A claim as one line of a list shows it (ClaimRow, the latest verdicts):
 * what the dashboard loads instead of the whole PublicClaim. `rating` and
 * `ratedAt` are the claim's (its verdict's `decidedAt`), `quotes` its
 * rumor's outcome quotes, `publishedAt` its source article's day.
 */
export type ClaimLine = {
  id: string;
  statement: string;
  attributedTo: string;
  rating: RatingOrPending;
  ratedAt: string | null;
  outlet: string;
  publishedAt: string;
  quotes: number;
  void: PublicResolution["void"];
  event: PublicEventRef | null;
  /** Its rumor (a `rumor` filter's heading names it). */
  rumor: { id: string; statement: string };
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
  calibration: Calibration;
  /** The outlet's accuracy at the end of each month (the last point is now). */
  history: HistoryPoint[];
  /** Set when the page shows the record as it stood at the end of this day (`?asOf=`). */
  asOf: AsOfRecord | null;
  ranked: number;
  /** One page of its claims, as list lines (all the page shows of them). */
  claims: ClaimLine[];
  nextCursor: string | null;
};

/** An outlet's record as it stood at the end of `day` (UTC), from the verdict history. */
export type AsOfRecord = { day: string; total: number; counts: RatingCounts; accuracy: Accuracy; calibration: Calibration };

/** The figures of a group of claims (an event's, or every outlet's): calibration and lead time when right. */
type GroupScores = { calibration: Calibration; leadTime: LeadTime };

type EventInfo = { id: string; name: string; slug: string; date: string; timeZone: string | null; place: string | null; description: string | null };
export type EventTally = EventInfo & { total: number; counts: RatingCounts };

export type AxisArticle = { id: string; title: string; outlet: string; publishedAt: string; url: string | null; kind: "before" | "after" };
export type EventPageData = {
  event: EventInfo;
  claims: PublicClaim[];
  nextCursor: string | null;
  /** Rumors readers see (void ones left out), by the rumor's verdict. */
  total: number;
  counts: RatingCounts;
  /** Its published claims (void rumors' left out), by each claim's own rating. */
  claimCounts: { total: number; counts: RatingCounts };
  articles: AxisArticle[];
  scores: GroupScores;
  /** Set when the page shows the record as it stood at the end of this day (`?asOf=`). */
  asOf: AsOfRecord | null;
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
  /** Whole days from publication to the outcome date (else the event, else the deadline); null when none is known. */
  leadDays: number | null;
};

/** A rumor: the happening, its resolution and its spread. */
export type PublicRumor = {
  id: string;
  statement: string;
  resolution: PublicResolution;
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
