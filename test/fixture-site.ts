// A news site on loopback for the fetching tests (vitest and Playwright):
// articles with and without metadata, redirects (to itself and to private
// addresses), a huge page, a slow one, a PDF, gzip. It records every request,
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

export type FixtureSite = {
  origin: string;
  requests: { path: string; userAgent: string }[];
  /** Paths the site has taken down since: they answer 410 Gone. */
  removed: Set<string>;
  close: () => Promise<void>;
};

type Route = (req: IncomingMessage, res: import("node:http").ServerResponse, origin: string) => void;

const ROUTES: Record<string, Route> = {
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
  let origin = "";
  const server: Server = createServer((req, res) => {
    const path = new URL(req.url!, "http://x").pathname;
    requests.push({ path: req.url!, userAgent: req.headers["user-agent"] ?? "" });
    const route = ROUTES[path];
    if (removed.has(path)) res.writeHead(410, { "content-type": "text/html" }).end(page("<title>Gone</title>", "<p>This article was removed.</p>"));
    else if (route) route(req, res, origin);
    else res.writeHead(404, { "content-type": "text/plain" }).end("no such fixture");
  });
  await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    requests,
    removed,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
