// What readers see: the public claim (documented in docs/api.md) and the
// reader pages' data. Dates are ISO strings, days are YYYY-MM-DD.
import type { Accuracy, RatingCounts } from "@/lib/scoring";
import type { Rating, RatingOrPending, Stance } from "@/lib/verdicts";

type Quote = { text: string; start: number; end: number };
type PublicArticle = { id: string; outlet: string; outletSlug: string; title: string; url: string | null; publishedAt: string };
type PublicEventRef = { id: string; name: string; slug: string; date: string; place: string | null };

export type PublicClaim = {
  id: string;
  statement: string;
  quote: Quote;
  attributedTo: string;
  sourceArticle: PublicArticle;
  event: PublicEventRef | null;
  deadline: string | null;
  evidence: { id: string; quote: Quote; stance: Stance; note: string | null; article: PublicArticle }[];
  rating: RatingOrPending;
  verdict: { rating: Rating; rationale: string; decidedAt: string } | null;
  updatedAt: string;
};

/** A claim page: the claim, the text around its quote and every published verdict. */
export type PublicClaimDetail = PublicClaim & {
  context: { before: string; after: string };
  history: { rating: Rating; rationale: string; decidedAt: string }[];
};

export type ClaimPage = { items: PublicClaim[]; nextCursor: string | null; searchCapped?: boolean };

type TrackPart = { total: number; counts: RatingCounts; accuracy: Accuracy };
type TrackRecord = TrackPart & { own: TrackPart; relayed: TrackPart };
export type OutletStanding = TrackRecord & { name: string; slug: string; rank: number | null };

type OutletInfo = { id: string; name: string; slug: string; domain: string | null };
export type OutletRecord = {
  outlet: OutletInfo;
  record: TrackRecord & { rank: number | null };
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
