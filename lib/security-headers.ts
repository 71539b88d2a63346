// Security headers. The nonce-based CSP is set per request by proxy.ts; the
// static ones here go on every response, static files included (next.config.ts).

export const STATIC_SECURITY_HEADERS = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), payment=()" },
  { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
] as const;

/**
 * A strict policy: scripts and styles only from this site and only with this
 * response's nonce ('strict-dynamic' lets Next's own loader add chunks); no
 * plugins, no framing, forms post only here. Development adds 'unsafe-eval'
 * for React's dev tooling. A shared (cached) reader page passes the hashes of
 * its inline scripts, which then carry no nonce; its nonce is made once per
 * cached copy and only marks its external scripts and styles
 * (docs/decisions/0026-shared-cache-and-static-csp.md).
 */
export function contentSecurityPolicy(nonce: string, dev: boolean, scriptHashes: readonly string[] = []) {
  const hashes = scriptHashes.map((hash) => ` 'sha256-${hash}'`).join("");
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}'${hashes} 'strict-dynamic'${dev ? " 'unsafe-eval'" : ""}`,
    `style-src 'self' 'nonce-${nonce}'`,
    "img-src 'self' blob: data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}
