// Turns one render of a reader response into the copy every anonymous reader
// and every shared cache (nginx, Varnish, a CDN) gets: the same bytes and the
// same headers each time, so it can carry an ETag and `Cache-Control: public`.
// The render carried a secret per-process placeholder nonce on the scripts and
// styles Next (and the app) emitted — never on injected markup, which cannot
// know it. Here each inline script so marked is allowed by its SHA-256 hash
// instead, and the rest of the marks get a nonce made for this copy alone.
// docs/decisions/0026-shared-cache-and-static-csp.md.
import { createHash, randomBytes } from "node:crypto";
import { contentSecurityPolicy } from "@/lib/security-headers";
import { surrogateKeys } from "./tags";

export type CachedPage = { body: Buffer; bytes: number; etag: string; lastModified: string; headers: [string, string][] };

export type SealInput = {
  pathname: string;
  body: string;
  /** The render's placeholder nonce. */
  placeholder: string;
  /** The render's headers, less those that describe only that response. */
  headers: [string, string][];
  cacheControl: string;
  now?: Date;
};

const SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script>/gi;

/** Hashes as CSP computes them: over the script's text, line breaks normalised by the HTML parser. */
function scriptHash(text: string) {
  return createHash("sha256").update(text.replace(/\r\n?/g, "\n")).digest("base64");
}

export function sealPage({ pathname, body, placeholder, headers, cacheControl, now = new Date() }: SealInput): CachedPage {
  const nonce = randomBytes(18).toString("base64");
  const mark = ` nonce="${nonce}"`;
  const hashes = new Set<string>();
  // The placeholder also appears in Next's flight data (for scripts it adds
  // later): replace it everywhere first, then hash, so the hashes match.
  const html = body.replaceAll(placeholder, nonce).replace(SCRIPT, (whole, attrs: string, text: string) => {
    if (!attrs.includes(mark) || /\ssrc\s*=/i.test(attrs)) return whole;
    hashes.add(scriptHash(text));
    return `<script${attrs.replace(mark, "")}>${text}</script>`;
  });
  const bytes = Buffer.from(html);
  const etag = `"${createHash("sha256").update(bytes).digest("base64url").slice(0, 27)}"`;
  const lastModified = new Date(Math.floor(now.getTime() / 1000) * 1000).toUTCString();
  const tags = surrogateKeys(pathname, html);
  // Next's own Vary (its RSC headers) stays: a router fetch must never get this HTML.
  const vary = headers.find(([name]) => name === "vary")?.[1] ?? "";
  return {
    body: bytes,
    bytes: bytes.length,
    etag,
    lastModified,
    headers: [
      ...headers.filter(([name]) => name !== "cache-control" && name !== "vary"),
      ["vary", /accept-encoding/i.test(vary) ? vary : [vary, "Accept-Encoding"].filter(Boolean).join(", ")],
      ["content-security-policy", contentSecurityPolicy(nonce, false, [...hashes])],
      ["cache-control", cacheControl],
      ["etag", etag],
      ["last-modified", lastModified],
      ["surrogate-key", tags.join(" ")],
      ["cache-tag", tags.join(",")],
    ],
  };
}
