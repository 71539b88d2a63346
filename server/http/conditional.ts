import "server-only";
import { createHash, randomUUID } from "node:crypto";
import { isSignedIn } from "@/lib/page-cache/page-cache";
import { readerGeneration } from "@/server/cache/reader-cache";
import { PUBLIC_READER_CACHE, SIGNED_IN_CACHE } from "@/server/http/cache-control";

// A new process may count data versions from the same numbers again, so the
// tag includes a per-process id: a restart never yields a false 304.
const BOOT = randomUUID();

/**
 * Answers a reader GET with an ETag derived from the reader data generation
 * and the URL, and with 304 when the client already has it. Feed readers and
 * API pollers then cost almost nothing between changes: browsers revalidate
 * every time, shared caches keep it for the s-maxage of ADR 0026. Anonymous
 * requests are normally answered by the page cache in proxy.ts before this
 * runs; a signed-in request's answer is kept by nobody.
 */
export async function withReaderEtag(request: Request, make: () => Promise<Response>): Promise<Response> {
  const generation = await readerGeneration();
  if (generation === null) return make();
  const etag = `W/"${createHash("sha256").update(`${BOOT}|${generation}|${request.url}`).digest("base64url").slice(0, 22)}"`;
  const headers = { etag, "cache-control": isSignedIn(request.headers) ? SIGNED_IN_CACHE : PUBLIC_READER_CACHE };
  const sent = request.headers.get("if-none-match");
  if (sent && sent.split(/\s*,\s*/).includes(etag)) return new Response(null, { status: 304, headers });
  const response = await make();
  if (response.status === 200) for (const [k, v] of Object.entries(headers)) response.headers.set(k, v);
  return response;
}
