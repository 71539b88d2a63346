// The serving half of the page cache: one render per key and generation,
// however many readers miss together. proxy.ts supplies how to render and how
// to tell the data generation; tests supply fakes.
// See docs/decisions/0015-reader-page-cache.md and 0026-shared-cache-and-static-csp.md.
import { PageCache } from "./page-cache";
import type { CachedPage } from "./seal";

export type PageServerOptions = {
  maxBytes: number;
  /** Moves whenever reader data may have changed, as of a check begun after the call; null: cannot tell, so never cache. */
  generation: () => string | null | Promise<string | null>;
  /** Renders `key` (path + query) into the copy every reader gets; null if it must not be cached. */
  render: (key: string) => Promise<CachedPage | null>;
};

export type ServedPage = { page: CachedPage; hit: boolean };

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

  /** The shared copy for `key`, or null to render this request per request. */
  async function serve(key: string): Promise<ServedPage | null> {
    const current = await generation();
    if (current === null) return null;
    const cached = cache.get(current, key);
    const page = cached ?? (await fill(current, key));
    return page ? { page, hit: cached !== undefined } : null;
  }

  /** The stored copy for `key` in the current generation, or null; never renders (scripts/serve.mjs's fast path). */
  async function hit(key: string): Promise<CachedPage | null> {
    const current = await generation();
    return current === null ? null : (cache.get(current, key) ?? null);
  }

  return { serve, hit, size: () => cache.size };
}
