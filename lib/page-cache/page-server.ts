// The serving half of the page cache: one render per key and generation,
// however many readers miss together; a fresh nonce joined into every copy.
// proxy.ts supplies how to render and how to tell the data generation; tests
// supply fakes. See docs/decisions/0015-reader-page-cache.md.
import { PageCache, pageWithNonce, type CachedPage } from "./page-cache";

export type PageServerOptions = {
  maxBytes: number;
  /** Moves whenever reader data may have changed, as of a check begun after the call; null: cannot tell, so never cache. */
  generation: () => string | null | Promise<string | null>;
  /** Renders `key` (path + query) with the placeholder nonce; null if it must not be cached. */
  render: (key: string) => Promise<CachedPage | null>;
};

export type ServedPage = { body: Buffer; headers: [string, string][]; hit: boolean };

export function createPageServer({ maxBytes, generation, render }: PageServerOptions) {
  const cache = new PageCache(maxBytes);
  const pending = new Map<string, Promise<CachedPage | null>>();

  function fill(current: string, key: string): Promise<CachedPage | null> {
    const id = `${current}\n${key}`;
    let page = pending.get(id);
    if (!page) {
      page = render(key)
        .then((rendered) => {
          if (rendered) cache.set(current, key, rendered);
          return rendered;
        })
        // A failed render falls back to rendering this request normally.
        .catch(() => null)
        .finally(() => pending.delete(id));
      pending.set(id, page);
    }
    return page;
  }

  /** The page for `key` with `nonce` in place of the placeholder, or null to render per request. */
  async function serve(key: string, nonce: string): Promise<ServedPage | null> {
    const current = await generation();
    if (current === null) return null;
    const cached = cache.get(current, key);
    const page = cached ?? (await fill(current, key));
    if (!page) return null;
    return { body: pageWithNonce(page, nonce), headers: page.headers, hit: cached !== undefined };
  }

  return { serve, size: () => cache.size };
}
