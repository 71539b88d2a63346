// Surrogate keys (Fastly, Varnish xkey) / Cache-Tag (Cloudflare, others):
// names for what a cached response shows, so a CDN that caches by tag can
// drop exactly the responses a change touches. server/cache/purge.ts sends
// the same names when something changes. See
// docs/decisions/0026-shared-cache-and-static-csp.md.

/** On every cached reader response: purging it drops them all. */
export const ALL_TAG = "hindsight";
/** Pages whose content aggregates many claims (dashboard, lists, feeds, list APIs): every change purges them. */
export const LISTS_TAG = "lists";
// Beyond this a header grows past what proxies buffer by default (4–8 KiB);
// the page still carries the broad tags above, which every change purges.
const MAX_ENTITY_TAGS = 100;

// An entity's page, its API answer and its Atom feed carry the entity's tag.
const OWN: [RegExp, string][] = [
  [/^\/(?:api\/v1\/)?claims\/([^/]+)(?:\/feed\.xml)?$/, "claim"],
  [/^\/(?:api\/v1\/)?rumors\/([^/]+)(?:\/feed\.xml)?$/, "rumor"],
  [/^\/events\/([^/]+)(?:\/feed\.xml)?$/, "event"],
  [/^\/outlets\/([^/]+)(?:\/feed\.xml)?$/, "outlet"],
];
// Links to other entities in the body: the claims a list shows, the event and
// outlet a claim page names.
const LINK = /\/(claims|rumors|events|outlets)\/([A-Za-z0-9_-]{1,80})/g;
const SINGULAR: Record<string, string> = { claims: "claim", rumors: "rumor", events: "event", outlets: "outlet" };
const NOT_AN_ID = new Set(["export", "link"]);

/** Tags for the response at `pathname` with this body, broadest first. */
export function surrogateKeys(pathname: string, body: string): string[] {
  const own = OWN.map(([pattern, kind]) => [pattern.exec(pathname)?.[1], kind] as const).find(([id]) => id !== undefined);
  const tags = new Set<string>([ALL_TAG]);
  if (own) tags.add(`${own[1]}:${own[0]}`);
  else tags.add(LISTS_TAG);
  for (const [, kind, id] of body.matchAll(LINK)) {
    if (tags.size >= MAX_ENTITY_TAGS + 2) break;
    if (!NOT_AN_ID.has(id!)) tags.add(`${SINGULAR[kind!]}:${id}`);
  }
  return [...tags];
}
