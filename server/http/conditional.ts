import "server-only";
import { createHash } from "node:crypto";
import { isSignedIn } from "@/lib/page-cache/page-cache";
import { readerGeneration } from "@/server/cache/reader-cache";
import { PUBLIC_READER_CACHE, SIGNED_IN_CACHE } from "@/server/cache/cache-control";

// The tag is a hash of the body readers get, so it depends on published data
// only: a draft edit moves the reader generation (the caches cannot tell a
// draft from a published change) but not the tag, and readers learn nothing
// from it (issue 11). Being content-addressed it is also the same on every
// app server and after a restart. Within one generation the tag of a URL is
// remembered, so a matching If-None-Match costs no read at all.
const MAX_REMEMBERED = 500;
const remembered = new Map<string, string>();
let rememberedFor: string | null = null;

const tagOf = (body: Uint8Array) => `W/"${createHash("sha256").update(body).digest("base64url").slice(0, 22)}"`;
const matches = (request: Request, etag: string) => (request.headers.get("if-none-match") ?? "").split(/\s*,\s*/).includes(etag);

/**
 * Answers a reader GET with an ETag of its body and with 304 when the client
 * already has it. Feed readers and API pollers then cost almost nothing
 * between changes: browsers revalidate every time, shared caches keep it for
 * the s-maxage of ADR 0026. Anonymous requests are normally answered by the
 * page cache in proxy.ts before this runs; a signed-in request's answer is
 * kept by nobody.
 */
export async function withReaderEtag(request: Request, make: () => Promise<Response>): Promise<Response> {
  const generation = await readerGeneration();
  if (generation !== rememberedFor) {
    remembered.clear();
    rememberedFor = generation;
  }
  const headers = (etag: string) => ({ etag, "cache-control": isSignedIn(request.headers) ? SIGNED_IN_CACHE : PUBLIC_READER_CACHE });
  const known = generation === null ? undefined : remembered.get(request.url);
  if (known && matches(request, known)) return new Response(null, { status: 304, headers: headers(known) });
  const response = await make();
  if (response.status !== 200) return response;
  const body = new Uint8Array(await response.arrayBuffer());
  const etag = tagOf(body);
  if (generation !== null && rememberedFor === generation) {
    if (remembered.size >= MAX_REMEMBERED) remembered.delete(remembered.keys().next().value!);
    remembered.set(request.url, etag);
  }
  if (matches(request, etag)) return new Response(null, { status: 304, headers: headers(etag) });
  const answer = new Response(body, { status: 200, headers: response.headers });
  for (const [k, v] of Object.entries(headers(etag))) answer.headers.set(k, v);
  return answer;
}
