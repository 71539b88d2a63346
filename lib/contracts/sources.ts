// What "Add by URL" answers: the page as Hindsight read it, for the editor to
// correct before saving it through POST /api/v1/articles (issue 15).

type PublishedAtSource = "json-ld" | "article:published_time" | "time";

export type FetchedArticle = {
  /** The archived response; send it back with the article so the capture is linked to it. */
  captureId: string;
  url: string;
  finalUrl: string;
  canonicalUrl: string | null;
  status: number;
  fetchedAt: string;
  /** Network time and extraction time, in milliseconds. */
  fetchMs: number;
  extractMs: number;
  /** The page's bytes, and what the archive keeps of them (gzipped). */
  size: number;
  storedSize: number;
  title: string | null;
  byline: string | null;
  siteName: string | null;
  /** Null when the page states no date: the editor must give one. */
  publishedAt: string | null;
  publishedAtSource: PublishedAtSource | null;
  /** An outlet matched by domain, or a proposed new one (created only when the article is saved). */
  outlet: { id: string | null; name: string; domain: string; existing: boolean };
  text: string;
};

/** What a re-capture found: a new text, the same, the page gone (404/410), moved elsewhere, another status, no article text. */
export type CaptureOutcome = "version" | "same" | "gone" | "moved" | "error" | "no-text";

/** One archived fetch of an article's page, for "captured on DATE" links. */
export type CaptureRef = { id: string; fetchedAt: string; status: number; finalUrl: string; outcome: CaptureOutcome | null; version: number | null };

/** A stealth edit of a tracked quote, as the desk sees it (with the word diff). */
type DeskQuoteEdit = {
  id: string;
  target: "claim" | "evidence";
  kind: "changed" | "removed";
  quoteText: string;
  replacement: string | null;
  editedAt: string;
  version: number;
  reviewedAt: string | null;
  diff: { text: string; op: "same" | "added" | "removed" }[];
};

/** The desk claim page's source record: the article's captures, versions and the edits of this claim's quote. */
export type DeskClaimSource = {
  articleId: string;
  url: string | null;
  byline: string | null;
  versions: number;
  captures: CaptureRef[];
  edits: DeskQuoteEdit[];
};

/** What readers see of a stealth edit of a published claim's quote. */
export type PublicQuoteEdit = { kind: "changed" | "removed"; quoteText: string; replacement: string | null; editedAt: string };

/** An archived capture as Hindsight stored it: the extracted text of its version, as inert text. */
export type ArchivedCapture = {
  id: string;
  url: string;
  finalUrl: string;
  status: number;
  contentType: string | null;
  fetchedAt: string;
  size: number;
  sha256: string;
  outcome: CaptureOutcome | null;
  version: number | null;
  text: string | null;
  article: { id: string; title: string; outlet: string } | null;
};

/** An outlet's feed with its last and next poll (the desk's jobs view). */
export type SourceFeed = {
  id: string;
  url: string;
  title: string | null;
  outlet: string;
  waiting: number;
  lastPolledAt: string | null;
  nextPollAt: string | null;
  /** "ok", "robots", an HTTP status, "invalid" or "error". */
  lastStatus: string | null;
  lastError: string | null;
};

/** A new feed item in the desk inbox. */
export type InboxItem = { id: string; url: string; title: string; outlet: string; publishedAt: string | null; excerpt: string; foundAt: string };

export type FeedImportResult = { id: string; status: "imported" | "duplicate" | "failed"; articleId: string | null; message: string | null };

/** An article saved from a URL, as the desk's jobs view shows it. */
export type TrackedArticle = {
  id: string;
  title: string;
  outlet: string;
  captures: number;
  versions: number;
  edits: number;
  lastFetchedAt: string;
  lastStatus: number;
  lastOutcome: CaptureOutcome | null;
  /** The next scheduled re-check (HINDSIGHT_RECAPTURE_AFTER from the first capture); null when the schedule has run out. */
  nextFetchAt: string | null;
  lastError: string | null;
  lastCheckedAt: string | null;
};
