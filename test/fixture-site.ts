// A news site on loopback for the fetching tests (vitest and Playwright):
// articles with and without metadata, redirects (to itself and to private
// addresses), a huge page, a slow one, a PDF, gzip; pages a test rewrites,
// takes down or moves between fetches (stealth edits); an RSS feed. It records every request,
// so a test can prove a refused address was never contacted.
import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { gzipSync } from "node:zlib";

export const ARTICLE_TEXT = [
  "The organisers of the closing ceremony confirmed on Friday that the Olympic flag will be handed over to Los Angeles on a stage built in the middle of the stadium.",
  "According to two people involved in the rehearsals, a Hollywood actor is expected to perform a stunt from the roof of the stadium before the handover.",
  "Neither the organising committee nor the city of Los Angeles would comment on the plans, which have been kept secret for months.",
];

const page = (head: string, body: string) => `<!doctype html><html lang="en"><head><meta charset="utf-8">${head}</head><body>${body}</body></html>`;
const paragraphs = ARTICLE_TEXT.map((p) => `<p>${p}</p>`).join("\n");

export const FULL_ARTICLE = page(
  `<title>Closing ceremony: a stunt from the roof | The Daily Fixture</title>
  <link rel="canonical" href="https://news.example/2024/08/09/closing-ceremony-stunt">
  <meta property="og:site_name" content="The Daily Fixture">
  <meta property="og:title" content="Closing ceremony: a stunt from the roof">
  <meta property="article:published_time" content="2024-08-09T06:00:00Z">
  <script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Closing ceremony: a stunt from the roof","datePublished":"2024-08-09T08:30:00+02:00","author":{"@type":"Person","name":"Jeanne Martin"}}</script>`,
  `<header><nav><a href="/">Home</a> · <a href="/sport">Sport</a></nav></header>
  <article><h1>Closing ceremony: a stunt from the roof</h1><p class="byline">By Jeanne Martin</p><time datetime="2024-08-07T10:00:00Z">7 August</time>
  ${paragraphs}</article><footer>© The Daily Fixture · <a href="/privacy">Privacy</a></footer>`,
);

export const BARE_ARTICLE = page(`<title>Untitled notes</title>`, `<div><h1>What the rehearsals showed</h1>${paragraphs}</div>`);

/** A dated article page of the given paragraphs (the "changing" story the stealth-edit tests rewrite). */
export const storyPage = (paragraphs: readonly string[], title = "Ceremony rehearsals: what the organisers plan") =>
  page(
    `<title>${title} | The Daily Fixture</title><meta property="og:site_name" content="The Daily Fixture">
  <meta property="article:published_time" content="2024-08-10T07:00:00Z"><meta name="author" content="Paul Durand">`,
    `<article><h1>${title}</h1>${paragraphs.map((p) => `<p>${p}</p>`).join("\n")}</article>`,
  );

export type FixtureSite = {
  origin: string;
  requests: { path: string; userAgent: string }[];
  /** Paths the site has taken down since: they answer 410 Gone. */
  removed: Set<string>;
  /** Pages the site serves (200, HTML) over or beside its fixed routes: rewrite one to make a stealth edit. */
  pages: Map<string, string>;
  /** Paths that now redirect (301) to another address. */
  redirects: Map<string, string>;
  /** Paths that answer this status (a 503, say) instead of what they serve. */
  statuses: Map<string, number>;
  close: () => Promise<void>;
};

type Route = (req: IncomingMessage, res: import("node:http").ServerResponse, origin: string) => void;

const rssItem = (origin: string, path: string, title: string, description: string, date: string) =>
  `<item><title>${title}</title><link>${origin}${path}</link><guid>${origin}${path}</guid><pubDate>${date}</pubDate><description><![CDATA[<p>${description}</p>]]></description></item>`;

/** The site's RSS feed: two articles, the first again with tracking parameters, and a copy of its text under another address. */
export const feedXml = (origin: string) => `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>The Daily Fixture</title><link>${origin}/</link><description>Latest news</description>
${rssItem(origin, "/article", "Closing ceremony: a stunt from the roof", ARTICLE_TEXT[0]!, "Fri, 09 Aug 2024 06:30:00 GMT")}
${rssItem(origin, "/bare", "What the rehearsals showed", ARTICLE_TEXT[1]!, "Fri, 09 Aug 2024 09:00:00 GMT")}
${rssItem(origin, "/article?utm_source=rss&amp;utm_medium=feed", "Closing ceremony: a stunt from the roof", ARTICLE_TEXT[0]!, "Fri, 09 Aug 2024 06:30:00 GMT")}
${rssItem(origin, "/article-copy", "Closing ceremony (syndicated)", ARTICLE_TEXT[0]!, "Fri, 09 Aug 2024 07:00:00 GMT")}
</channel></rss>`;

