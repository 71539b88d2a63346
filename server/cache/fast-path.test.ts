import { describe, expect, it } from "vitest";
import { createPageServer } from "@/lib/page-cache/page-server";
import { sealPage } from "@/lib/page-cache/seal";
import { gunzipSync } from "node:zlib";
import { acceptsGzip, fastPath } from "./fast-path";

const PLACEHOLDER = "UExBQ0VIT0xERVI=";
const CACHE = "public, max-age=0, s-maxage=60, stale-while-revalidate=60";
const HTML = { accept: "text/html" };

function setup() {
  let generation: string | null = "1";
  let renders = 0;
  const pages = createPageServer({
    maxBytes: 100_000,
    generation: () => generation,
    render: async (key) => {
      renders++;
      const body = `<p>${key} v${generation}</p>` + (key.startsWith("/claims/big") ? "x".repeat(4000) : "");
      const headers: [string, string][] = [
        ["content-type", "text/html"],
        ["x-frame-options", "DENY"],
      ];
      return sealPage({ pathname: key.split("?")[0]!, body, placeholder: PLACEHOLDER, headers, cacheControl: CACHE });
    },
  });
  return { pages, fast: fastPath(pages.hit, "x-hindsight-render"), renders: () => renders, setGeneration: (g: string | null) => (generation = g) };
}

const header = (headers: string[], name: string) => {
  const i = headers.findIndex((value, at) => at % 2 === 0 && value === name);
  return i < 0 ? undefined : headers[i + 1];
};

describe("the page cache's fast path (scripts/serve.mjs)", () => {
  it("answers only what proxy.ts already cached, never rendering itself", async () => {
    const { pages, fast, renders } = setup();
    expect(await fast("GET", "/claims/a", HTML)).toBeNull();
    expect(renders()).toBe(0);
    await pages.serve("/claims/a");
    const answer = await fast("GET", "/claims/a", {});
    expect(answer?.status).toBe(200);
    expect(answer?.body?.toString()).toBe("<p>/claims/a v1</p>");
    expect(renders()).toBe(1);
    const headers = answer!.headers;
    expect(header(headers, "x-page-cache")).toBe("hit");
    expect(header(headers, "content-length")).toBe(String(answer!.body!.length));
    expect(header(headers, "cache-control")).toBe(CACHE);
    expect(header(headers, "content-security-policy")).toMatch(/script-src 'self' 'nonce-/);
    // The copy's headers (next.config.ts's among them), each once.
    expect(header(headers, "x-frame-options")).toBe("DENY");
    const names = headers.filter((_, i) => i % 2 === 0);
    expect(new Set(names).size).toBe(names.length);
  });

  it("compresses as Next does, once per copy, for clients that accept gzip", async () => {
    const { pages, fast } = setup();
    await pages.serve("/claims/big");
    const plain = await fast("GET", "/claims/big", HTML);
    const zipped = await fast("GET", "/claims/big", { ...HTML, "accept-encoding": "gzip, deflate, br" });
    expect(header(zipped!.headers, "content-encoding")).toBe("gzip");
    expect(header(zipped!.headers, "content-length")).toBe(String(zipped!.body!.length));
    expect(gunzipSync(zipped!.body!).equals(plain!.body!)).toBe(true);
    expect(header(plain!.headers, "content-encoding")).toBeUndefined();
    // Small copies go as they are.
    await pages.serve("/claims/a");
    expect(header((await fast("GET", "/claims/a", { "accept-encoding": "gzip" }))!.headers, "content-encoding")).toBeUndefined();
    expect([acceptsGzip("gzip;q=0"), acceptsGzip("br"), acceptsGzip("*"), acceptsGzip("deflate, GZIP;q=0.5"), acceptsGzip(null)]).toEqual([
      false,
      false,
      true,
      true,
      false,
    ]);
  });

  it("answers validators with 304 and HEAD without a body", async () => {
    const { pages, fast } = setup();
    const etag = (await pages.serve("/"))!.page.etag;
    const unchanged = await fast("GET", "/", { ...HTML, "if-none-match": `W/${etag}` });
    expect([unchanged?.status, unchanged?.body, unchanged?.headers.includes("content-type")]).toEqual([304, null, false]);
    const changed = await fast("GET", "/", { ...HTML, "if-none-match": '"other"' });
    expect(changed?.status).toBe(200);
    const head = await fast("HEAD", "/", HTML);
    expect([head?.status, head?.body]).toEqual([200, null]);
  });

  it("leaves signed-in callers, router fetches, writes and other spellings of the URL to Next", async () => {
    const { pages, fast } = setup();
    await pages.serve("/events");
    await pages.serve("/api/v1/claims");
    expect(await fast("GET", "/events", { cookie: "better-auth.session_token=abc" })).toBeNull();
    expect(await fast("GET", "/api/v1/claims", { authorization: "Bearer hs_x" })).toBeNull();
    expect(await fast("GET", "/events", { rsc: "1" })).toBeNull();
    expect(await fast("GET", "/events", { "sec-fetch-dest": "empty", ...HTML })).toBeNull();
    expect(await fast("POST", "/api/v1/claims", {})).toBeNull();
    expect(await fast("GET", "/events?", HTML)).toBeNull();
    // The page cache's own render of a miss always reaches Next.
    expect(await fast("GET", "/events", { ...HTML, "x-hindsight-render": "secret" })).toBeNull();
    expect(await fast("GET", "/events?_rsc=1", HTML)).toBeNull();
    expect(await fast("GET", "http://evil.test/events", HTML)).toBeNull();
    expect((await fast("GET", "/events", { "sec-fetch-dest": "document" }))?.status).toBe(200);
  });

  it("misses as soon as the data generation moves, and whenever it cannot be told", async () => {
    const { pages, fast, setGeneration } = setup();
    await pages.serve("/outlets");
    setGeneration("2");
    expect(await fast("GET", "/outlets", HTML)).toBeNull();
    await pages.serve("/outlets");
    expect((await fast("GET", "/outlets", HTML))?.body?.toString()).toContain("v2");
    setGeneration(null);
    expect(await fast("GET", "/outlets", HTML)).toBeNull();
  });
});
