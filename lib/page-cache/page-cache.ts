// Rendered reader pages, kept per process so anonymous readers get them at
// close to static cost under a nonce CSP; see docs/decisions/0015-reader-page-cache.md.
// Pure and framework-free so it can be unit tested and used by proxy.ts.

/** Pages that are the same for every anonymous reader (the allowlist; everything else renders). */
const READER_PAGE = /^\/(?:|methodology|events|outlets|claims\/[^/]+|events\/[^/]+|outlets\/[^/]+)$/;
// Better Auth's cookie, with or without the __Secure- prefix.
const SESSION_COOKIE = /(?:^|;\s*)(?:__Secure-)?better-auth\.session_token=/;
// Client-side navigation and prefetch ask for RSC payloads, not HTML. Next
// strips its flight headers (RSC, Next-Router-*) and `_rsc` before proxy.ts
// runs, so they are checked for completeness only; what decides is that only a
// document request is served: it accepts text/html and, from a browser, says
// Sec-Fetch-Dest: document (router fetches say "empty"; scripts cannot forge it).
const RSC_HEADERS = ["rsc", "next-router-prefetch", "next-router-state-tree", "next-router-segment-prefetch", "next-action", "next-url"];

export type PageRequest = { method: string; pathname: string; search: string; headers: Headers; searchParams: URLSearchParams };

/** The cache key for a request, or null when it must render per request. */
export function pageCacheKey(request: PageRequest): string | null {
  if (request.method !== "GET" && request.method !== "HEAD") return null;
  if (!READER_PAGE.test(request.pathname)) return null;
  if (request.searchParams.has("_rsc")) return null;
  if (RSC_HEADERS.some((name) => request.headers.has(name))) return null;
  if (!request.headers.get("accept")?.includes("text/html")) return null;
  const dest = request.headers.get("sec-fetch-dest");
  if (dest !== null && dest !== "document") return null;
  if (SESSION_COOKIE.test(request.headers.get("cookie") ?? "")) return null;
  return request.pathname + request.search;
}

/** A page stored with its nonce cut out, so a fresh one is joined in per response. */
export type CachedPage = { parts: Buffer[]; bytes: number; headers: [string, string][] };

export function storePage(html: string, placeholder: string, headers: [string, string][]): CachedPage {
  const parts = html.split(placeholder).map((part) => Buffer.from(part));
  return { parts, bytes: parts.reduce((n, part) => n + part.length, 0), headers };
}

export function pageWithNonce(page: CachedPage, nonce: string): Buffer {
  const glue = Buffer.from(nonce);
  const chunks: Buffer[] = [];
  page.parts.forEach((part, i) => {
    if (i > 0) chunks.push(glue);
    chunks.push(part);
  });
  return Buffer.concat(chunks);
}

/**
 * Least recently used pages up to `maxBytes`, all belonging to one data
 * generation: a new generation empties it, so no stale page can be served.
 */
export class PageCache {
  private pages = new Map<string, CachedPage>();
  private bytes = 0;
  private generation: string | null = null;

  constructor(private readonly maxBytes: number) {}

  get size() {
    return { pages: this.pages.size, bytes: this.bytes };
  }

  get(generation: string, key: string): CachedPage | undefined {
    this.sync(generation);
    const page = this.pages.get(key);
    if (page) {
      this.pages.delete(key);
      this.pages.set(key, page);
    }
    return page;
  }

  set(generation: string, key: string, page: CachedPage): void {
    // A page rendered before a change finished may belong to an older generation.
    if (generation !== this.generation) return;
    if (page.bytes > this.maxBytes / 4) return;
    const old = this.pages.get(key);
    if (old) {
      this.bytes -= old.bytes;
      this.pages.delete(key);
    }
    this.pages.set(key, page);
    this.bytes += page.bytes;
    for (const [oldest, stored] of this.pages) {
      if (this.bytes <= this.maxBytes) break;
      this.pages.delete(oldest);
      this.bytes -= stored.bytes;
    }
  }

  private sync(generation: string) {
    if (generation === this.generation) return;
    this.pages.clear();
    this.bytes = 0;
    this.generation = generation;
  }
}
