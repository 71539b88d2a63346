import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { PageCache, isPageKey, pageCacheKey } from "./page-cache";
import { createPageServer } from "./page-server";
import { cachedResponse, notModified } from "./respond";
import { sealPage } from "./seal";
import { surrogateKeys } from "./tags";

const PLACEHOLDER = "UExBQ0VIT0xERVI=";
const CACHE = "public, max-age=0, s-maxage=60, stale-while-revalidate=60";

function request(url: string, init: { method?: string; headers?: Record<string, string> } = {}) {
  const parsed = new URL(url, "http://reader.test");
  const headers = new Headers({ accept: "text/html,application/xhtml+xml,*/*;q=0.8", ...init.headers });
  return { method: init.method ?? "GET", pathname: parsed.pathname, search: parsed.search, searchParams: parsed.searchParams, headers };
}

const seal = (body: string, pathname = "/") =>
  sealPage({ pathname, body, placeholder: PLACEHOLDER, headers: [["content-type", "text/html"]], cacheControl: CACHE });
const header = (page: ReturnType<typeof seal>, name: string) => page.headers.find(([n]) => n === name)?.[1] ?? "";

describe("pageCacheKey", () => {
  it("keys anonymous GETs and HEADs of reader pages, feeds and the public API by path and query, whatever they accept", () => {
    expect(pageCacheKey(request("/"))).toBe("/");
    expect(pageCacheKey(request("/?verdict=false&q=tax"))).toBe("/?verdict=false&q=tax");
    expect(pageCacheKey(request("/claims/abc", { method: "HEAD" }))).toBe("/claims/abc");
    for (const page of ["/methodology", "/events", "/events/budget-2026", "/outlets", "/outlets/daily-news", "/rumors/r1"])
      expect(pageCacheKey(request(page))).toBe(page);
    // curl, bots, link checkers and feed readers send */* or nothing at all.
    expect(pageCacheKey(request("/", { headers: { accept: "*/*" } }))).toBe("/");
    const bare = request("/claims/abc");
    bare.headers.delete("accept");
    expect(pageCacheKey(bare)).toBe("/claims/abc");
    for (const url of [
      "/feed.xml",
      "/claims/abc/feed.xml",
      "/rumors/r1/feed.xml",
      "/events/budget-2026/feed.xml",
      "/outlets/daily-news/feed.xml",
      "/claim-reviews.jsonld",
      "/api/v1/claims?limit=20",
      "/api/v1/claims/abc",
      "/api/v1/events",
      "/api/v1/outlets",
      "/api/v1/rumors",
      "/api/v1/rumors/r1",
    ]) {
      expect(pageCacheKey(request(url, { headers: { accept: "application/json", "sec-fetch-dest": "empty" } })), url).toBe(url);
      expect(isPageKey(url), url).toBe(false);
    }
    expect(isPageKey("/claims/abc?x=1")).toBe(true);
  });

  it("leaves the desk, sign-in, exports, images and writes to render per request", () => {
    for (const url of [
      "/desk",
      "/desk/claims/abc",
      "/login",
      "/api/v1/claims/export",
      "/api/v1/claims/link",
      "/api/v1/desk/claims/a",
      "/api/v1/tokens",
      "/claims/abc/opengraph-image-1sl250",
      "/claims",
      "/rumors",
    ]) {
      expect(pageCacheKey(request(url)), url).toBeNull();
    }
    expect(pageCacheKey(request("/", { method: "POST" }))).toBeNull();
    expect(pageCacheKey(request("/api/v1/claims", { method: "POST" }))).toBeNull();
  });

  it("never serves or stores a shared copy for a session, a token or a router fetch", () => {
    expect(pageCacheKey(request("/", { headers: { cookie: "theme=dark; better-auth.session_token=abc" } }))).toBeNull();
    expect(pageCacheKey(request("/api/v1/claims", { headers: { cookie: "__Secure-better-auth.session_token=abc" } }))).toBeNull();
    expect(pageCacheKey(request("/api/v1/claims", { headers: { authorization: "Bearer hs_x" } }))).toBeNull();
    expect(pageCacheKey(request("/", { headers: { cookie: "theme=dark" } }))).toBe("/");
    for (const name of ["RSC", "Next-Router-Prefetch", "Next-Router-State-Tree", "Next-Router-Segment-Prefetch", "Next-Action"]) {
      expect(pageCacheKey(request("/claims/abc", { headers: { [name]: "1" } }))).toBeNull();
    }
    expect(pageCacheKey(request("/claims/abc?_rsc=x1y2"))).toBeNull();
    expect(pageCacheKey(request("/claims/abc", { headers: { accept: "text/x-component" } }))).toBeNull();
    expect(pageCacheKey(request("/claims/abc", { headers: { accept: "*/*", "sec-fetch-dest": "empty" } }))).toBeNull();
    expect(pageCacheKey(request("/claims/abc", { headers: { "sec-fetch-dest": "document" } }))).toBe("/claims/abc");
  });
});

