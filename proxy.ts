import { NextResponse, type NextRequest } from "next/server";
import { contentSecurityPolicy } from "@/lib/security-headers";
import { isSignedIn } from "@/lib/page-cache/page-cache";
import { RENDER_HEADER, renderNonce, servePage } from "@/server/cache/page-proxy";
import { SIGNED_IN_CACHE } from "@/server/cache/cache-control";
import { malformedPathAnswer } from "@/server/http/malformed-path";
import { env } from "@/server/platform/env";

/**
 * A fresh CSP nonce for every request rendered (docs/decisions/0008-security-headers.md).
 * Anonymous reader pages, feeds and public API responses are rendered once per
 * data generation and served from memory as the same bytes for everyone, with
 * a CSP that hashes their inline scripts, so shared caches can keep them too
 * (docs/decisions/0026-shared-cache-and-static-csp.md, server/cache/page-proxy.ts).
 */
const dev = env.NODE_ENV === "development";

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
  // Whatever a signed-in editor gets, no cache anywhere may keep it.
  if (isSignedIn(request.headers)) response.headers.set("Cache-Control", SIGNED_IN_CACHE);
  return response;
}

export async function proxy(request: NextRequest) {
  const placeholder = renderNonce(request);
  if (placeholder !== null) return withNonce(request, placeholder);
  const nonce = Buffer.from(crypto.randomUUID()).toString("base64");
  // Broken percent-encoding is answered before Next decodes the path (ADR 0022).
  const malformed = malformedPathAnswer(request.nextUrl.pathname);
  if (malformed === "not-found") return withNonce(request, nonce, NOT_FOUND_PATH);
  if (malformed) {
    malformed.headers.set("Content-Security-Policy", contentSecurityPolicy(nonce, dev));
    return malformed;
  }
  const cached = dev ? null : await servePage(request);
  return cached ?? withNonce(request, nonce);
}

export const config = {
  // Pages and API; not the build's static files, which carry no markup.
  matcher: [{ source: "/((?!_next/static|_next/image|favicon.ico|icon.svg).*)" }],
};
