import "server-only";

// An article page's own statements about itself, read before Readability
// rewrites the document. The publication date is taken in the order the issue
// sets: JSON-LD `datePublished`, then `article:published_time`, then the
// first `<time datetime>` — the first two are the publisher's machine-readable
// claim; a <time> element may date anything on the page.

type DateSource = "json-ld" | "article:published_time" | "time";

export type PageMetadata = {
  title: string | null;
  byline: string | null;
  siteName: string | null;
  canonicalUrl: string | null;
  publishedAt: Date | null;
  publishedAtSource: DateSource | null;
};

type Json = Record<string, unknown>;

/** Every object of every JSON-LD block, @graph and arrays flattened; blocks that do not parse are skipped. */
function jsonLdObjects(doc: Document): Json[] {
  const out: Json[] = [];
  const walk = (v: unknown) => {
    if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === "object") {
      out.push(v as Json);
      if ("@graph" in v) walk((v as Json)["@graph"]);
    }
  };
  for (const script of doc.querySelectorAll('script[type="application/ld+json"]')) {
    try {
      walk(JSON.parse(script.textContent ?? ""));
    } catch {
      // A broken block says nothing; the other sources still count.
    }
  }
  return out;
}

const isArticle = (o: Json) => [o["@type"]].flat().some((t) => typeof t === "string" && /Article|Posting|Report/.test(t));

function parseDate(value: unknown): Date | null {
  if (typeof value !== "string" || !value.trim()) return null;
  const date = new Date(value.trim());
  return Number.isNaN(date.getTime()) ? null : date;
}

const nameOf = (v: unknown): string | null => {
  const first = [v].flat()[0];
  if (typeof first === "string") return first.trim() || null;
  if (first && typeof first === "object" && typeof (first as Json).name === "string") return ((first as Json).name as string).trim() || null;
  return null;
};

const meta = (doc: Document, key: string) =>
  doc.querySelector(`meta[property="${key}"]`)?.getAttribute("content")?.trim() ||
  doc.querySelector(`meta[name="${key}"]`)?.getAttribute("content")?.trim() ||
  null;

function absolute(href: string | null | undefined, base: string): string | null {
  if (!href) return null;
  try {
    const url = new URL(href, base);
    return url.protocol === "http:" || url.protocol === "https:" ? url.href : null;
  } catch {
    return null;
  }
}

export function readMetadata(doc: Document, pageUrl: string): PageMetadata {
  const ld = jsonLdObjects(doc);
  const article = ld.find(isArticle) ?? ld.find((o) => "datePublished" in o) ?? null;

  const dates: [DateSource, Date | null][] = [
    ["json-ld", parseDate(article?.datePublished)],
    ["article:published_time", parseDate(meta(doc, "article:published_time"))],
    ["time", parseDate(doc.querySelector("time[datetime]")?.getAttribute("datetime"))],
  ];
  const [publishedAtSource, publishedAt] = dates.find(([, d]) => d) ?? [null, null];

  return {
    title:
      (typeof article?.headline === "string" && article.headline.trim()) || meta(doc, "og:title") || doc.querySelector("title")?.textContent?.trim() || null,
    byline: nameOf(article?.author) ?? meta(doc, "author"),
    siteName: meta(doc, "og:site_name") ?? nameOf(article?.publisher),
    canonicalUrl: absolute(doc.querySelector('link[rel="canonical"]')?.getAttribute("href"), pageUrl) ?? absolute(meta(doc, "og:url"), pageUrl),
    publishedAt,
    publishedAtSource,
  };
}