const ROUTES: Record<string, Route> = {
  "/feed.xml": (_q, res, origin) => res.writeHead(200, { "content-type": "application/rss+xml; charset=utf-8" }).end(feedXml(origin)),
  "/private/feed.xml": (_q, res, origin) => res.writeHead(200, { "content-type": "application/rss+xml" }).end(feedXml(origin)),
  "/article": (_q, res) => res.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(FULL_ARTICLE),
  "/bare": (_q, res) => res.writeHead(200, { "content-type": "text/html" }).end(BARE_ARTICLE),
  "/gzip": (_q, res) => res.writeHead(200, { "content-type": "text/html", "content-encoding": "gzip" }).end(gzipSync(FULL_ARTICLE)),
  "/moved": (_q, res, origin) => res.writeHead(301, { location: `${origin}/article` }).end(),
  // Redirects to wherever ?to= says (a private address, in the tests).
  "/redirect": (req, res) => res.writeHead(302, { location: new URL(req.url!, "http://x").searchParams.get("to")! }).end(),
  // /loop?n=3 redirects three more times before answering.
  "/loop": (req, res, origin) => {
    const n = Number(new URL(req.url!, "http://x").searchParams.get("n") ?? 100);
    if (n <= 0) res.writeHead(200, { "content-type": "text/html" }).end(FULL_ARTICLE);
    else res.writeHead(302, { location: `${origin}/loop?n=${n - 1}` }).end();
  },
  // 3 MiB of paragraphs, streamed without a Content-Length.
  "/huge": (_q, res) => {
    res.writeHead(200, { "content-type": "text/html" });
    const chunk = `<p>${"All work and no play makes a huge page. ".repeat(100)}</p>\n`;
    for (let sent = 0; sent < 3 * 2 ** 20; sent += chunk.length) res.write(chunk);
    res.end();
  },
  // Headers at once, then nothing: only the fetcher's time cap ends it.
  "/slow": (_q, res) => {
    res.writeHead(200, { "content-type": "text/html" });
    res.write("<!doctype html><html><body><p>Loading");
  },
  "/report.pdf": (_q, res) => res.writeHead(200, { "content-type": "application/pdf" }).end("%PDF-1.4\n%…"),
  "/empty": (_q, res) => res.writeHead(200, { "content-type": "text/html" }).end(page("<title>Menu</title>", "<nav><a href='/'>Home</a></nav>")),
  "/robots.txt": (_q, res) =>
    res.writeHead(200, { "content-type": "text/plain" }).end("User-agent: *\nAllow: /\n\nUser-agent: Hindsight\nDisallow: /private/\n"),
  "/private/article": (_q, res) => res.writeHead(200, { "content-type": "text/html" }).end(FULL_ARTICLE),
  "/gone": (_q, res) => res.writeHead(404, { "content-type": "text/html" }).end(page("<title>Not found</title>", "<p>This page does not exist.</p>")),
};

/** Starts the site on 127.0.0.1 (an ephemeral port unless given one). */
export async function startFixtureSite(port = 0): Promise<FixtureSite> {
  const requests: FixtureSite["requests"] = [];
  const removed = new Set<string>();
  const pages = new Map<string, string>();
  const redirects = new Map<string, string>();
  const statuses = new Map<string, number>();
  let origin = "";
  const server: Server = createServer((req, res) => {
    const path = new URL(req.url!, "http://x").pathname;
    requests.push({ path: req.url!, userAgent: req.headers["user-agent"] ?? "" });
    const route = ROUTES[path];
    if (statuses.has(path)) res.writeHead(statuses.get(path)!, { "content-type": "text/plain" }).end("try later");
    else if (removed.has(path)) res.writeHead(410, { "content-type": "text/html" }).end(page("<title>Gone</title>", "<p>This article was removed.</p>"));
    else if (redirects.has(path)) res.writeHead(301, { location: new URL(redirects.get(path)!, origin).href }).end();
    else if (pages.has(path)) res.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(pages.get(path));
    else if (route) route(req, res, origin);
    else res.writeHead(404, { "content-type": "text/plain" }).end("no such fixture");
  });
  await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    requests,
    removed,
    pages,
    redirects,
    statuses,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
