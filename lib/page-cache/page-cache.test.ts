import { describe, expect, it } from "vitest";
import { PageCache, pageCacheKey, pageWithNonce, storePage } from "./page-cache";
import { createPageServer } from "./page-server";

const PLACEHOLDER = "UExBQ0VIT0xERVI=";

function request(url: string, init: { method?: string; headers?: Record<string, string> } = {}) {
  const parsed = new URL(url, "http://reader.test");
  const headers = new Headers({ accept: "text/html,application/xhtml+xml,*/*;q=0.8", ...init.headers });
  return { method: init.method ?? "GET", pathname: parsed.pathname, search: parsed.search, searchParams: parsed.searchParams, headers };
}

describe("pageCacheKey", () => {
  it("keys anonymous GETs and HEADs of reader pages by path and query", () => {
    expect(pageCacheKey(request("/"))).toBe("/");
    expect(pageCacheKey(request("/?verdict=false&q=tax"))).toBe("/?verdict=false&q=tax");
    expect(pageCacheKey(request("/claims/abc", { method: "HEAD" }))).toBe("/claims/abc");
    for (const page of ["/methodology", "/events", "/events/budget-2026", "/outlets", "/outlets/daily-news"]) expect(pageCacheKey(request(page))).toBe(page);
  });

  it("leaves the desk, sign-in, API, feeds, images and writes to render per request", () => {
    for (const url of [
      "/desk",
      "/desk/claims/abc",
      "/login",
      "/api/v1/claims",
      "/feed.xml",
      "/claim-reviews.jsonld",
      "/claims/abc/opengraph-image-1sl250",
      "/claims",
    ]) {
      expect(pageCacheKey(request(url))).toBeNull();
    }
    expect(pageCacheKey(request("/", { method: "POST" }))).toBeNull();
  });

  it("never serves a cached page to a session or to client navigation", () => {
    expect(pageCacheKey(request("/", { headers: { cookie: "theme=dark; better-auth.session_token=abc" } }))).toBeNull();
    expect(pageCacheKey(request("/", { headers: { cookie: "__Secure-better-auth.session_token=abc" } }))).toBeNull();
    expect(pageCacheKey(request("/", { headers: { cookie: "theme=dark" } }))).toBe("/");
    for (const name of ["RSC", "Next-Router-Prefetch", "Next-Router-State-Tree", "Next-Router-Segment-Prefetch", "Next-Action"]) {
      expect(pageCacheKey(request("/claims/abc", { headers: { [name]: "1" } }))).toBeNull();
    }
    expect(pageCacheKey(request("/claims/abc?_rsc=x1y2"))).toBeNull();
    // What Next leaves of a router fetch once it has stripped its own headers:
    expect(pageCacheKey(request("/claims/abc", { headers: { accept: "*/*", "sec-fetch-dest": "empty" } }))).toBeNull();
    expect(pageCacheKey(request("/claims/abc", { headers: { accept: "*/*" } }))).toBeNull();
    expect(pageCacheKey(request("/claims/abc", { headers: { "sec-fetch-dest": "empty" } }))).toBeNull();
    expect(pageCacheKey(request("/claims/abc", { headers: { "sec-fetch-dest": "document" } }))).toBe("/claims/abc");
  });
});

describe("nonce rewrite", () => {
  it("puts the response's own nonce wherever the placeholder was", () => {
    const html = `<script nonce="${PLACEHOLDER}">a</script><p>text</p><script nonce="${PLACEHOLDER}">b</script>`;
    const page = storePage(html, PLACEHOLDER, [["content-type", "text/html"]]);
    const body = pageWithNonce(page, "ZnJlc2g=").toString();
    expect(body).toBe(`<script nonce="ZnJlc2g=">a</script><p>text</p><script nonce="ZnJlc2g=">b</script>`);
    expect(pageWithNonce(page, "b3RoZXI=").toString()).not.toContain("ZnJlc2g=");
    expect(page.bytes).toBe(Buffer.byteLength(html) - 2 * PLACEHOLDER.length);
  });
});

