import "server-only";
import type { NextRequest } from "next/server";
import { isPageKey, pageCacheKey } from "@/lib/page-cache/page-cache";
import { createPageServer } from "@/lib/page-cache/page-server";
import { cachedResponse } from "@/lib/page-cache/respond";
import { sealPage, type CachedPage } from "@/lib/page-cache/seal";
import { readerGeneration } from "@/server/cache/reader-cache";
import { PUBLIC_READER_CACHE } from "@/server/cache/cache-control";
import { env, internalOrigin } from "@/server/platform/env";
import { FAST_PATH, fastPath } from "./fast-path";

// The page cache's half of proxy.ts (ADR 0015, ADR 0026): anonymous reader
// pages, feeds and public API responses rendered once per data generation
// and then served to everyone, and to shared caches, as the same bytes.
export const RENDER_HEADER = "x-hindsight-render";
// Per process and unguessable: only this proxy's own render requests carry it,
// so no client can ask for the placeholder page or poison the cache.
type State = { secret: string; placeholder: string; pages: ReturnType<typeof createPageServer> };
const state: State = ((globalThis as Record<symbol, State>)[Symbol.for("hindsight.page-cache")] ??= {
  secret: crypto.randomUUID(),
  placeholder: Buffer.from(crypto.randomUUID()).toString("base64"),
  pages: createPageServer({ maxBytes: env.HINDSIGHT_PAGE_CACHE_BYTES, generation: readerGeneration, render }),
});
// scripts/serve.mjs answers hits with it before Next's router (ADR 0035).
(globalThis as Record<symbol, unknown>)[FAST_PATH] = fastPath(state.pages.hit, RENDER_HEADER);
// Dropped from a render: they describe that one response, not the copy.
const PER_RESPONSE = new Set([
  "content-security-policy",
  "content-length",
  "content-encoding",
  "transfer-encoding",
  "connection",
  "keep-alive",
  "date",
  "etag",
  "last-modified",
  "set-cookie",
  "x-page-cache",
]);
const CACHEABLE_TYPE = /^(?:text\/html|application\/(?:json|atom\+xml|ld\+json))\b/;

async function render(key: string): Promise<CachedPage | null> {
  const response = await fetch(internalOrigin() + key, {
    headers: { [RENDER_HEADER]: state.secret, "accept-encoding": "identity", accept: isPageKey(key) ? "text/html" : "*/*" },
    redirect: "manual",
    signal: AbortSignal.timeout(30_000),
  });
  const body = await response.text();
  if (response.status !== 200 || response.headers.has("set-cookie") || !CACHEABLE_TYPE.test(response.headers.get("content-type") ?? "")) return null;
  const headers = [...response.headers].filter(([name]) => !PER_RESPONSE.has(name));
  return sealPage({ pathname: key.split("?")[0]!, body, placeholder: state.placeholder, headers, cacheControl: PUBLIC_READER_CACHE });
}

/** The nonce a request must render with: the placeholder for the cache's own renders, else null (make a fresh one). */
export function renderNonce(request: NextRequest): string | null {
  return request.headers.get(RENDER_HEADER) === state.secret ? state.placeholder : null;
}

/** The cached response for an anonymous reader request, or null when it must render per request. */
export async function servePage(request: NextRequest): Promise<Response | null> {
  const { pathname, search, searchParams } = request.nextUrl;
  const key = pageCacheKey({ method: request.method, pathname, search, searchParams, headers: request.headers });
  const served = key === null ? null : await state.pages.serve(key);
  return served && cachedResponse(request, served.page, served.hit);
}
