import "server-only";
import type { IncomingHttpHeaders } from "node:http";
import { pageCacheKey, type HeaderView } from "@/lib/page-cache/page-cache";
import { notModified } from "@/lib/page-cache/respond";
import type { CachedPage } from "@/lib/page-cache/seal";
import { STATIC_SECURITY_HEADERS } from "@/lib/security-headers";

// The page cache's hits answered by scripts/serve.mjs before Next's router
// (docs/decisions/0035-page-cache-before-the-router.md): Next's per-request
// work for invoking proxy.ts (NextRequest, URL, response conversion) cost
// three times what serving a /_next/static file does (docs/performance.md).
// The same cache, the same key, the same generation check as proxy.ts; a miss,
// anything not cacheable and anything signed in goes on to Next untouched.
export const FAST_PATH = Symbol.for("hindsight.page-cache.fast-path");

type FastAnswer = { status: 200 | 304; headers: string[]; body: Buffer | null };
export type FastPath = (method: string, url: string, headers: IncomingHttpHeaders) => Promise<FastAnswer | null>;

// What next.config.ts adds to every response Next sends, proxy answers included.
const NEXT_HEADERS = STATIC_SECURITY_HEADERS.flatMap(({ key, value }) => [key.toLowerCase(), value]);
// Node's raw-header form, built once per copy: a hit costs a lookup and a write.
const prepared = new WeakMap<CachedPage, { ok: string[]; unchanged: string[] }>();

function headersFor(page: CachedPage) {
  let entry = prepared.get(page);
  if (!entry) {
    const own = page.headers.flat();
    const unchanged = [...NEXT_HEADERS, ...page.headers.filter(([name]) => name !== "content-type").flat(), "x-page-cache", "hit"];
    entry = { ok: [...NEXT_HEADERS, ...own, "content-length", String(page.bytes), "x-page-cache", "hit"], unchanged };
    prepared.set(page, entry);
  }
  return entry;
}

function view(headers: IncomingHttpHeaders): HeaderView {
  return {
    get: (name) => {
      const value = headers[name.toLowerCase()];
      return value === undefined ? null : Array.isArray(value) ? value.join(", ") : value;
    },
    has: (name) => headers[name.toLowerCase()] !== undefined,
  };
}

/** The fast path over `hit` (the page server's lookup, which never renders). */
export function fastPath(hit: (key: string) => Promise<CachedPage | null>): FastPath {
  return async (method, url, raw) => {
    const q = url.indexOf("?");
    const pathname = q < 0 ? url : url.slice(0, q);
    const search = q < 0 || q === url.length - 1 ? "" : url.slice(q);
    const headers = view(raw);
    const key = pageCacheKey({ method, pathname, search, searchParams: new URLSearchParams(search), headers });
    // Keys are what proxy.ts saw in Next's parsed URL; a raw URL that equals
    // one parses to that same key, any other form (`?` alone, encodings Next
    // would normalise) simply goes on to Next.
    if (key === null || key !== url) return null;
    const page = await hit(key);
    if (!page) return null;
    const { ok, unchanged } = headersFor(page);
    if (notModified(headers, page)) return { status: 304, headers: unchanged, body: null };
    return { status: 200, headers: ok, body: method === "HEAD" ? null : page.body };
  };
}
