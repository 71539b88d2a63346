import { NextResponse, type NextRequest } from "next/server";
import { contentSecurityPolicy } from "@/lib/security-headers";
import { isSignedIn } from "@/lib/page-cache/page-cache";
import { RENDER_HEADER, renderNonce, servePage } from "@/server/cache/page-proxy";
import { SIGNED_IN_CACHE } from "@/server/http/cache-control";
import { env } from "@/server/platform/env";

/**
 * A fresh CSP nonce for every request rendered (docs/decisions/0008-security-headers.md).
 * Anonymous reader pages, feeds and public API responses are rendered once per
 * data generation and served from memory as the same bytes for everyone, with
 * a CSP that hashes their inline scripts, so shared caches can keep them too
 * (docs/decisions/0026-shared-cache-and-static-csp.md, server/cache/page-proxy.ts).
 */
const dev = env.NODE_ENV === "development";

function withNonce(request: NextRequest, nonce: string) {
  const policy = contentSecurityPolicy(nonce, dev);
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("Content-Security-Policy", policy);
  requestHeaders.delete(RENDER_HEADER);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("Content-Security-Policy", policy);
  // Whatever a signed-in editor gets, no cache anywhere may keep it.
  if (isSignedIn(request.headers)) response.headers.set("Cache-Control", SIGNED_IN_CACHE);
  return response;
}

export async function proxy(request: NextRequest) {
  const placeholder = renderNonce(request);
  if (placeholder !== null) return withNonce(request, placeholder);
  const cached = dev ? null : await servePage(request);
  return cached ?? withNonce(request, Buffer.from(crypto.randomUUID()).toString("base64"));
}

export const config = {
  // Pages and API; not the build's static files, which carry no markup.
  matcher: [{ source: "/((?!_next/static|_next/image|favicon.ico|icon.svg).*)" }],
};
