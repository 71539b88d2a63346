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