describe("PageCache", () => {
  const page = (size: number) => storePage("x".repeat(size), PLACEHOLDER, []);

  it("evicts the least recently used pages to stay within its byte bound", () => {
    const cache = new PageCache(900);
    cache.get("g1", "/");
    cache.set("g1", "/a", page(200));
    cache.set("g1", "/b", page(200));
    cache.set("g1", "/c", page(200));
    cache.get("g1", "/a"); // used: /b is now the oldest
    cache.set("g1", "/d", page(200));
    cache.set("g1", "/e", page(200));
    expect(cache.size.bytes).toBeLessThanOrEqual(900);
    expect(cache.get("g1", "/b")).toBeUndefined();
    expect(cache.get("g1", "/a")).toBeDefined();
    expect(cache.get("g1", "/e")).toBeDefined();
    // Larger than a quarter of the bound: not worth evicting others for.
    cache.set("g1", "/huge", page(300));
    expect(cache.get("g1", "/huge")).toBeUndefined();
  });

  it("empties on a new generation and refuses pages rendered for an older one", () => {
    const cache = new PageCache(10_000);
    cache.get("g1", "/");
    cache.set("g1", "/", page(10));
    expect(cache.get("g2", "/")).toBeUndefined();
    cache.set("g1", "/", page(10));
    expect(cache.get("g2", "/")).toBeUndefined();
    expect(cache.size).toEqual({ pages: 0, bytes: 0 });
  });
});

describe("createPageServer", () => {
  function setup() {
    let generation: string | null = "1";
    let renders = 0;
    const server = createPageServer({
      maxBytes: 1 << 20,
      generation: () => generation,
      render: async (key) => {
        renders++;
        await new Promise((r) => setTimeout(r, 5));
        return storePage(`<script nonce="${PLACEHOLDER}"></script>${key} v${generation} #${renders}`, PLACEHOLDER, [["content-type", "text/html"]]);
      },
    });
    return { server, renders: () => renders, setGeneration: (g: string | null) => (generation = g) };
  }

  it("renders once for concurrent misses and then serves hits with a fresh nonce each", async () => {
    const { server, renders } = setup();
    const [a, b] = await Promise.all([server.serve("/", "bm9uY2Ux"), server.serve("/", "bm9uY2Uy")]);
    expect(renders()).toBe(1);
    expect(a?.body.toString()).toContain('nonce="bm9uY2Ux"');
    expect(b?.body.toString()).toContain('nonce="bm9uY2Uy"');
    const c = await server.serve("/", "bm9uY2Uz");
    expect(c?.hit).toBe(true);
    expect(c?.body.toString()).toBe('<script nonce="bm9uY2Uz"></script>/ v1 #1');
  });

  it("renders again as soon as the data generation moves, and never caches when it is unknown", async () => {
    const { server, renders, setGeneration } = setup();
    await server.serve("/claims/a", "bg==");
    setGeneration("2");
    const next = await server.serve("/claims/a", "bg==");
    expect(next?.hit).toBe(false);
    expect(next?.body.toString()).toContain("v2");
    setGeneration(null);
    expect(await server.serve("/claims/a", "bg==")).toBeNull();
    expect(renders()).toBe(2);
  });

  it("falls back to per-request rendering when a render fails or must not be cached", async () => {
    const failing = createPageServer({ maxBytes: 1000, generation: () => "1", render: () => Promise.reject(new Error("down")) });
    expect(await failing.serve("/", "bg==")).toBeNull();
    const uncachable = createPageServer({ maxBytes: 1000, generation: () => "1", render: async () => null });
    expect(await uncachable.serve("/", "bg==")).toBeNull();
    expect(uncachable.size()).toEqual({ pages: 0, bytes: 0 });
  });
});
