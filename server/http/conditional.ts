import "server-only";
import { createHash, randomUUID } from "node:crypto";
import { readerGeneration } from "@/server/cache/reader-cache";

// A new process may count data versions from the same numbers again, so the
// tag includes a per-process id: a restart never yields a false 304.
const BOOT = randomUUID();

/**
 * Answers a reader GET with an ETag derived from the reader data generation
 * and the URL, and with 304 when the client already has it. Feed readers and
 * API pollers then cost almost nothing between changes; `no-cache` makes
 * them ask every time, so a new verdict is never hidden by a cache.
 */
export async function withReaderEtag(request: Request, make: () => Promise<Response>): Promise<Response> {
  const generation = await readerGeneration();
  if (generation === null) return make();
  const etag = `W/"${createHash("sha256").update(`${BOOT}|${generation}|${request.url}`).digest("base64url").slice(0, 22)}"`;
  const headers = { etag, "cache-control": "public, no-cache" };
  const sent = request.headers.get("if-none-match");
  if (sent && sent.split(/\s*,\s*/).includes(etag)) return new Response(null, { status: 304, headers });
  const response = await make();
  if (response.status === 200) for (const [k, v] of Object.entries(headers)) response.headers.set(k, v);
  return response;
}
