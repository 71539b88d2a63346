import "server-only";
import type { IncomingHttpHeaders } from "node:http";
import { gzipSync } from "node:zlib";
import { pageCacheKey, type HeaderView } from "@/lib/page-cache/page-cache";
import { notModified } from "@/lib/page-cache/respond";
import type { CachedPage } from "@/lib/page-cache/seal";

// The page cache's hits answered by scripts/serve.mjs before Next's router
// (docs/decisions/0035-page-cache-before-the-router.md): Next's per-request
// work for invoking proxy.ts (NextRequest, URL, response conversion) cost
// three times what serving a /_next/static file does (docs/performance.md).
// The same cache, the same key, the same generation check as proxy.ts; a miss,
// anything not cacheable and anything signed in goes on to Next untouched.
export const FAST_PATH = Symbol.for("hindsight.page-cache.fast-path");

type FastAnswer = { status: 200 | 304; headers: string[]; body: Buffer | null };
export type FastPath = (method: string, url: string, headers: IncomingHttpHeaders) => Promise<FastAnswer | null>;

// Next compresses what it sends (the `compression` middleware: gzip, from 1 KiB);
// a hit answered here does too, from a copy compressed once.
const GZIP_FROM = 1024;
// Node's raw-header form and the compressed bytes, made once per copy: a hit costs a lookup and a write.
type Prepared = { ok: string[]; gzipped: string[]; unchanged: string[]; gzip: Buffer | null };
const prepared = new WeakMap<CachedPage, Prepared>();

function prepare(page: CachedPage): Prepared {
  let entry = prepared.get(page);
  if (!entry) {
    // The copy's headers already hold next.config.ts's static security headers (the render got them).
    const own = [...page.headers.flat(), "x-page-cache", "hit"];
    const gzip = page.bytes >= GZIP_FROM ? gzipSync(page.body) : null;
    entry = {
      ok: [...own, "content-length", String(page.bytes)],
      gzipped: gzip ? [...own, "content-encoding", "gzip", "content-length", String(gzip.length)] : [],
      unchanged: [...page.headers.filter(([name]) => name !== "content-type").flat(), "x-page-cache", "hit"],
      gzip,
    };
    prepared.set(page, entry);
  }
  return entry;
}

/** Whether Accept-Encoding allows gzip (by name or `*`, with a q above 0). */
export function acceptsGzip(header: string | null): boolean {
  if (!header) return false;
  return header.split(",").some((part) => {
    const [coding, ...params] = part.trim().toLowerCase().split(";");
    if (coding !== "gzip" && coding !== "*") return false;
    const q = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
    return q === undefined || Number(q.slice(2)) > 0;
  });
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

/**
 * The fast path over `hit` (the page server's lookup, which never renders).
 * A request carrying `renderHeader` is the page cache's own render of a miss:
 * it must reach Next even when another render has just stored that copy.
 */
export function fastPath(hit: (key: string) => Promise<CachedPage | null>, renderHeader: string): FastPath {
  return async (method, url, raw) => {
    if (raw[renderHeader] !== undefined) return null;
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
    const copy = prepare(page);
    if (notModified(headers, page)) return { status: 304, headers: copy.unchanged, body: null };
    const body = method === "HEAD" ? null : page.body;
    if (copy.gzip && acceptsGzip(headers.get("accept-encoding"))) return { status: 200, headers: copy.gzipped, body: body && copy.gzip };
    return { status: 200, headers: copy.ok, body };
  };
}
