import { NextResponse, type NextRequest } from "next/server";
import { contentSecurityPolicy } from "@/lib/security-headers";
import { pageCacheKey, storePage, type CachedPage } from "@/lib/page-cache/page-cache";
import { createPageServer } from "@/lib/page-cache/page-server";
import { readerGeneration } from "@/server/cache/reader-cache";
import { env, internalOrigin } from "@/server/platform/env";
import { malformedPathAnswer } from "@/server/http/malformed-path";

/**
 * A fresh CSP nonce for every request (docs/decisions/0008-security-headers.md).
 * Anonymous reader pages are rendered once per data generation with a secret
 * placeholder nonce and then served from memory with the placeholder swapped
 * for a fresh nonce (docs/decisions/0015-reader-page-cache.md).
 */
const dev = env.NODE_ENV === "development";
const MAX_BYTES = env.HINDSIGHT_PAGE_CACHE_BYTES;
// Per process and unguessable: only this proxy's own render requests carry it,
// so no client can ask for the placeholder page or poison the cache.
type State = { secret: string; placeholder: string; pages: ReturnType<typeof createPageServer> };
const state: State = ((globalThis as Record<symbol, State>)[Symbol.for("hindsight.page-cache")] ??= {
  secret: crypto.randomUUID(),
  placeholder: Buffer.from(crypto.randomUUID()).toString("base64"),
  pages: createPageServer({ maxBytes: MAX_BYTES, generation: readerGeneration, render }),
});
const RENDER_HEADER = "x-hindsight-render";
// Dropped from a render: they describe that one response, not the page.
const PER_RESPONSE = new Set([
  "content-security-policy",
  "content-length",
  "content-encoding",
  "transfer-encoding",
  "connection",
  "keep-alive",
  "date",
  "etag",
  "set-cookie",
  "x-page-cache",
]);

// No route has this address: a rewrite here renders the app's not-found page with 404.
const NOT_FOUND_PATH = "/__hindsight/not-found";

function withNonce(request: NextRequest, nonce: string, rewriteTo?: string) {
  const policy = contentSecurityPolicy(nonce, dev);
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("Content-Security-Policy", policy);
  requestHeaders.delete(RENDER_HEADER);
  const init = { request: { headers: requestHeaders } };
  const response = rewriteTo ? NextResponse.rewrite(new URL(rewriteTo, request.url), init) : NextResponse.next(init);
  response.headers.set("Content-Security-Policy", policy);
  return response;
}

async function render(url: string): Promise<CachedPage | null> {
  const origin = internalOrigin();
  const response = await fetch(origin + url, {
    headers: { [RENDER_HEADER]: state.secret, "accept-encoding": "identity", accept: "text/html" },
    redirect: "manual",
    signal: AbortSignal.timeout(30_000),
  });
  const html = await response.text();
  if (response.status !== 200 || response.headers.has("set-cookie") || !response.headers.get("content-type")?.startsWith("text/html")) return null;
  const headers = [...response.headers].filter(([name]) => !PER_RESPONSE.has(name));
  return storePage(html, state.placeholder, headers);
}

export async function proxy(request: NextRequest) {
  if (request.headers.get(RENDER_HEADER) === state.secret) return withNonce(request, state.placeholder);
  const nonce = Buffer.from(crypto.randomUUID()).toString("base64");
  const { pathname, search, searchParams } = request.nextUrl;
  const malformed = malformedPathAnswer(pathname);
  if (malformed === "not-found") return withNonce(request, nonce, NOT_FOUND_PATH);
  if (malformed) {
    malformed.headers.set("Content-Security-Policy", contentSecurityPolicy(nonce, dev));
    return malformed;
  }
  const key = dev ? null : pageCacheKey({ method: request.method, pathname, search, searchParams, headers: request.headers });
  const page = key === null ? null : await state.pages.serve(key, nonce);
  if (!page) return withNonce(request, nonce);
  const { body, hit } = page;
  const response = new NextResponse(request.method === "HEAD" ? null : (body as unknown as BodyInit), { status: 200, headers: page.headers });
  response.headers.set("Content-Security-Policy", contentSecurityPolicy(nonce, dev));
  response.headers.set("X-Page-Cache", hit ? "hit" : "miss");
  return response;
}

export const config = {
  // Pages and API; not the build's static files, which carry no markup.
  matcher: [{ source: "/((?!_next/static|_next/image|favicon.ico|icon.svg).*)" }],
};
