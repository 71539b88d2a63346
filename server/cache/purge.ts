import "server-only";
import { ALL_TAG, LISTS_TAG } from "@/lib/page-cache/tags";
import { db } from "@/server/platform/db";
import { env } from "@/server/platform/env";
import type { ReaderChange } from "./reader-change";

// Tells shared caches in front (CDN, nginx, Varnish) that reader responses
// changed, so readers behind them see a verdict at once rather than within
// s-maxage (docs/decisions/0026-shared-cache-and-static-csp.md). Called after
// every commit that readerChanged() reports, in the background: a slow or
// failing cache never delays or fails an editor's write (its copies then
// expire after HINDSIGHT_SHARED_MAX_AGE, the stated bound).
//  - a URL without `{path}` gets one request naming the tags (Surrogate-Key,
//    Cache-Tag headers and a JSON body): Fastly, Cloudflare, Varnish xkey;
//  - a URL with `{path}` gets one request per changed path: nginx (which
//    cannot purge by tag) refreshes each of those copies (docs/deploy.md).
// Filtered and searched views are not named: they expire after s-maxage.

/** Unfiltered list pages, feeds and list APIs: every change may change them. */
const LIST_PATHS = ["/", "/events", "/outlets", "/feed.xml", "/claim-reviews.jsonld", "/api/v1/claims", "/api/v1/events", "/api/v1/outlets", "/api/v1/rumors"];

export type PurgeTargets = { tags: string[]; paths: string[] };

/** What a change touches: its claims (and the claims of its rumors), their events and outlets, and every list. */
export async function purgeTargets(change: ReaderChange): Promise<PurgeTargets> {
  const claimIds = change.claimIds ?? [];
  const rumorIds = change.rumorIds ?? [];
  const [claims, events] = await Promise.all([
    db.claim.findMany({
      where: { OR: [{ id: { in: claimIds } }, { rumorId: { in: rumorIds } }] },
      select: { id: true, rumorId: true, event: { select: { slug: true } }, outlet: { select: { slug: true } }, relayedFrom: { select: { slug: true } } },
    }),
    db.event.findMany({ where: { id: { in: change.eventIds ?? [] } }, select: { slug: true } }),
  ]);
  const tags = new Set([LISTS_TAG]);
  const paths = new Set(LIST_PATHS);
  // Given ids first: a deleted claim is no longer found, yet its copies must go.
  for (const id of new Set([...claimIds, ...claims.map((c) => c.id)])) {
    tags.add(`claim:${id}`);
    paths.add(`/claims/${id}`).add(`/claims/${id}/feed.xml`).add(`/api/v1/claims/${id}`);
  }
  for (const id of new Set([...rumorIds, ...claims.map((c) => c.rumorId)])) {
    tags.add(`rumor:${id}`);
    paths.add(`/api/v1/rumors/${id}`).add(`/rumors/${id}/feed.xml`);
  }
  for (const slug of [...claims.map((c) => c.event?.slug), ...events.map((e) => e.slug)]) {
    if (!slug) continue;
    tags.add(`event:${slug}`);
    paths.add(`/events/${slug}`).add(`/events/${slug}/feed.xml`);
  }
  for (const slug of claims.flatMap((c) => [c.outlet.slug, c.relayedFrom?.slug])) {
    if (!slug) continue;
    tags.add(`outlet:${slug}`);
    paths.add(`/outlets/${slug}`).add(`/outlets/${slug}/feed.xml`);
  }
  return { tags: [...tags], paths: [...paths] };
}

function extraHeader(): Record<string, string> {
  const line = env.HINDSIGHT_PURGE_HEADER;
  if (!line) return {};
  const at = line.indexOf(":");
  return { [line.slice(0, at).trim()]: line.slice(at + 1).trim() };
}

async function call(url: string, targets: PurgeTargets) {
  const method = env.HINDSIGHT_PURGE_METHOD;
  const withBody = method === "POST" || method === "PURGE";
  try {
    const response = await fetch(url, {
      method,
      headers: {
        ...extraHeader(),
        "surrogate-key": targets.tags.join(" "),
        "cache-tag": targets.tags.join(","),
        ...(withBody ? { "content-type": "application/json" } : {}),
      },
      body: withBody ? JSON.stringify(targets) : undefined,
      redirect: "manual",
      signal: AbortSignal.timeout(10_000),
    });
    await response.arrayBuffer();
    if (!response.ok) console.warn(`Cache purge ${method} ${url} answered ${response.status}.`);
  } catch (error) {
    console.warn(`Cache purge ${method} ${url} failed: ${(error as Error).message}`);
  }
}

/** Sends the purge for `targets` to every configured URL; resolves when all answered (never rejects). */
export async function sendPurge(targets: PurgeTargets, urls: readonly string[] = env.HINDSIGHT_PURGE_URLS): Promise<void> {
  const calls = urls.flatMap((url) =>
    /\{path\}|%7Bpath%7D/i.test(url) ? targets.paths.map((p) => call(url.replace(/\/?(?:\{path\}|%7Bpath%7D)/i, p), targets)) : [call(url, targets)],
  );
  await Promise.all(calls);
}

// Changes reported close together (one request, an import's batches) go out as one purge.
let pending: { change: Required<ReaderChange>; everything: boolean } | null = null;
let inFlight: Promise<void> = Promise.resolve();

/** Queues a purge for `change`; a change that names nothing purges every copy. */
export function schedulePurge(change: ReaderChange): void {
  const first = pending === null;
  pending ??= { change: { claimIds: [], rumorIds: [], eventIds: [], articleIds: [] }, everything: false };
  const named = Object.values(change).some((ids) => ids && ids.length > 0);
  if (!named) pending.everything = true;
  for (const key of ["claimIds", "rumorIds", "eventIds", "articleIds"] as const) pending.change[key].push(...(change[key] ?? []));
  if (!first) return;
  inFlight = new Promise((resolve) => setTimeout(resolve, 10))
    .then(async () => {
      const batch = pending!;
      pending = null;
      await sendPurge(batch.everything ? { tags: [ALL_TAG], paths: LIST_PATHS } : await purgeTargets(batch.change));
    })
    .catch((error: Error) => console.warn(`Cache purge failed: ${error.message}`));
}

/** Resolves when the purges queued so far have been answered (tests). */
export function purgesSettled(): Promise<void> {
  return inFlight;
}