describe("sealPage", () => {
  const sha = (text: string) => createHash("sha256").update(text).digest("base64");

  it("allows the render's own inline scripts by hash, marks its external ones with a nonce of this copy, and nothing injected", () => {
    const body =
      `<script src="/_next/static/a.js" nonce="${PLACEHOLDER}" async></script>` +
      `<script nonce="${PLACEHOLDER}">self.__next_f.push([1,"nonce ${PLACEHOLDER}"])</script>` +
      `<script>alert("injected")</script><script nonce="guess">alert(2)</script>` +
      `<script type="application/ld+json">{"a":1}</script>`;
    const page = seal(body);
    const html = page.body.toString();
    const csp = header(page, "content-security-policy");
    const nonce = /'nonce-([^']+)'/.exec(csp)![1]!;
    expect(nonce).not.toBe(PLACEHOLDER);
    expect(html).not.toContain(PLACEHOLDER);
    expect(html).toContain(`<script src="/_next/static/a.js" nonce="${nonce}" async></script>`);
    // The inline script loses its nonce; its text (with the new nonce inside) is hashed.
    const inline = `self.__next_f.push([1,"nonce ${nonce}"])`;
    expect(html).toContain(`<script>${inline}</script>`);
    expect(csp).toContain(`script-src 'self' 'nonce-${nonce}' 'sha256-${sha(inline)}' 'strict-dynamic'`);
    expect(csp).not.toContain(sha(`alert("injected")`));
    expect(csp).not.toContain(sha("alert(2)"));
    expect(csp).not.toContain("unsafe-inline");
    expect(csp.match(/'sha256-/g)).toHaveLength(1);
  });

  it("gives the copy validators, the shared Cache-Control and the names of what it shows", () => {
    const page = seal(`<a href="/claims/c1">x</a><a href="/events/paris-2024">e</a><a href="/outlets/le-monde">o</a>`, "/claims/c9");
    expect(header(page, "cache-control")).toBe(CACHE);
    expect(header(page, "etag")).toBe(page.etag);
    expect(page.etag).toMatch(/^"[\w-]{27}"$/);
    expect(header(page, "last-modified")).toBe(page.lastModified);
    expect(header(page, "surrogate-key")).toBe("hindsight claim:c9 claim:c1 event:paris-2024 outlet:le-monde");
    expect(header(page, "cache-tag")).toBe("hindsight,claim:c9,claim:c1,event:paris-2024,outlet:le-monde");
    expect(header(page, "vary")).toBe("Accept-Encoding");
  });
});

