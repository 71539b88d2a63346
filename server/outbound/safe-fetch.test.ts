import type dns from "node:dns";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FULL_ARTICLE, startFixtureSite, type FixtureSite } from "@/test/fixture-site";
import { FetchRefused, safeFetch, USER_AGENT, type FetchOptions } from "./safe-fetch";

// Every refusal against a real HTTP server on loopback: the site records each
// request it gets, so "refused" is proven by the request never arriving.

let site: FixtureSite;
let port: string;
beforeAll(async () => {
  site = await startFixtureSite();
  port = new URL(site.origin).port;
});
afterAll(() => site.close());

const allowed: FetchOptions = { allowPrivateHosts: ["127.0.0.1"] };

async function refusal(url: string, options: FetchOptions = {}) {
  const before = site.requests.length;
  const error = await safeFetch(url, options).then(
    () => null,
    (e: unknown) => e,
  );
  expect(error, url).toBeInstanceOf(FetchRefused);
  return { reason: (error as FetchRefused).reason, message: (error as FetchRefused).message, reached: site.requests.slice(before).map((r) => r.path) };
}

/** A resolver answering every name with these addresses. */
const resolvesTo = (...addresses: string[]) =>
  ((_host: string, _options: unknown, callback: (e: null, a: dns.LookupAddress[]) => void) =>
    callback(
      null,
      addresses.map((address) => ({ address, family: address.includes(":") ? 6 : 4 })),
    )) as unknown as typeof dns.lookup;

describe("safeFetch", () => {
  it("fetches a listed private host with an honest user agent, keeping status, headers and the decoded body", async () => {
    const got = await safeFetch(`${site.origin}/article`, allowed);
    expect(got).toMatchObject({ status: 200, contentType: "text/html", finalUrl: `${site.origin}/article` });
    expect(got.body.toString("utf8")).toBe(FULL_ARTICLE);
    expect(got.headers.find(([k]) => k.toLowerCase() === "content-type")?.[1]).toBe("text/html; charset=utf-8");
    expect(site.requests.at(-1)).toEqual({ path: "/article", userAgent: USER_AGENT });
    expect(USER_AGENT).toMatch(/^Hindsight\/\S+ \(fact-checking archive; \+http/);
  });

  it("decodes gzip, follows redirects within the cap, and returns error pages with their status", async () => {
    expect((await safeFetch(`${site.origin}/gzip`, allowed)).body.toString("utf8")).toBe(FULL_ARTICLE);
    expect((await safeFetch(`${site.origin}/loop?n=2`, { ...allowed, maxRedirects: 2 })).finalUrl).toBe(`${site.origin}/loop?n=0`);
    expect((await safeFetch(`${site.origin}/gone`, allowed)).status).toBe(404);
  });

  it("refuses loopback when the host is not listed, by IP and by a name that resolves to it", async () => {
    expect(await refusal(`${site.origin}/article`)).toMatchObject({ reason: "private-address", reached: [] });
    expect(await refusal(`http://localhost:${port}/article`)).toMatchObject({ reason: "private-address", reached: [] });
    expect(await refusal(`http://localhost:${port}/article`, allowed)).toMatchObject({ reason: "private-address", reached: [] });
  });

  it.each([
    "http://[::1]:PORT/article",
    "http://[::ffff:127.0.0.1]:PORT/article",
    "http://[::ffff:7f00:1]:PORT/article",
    "http://0.0.0.0:PORT/article",
    "http://10.0.0.1/",
    "http://172.16.5.4/",
    "http://192.168.1.1/",
    "http://100.64.0.1/",
    "http://169.254.169.254/latest/meta-data/",
    "http://[fc00::1]/",
    "http://[fd12:3456::1]/",
    "http://[fe80::1]/",
    "http://[::]/",
    "http://2130706433/",
  ])("refuses %s before connecting", async (template) => {
    expect(await refusal(template.replace("PORT", port))).toMatchObject({ reason: "private-address", reached: [] });
  });

  it("refuses a name whose DNS answer holds any private address", async () => {
    expect(await refusal("http://news.example/a", { resolve: resolvesTo("10.0.0.7") })).toMatchObject({ reason: "private-address" });
    expect(await refusal("http://news.example/a", { resolve: resolvesTo("93.184.216.34", "fd00::1") })).toMatchObject({ reason: "private-address" });
    expect(await refusal("http://news.example/a", { resolve: resolvesTo("169.254.169.254") })).toMatchObject({
      message: expect.stringContaining("169.254.169.254"),
    });
  });

  it.each([
    `http://localhost:PORT/article`,
    "http://169.254.169.254/latest/meta-data/",
    "http://[::1]:PORT/article",
    "http://[::ffff:127.0.0.1]:PORT/article",
    "http://10.1.1.1/",
  ])("refuses a redirect to %s: only the redirecting page is reached", async (target) => {
    const to = encodeURIComponent(target.replace("PORT", port));
    expect(await refusal(`${site.origin}/redirect?to=${to}`, allowed)).toMatchObject({ reason: "private-address", reached: [`/redirect?to=${to}`] });
  });

  it("caps redirects, size, time and content types", async () => {
    expect(await refusal(`${site.origin}/loop?n=10`, { ...allowed, maxRedirects: 3 })).toMatchObject({ reason: "redirects" });
    expect(await refusal(`${site.origin}/huge`, { ...allowed, maxBytes: 2 ** 20 })).toMatchObject({
      reason: "too-large",
      message: "The page is larger than 1 MiB.",
    });
    expect(await refusal(`${site.origin}/slow`, { ...allowed, timeoutMs: 300 })).toMatchObject({ reason: "timeout" });
    expect(await refusal(`${site.origin}/report.pdf`, allowed)).toMatchObject({ reason: "content-type", message: expect.stringContaining("application/pdf") });
  });

  it("refuses addresses that are not http(s) or carry credentials", async () => {
    expect(await refusal("file:///etc/passwd")).toMatchObject({ reason: "url" });
    expect(await refusal("ftp://news.example/a")).toMatchObject({ reason: "url" });
    expect(await refusal(`http://user:pw@127.0.0.1:${port}/article`, allowed)).toMatchObject({ reason: "url", reached: [] });
    expect(await refusal("not a url")).toMatchObject({ reason: "url" });
  });
});
