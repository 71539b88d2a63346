// The response for a cached copy: 304 when the client's validator matches
// (RFC 9110: If-None-Match wins over If-Modified-Since), else the bytes.
import type { CachedPage } from "./seal";

export function notModified(headers: Pick<Headers, "get">, page: CachedPage): boolean {
  const tags = headers.get("if-none-match");
  if (tags !== null) return tags.split(",").some((tag) => tag.trim() === "*" || tag.trim().replace(/^W\//, "") === page.etag);
  const since = Date.parse(headers.get("if-modified-since") ?? "");
  return !Number.isNaN(since) && Date.parse(page.lastModified) <= since;
}

export function cachedResponse(request: { method: string; headers: Headers }, page: CachedPage, hit: boolean): Response {
  const unchanged = notModified(request.headers, page);
  const headers = new Headers(page.headers);
  headers.set("x-page-cache", hit ? "hit" : "miss");
  if (unchanged) headers.delete("content-type");
  const body = unchanged || request.method === "HEAD" ? null : (page.body as unknown as BodyInit);
  return new Response(body, { status: unchanged ? 304 : 200, headers });
}