describe("surrogateKeys", () => {
  it("names the response's own entity, or marks it as a list, and every entity it links to", () => {
    expect(surrogateKeys("/", `<a href="/claims/a">a</a> <a href="/claims/export">`)).toEqual(["hindsight", "lists", "claim:a"]);
    expect(surrogateKeys("/api/v1/claims/x", `{"id":"x"}`)).toEqual(["hindsight", "claim:x"]);
    expect(surrogateKeys("/api/v1/rumors/r", "")).toEqual(["hindsight", "rumor:r"]);
    expect(surrogateKeys("/outlets/bbc", "")).toEqual(["hindsight", "outlet:bbc"]);
    expect(surrogateKeys("/feed.xml", "")).toEqual(["hindsight", "lists"]);
    // Each entity's Atom feed carries that entity's tag, so its purge reaches the feed.
    expect(surrogateKeys("/claims/c1/feed.xml", "")).toEqual(["hindsight", "claim:c1"]);
    expect(surrogateKeys("/rumors/r1/feed.xml", "")).toEqual(["hindsight", "rumor:r1"]);
    expect(surrogateKeys("/events/paris/feed.xml", "")).toEqual(["hindsight", "event:paris"]);
    expect(surrogateKeys("/outlets/bbc/feed.xml", "")).toEqual(["hindsight", "outlet:bbc"]);
    const many = Array.from({ length: 300 }, (_, i) => `/claims/c${i}`).join(" ");
    expect(surrogateKeys("/", many).length).toBeLessThanOrEqual(102);
  });
});

describe("conditional requests", () => {
  const page = seal("<p>same</p>");
  it("answers 304 to a matching If-None-Match (weak or strong) or a later If-Modified-Since, with no body", async () => {
    expect(notModified(new Headers({ "if-none-match": `"other", W/${page.etag}` }), page)).toBe(true);
    expect(notModified(new Headers({ "if-none-match": `"other"`, "if-modified-since": new Date(Date.now() + 60_000).toUTCString() }), page)).toBe(false);
    expect(notModified(new Headers({ "if-modified-since": page.lastModified }), page)).toBe(true);
    expect(notModified(new Headers({ "if-modified-since": new Date(Date.parse(page.lastModified) - 1000).toUTCString() }), page)).toBe(false);
    expect(notModified(new Headers({ "if-modified-since": "yesterday" }), page)).toBe(false);
    const response = cachedResponse({ method: "GET", headers: new Headers({ "if-none-match": page.etag }) }, page, true);
    expect(response.status).toBe(304);
    expect(response.headers.get("etag")).toBe(page.etag);
    expect(await response.text()).toBe("");
    const full = cachedResponse({ method: "GET", headers: new Headers() }, page, false);
    expect([full.status, full.headers.get("x-page-cache"), await full.text()]).toEqual([200, "miss", "<p>same</p>"]);
  });
});

describe("PageCache", () => {
  const page = (size: number) => seal("x".repeat(size));

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
        return seal(`<script nonce="${PLACEHOLDER}"></script>${key} v${generation} #${renders}`);
      },
    });
    return { server, renders: () => renders, setGeneration: (g: string | null) => (generation = g) };
  }

  it("renders once for concurrent misses and then serves the same bytes to everyone", async () => {
    const { server, renders } = setup();
    const [a, b] = await Promise.all([server.serve("/"), server.serve("/")]);
    expect(renders()).toBe(1);
    expect(a?.page.body.equals(b!.page.body)).toBe(true);
    const c = await server.serve("/");
    expect(c?.hit).toBe(true);
    expect(c?.page.etag).toBe(a?.page.etag);
    expect(c?.page.body.toString()).toBe("<script></script>/ v1 #1");
  });

  it("renders again as soon as the data generation moves, and never caches when it is unknown", async () => {
    const { server, renders, setGeneration } = setup();
    const first = await server.serve("/claims/a");
    setGeneration("2");
    const next = await server.serve("/claims/a");
    expect(next?.hit).toBe(false);
    expect(next?.page.body.toString()).toContain("v2");
    expect(next?.page.etag).not.toBe(first?.page.etag);
    setGeneration(null);
    expect(await server.serve("/claims/a")).toBeNull();
    expect(renders()).toBe(2);
  });

  it("falls back to per-request rendering when a render fails or must not be cached", async () => {
    const failing = createPageServer({ maxBytes: 1000, generation: () => "1", render: () => Promise.reject(new Error("down")) });
    expect(await failing.serve("/")).toBeNull();
    const uncachable = createPageServer({ maxBytes: 1000, generation: () => "1", render: async () => null });
    expect(await uncachable.serve("/")).toBeNull();
    expect(uncachable.size()).toEqual({ pages: 0, bytes: 0 });
  });
});
