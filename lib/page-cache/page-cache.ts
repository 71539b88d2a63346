// Rendered reader responses, kept per process so anonymous readers get them
// at close to static cost, each one the same bytes for everyone and so
// cacheable by shared caches too; see docs/decisions/0026-shared-cache-and-static-csp.md.
// Pure and framework-free so it can be unit tested and used by proxy.ts.
import type { CachedPage } from "./seal";

/** Pages that are the same for every anonymous reader (the allowlist; everything else renders). */
const READER_PAGE = /^\/(?:|methodology|events|outlets|claims\/[^/]+|rumors\/[^/]+|events\/[^/]+|outlets\/[^/]+)$/;
/** Feeds and the public JSON API: the same for every anonymous caller too (export and link excluded). */
const READER_DATA =
  /^\/(?:feed\.xml|(?:claims|rumors|events|outlets)\/[^/]+\/feed\.xml|claim-reviews\.jsonld|api\/v1\/(?:claims|events|outlets|rumors)|api\/v1\/claims\/(?!export$|link$)[^/]+|api\/v1\/rumors\/[^/]+)$/;
// Better Auth's cookie, with or without the __Secure- prefix.
const SESSION_COOKIE = /(?:^|;\s*)(?:__Secure-)?better-auth\.session_token=/;
// Client-side navigation and prefetch ask for RSC payloads, not HTML. With
// `skipProxyUrlNormalize` (next.config.ts) the proxy sees their flight headers
// and `_rsc`; a browser's router fetch also says Sec-Fetch-Dest: empty.
const RSC_HEADERS = ["rsc", "next-router-prefetch", "next-router-state-tree", "next-router-segment-prefetch", "next-action", "next-url"];

/** What the key needs of a request's headers: a Fetch `Headers`, or a view of Node's (scripts/serve.mjs). */
export type HeaderView = Pick<Headers, "get" | "has">;
export type PageRequest = { method: string; pathname: string; search: string; headers: HeaderView; searchParams: URLSearchParams };

/** A signed-in editor (session cookie) or a script with a token: never given or stored in a shared copy. */
export function isSignedIn(headers: HeaderView): boolean {
  return SESSION_COOKIE.test(headers.get("cookie") ?? "") || headers.has("authorization");
}

/**
 * The cache key for a request, or null when it must render per request.
 * Whatever the Accept header says (curl, bots, feed readers get the cached
 * copy too), but never a router fetch or a signed-in request.
 */
export function pageCacheKey(request: PageRequest): string | null {
  if (request.method !== "GET" && request.method !== "HEAD") return null;
  const page = READER_PAGE.test(request.pathname);
  if (!page && !READER_DATA.test(request.pathname)) return null;
  if (request.searchParams.has("_rsc")) return null;
  if (RSC_HEADERS.some((name) => request.headers.has(name))) return null;
  if (request.headers.get("accept")?.includes("text/x-component")) return null;
  const dest = request.headers.get("sec-fetch-dest");
  if (page && dest !== null && dest !== "document") return null;
  if (isSignedIn(request.headers)) return null;
  return request.pathname + request.search;
}

/** Whether a key is a reader page (HTML) rather than a feed or API response. */
export function isPageKey(key: string): boolean {
  return READER_PAGE.test(key.split("?")[0]!);
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
