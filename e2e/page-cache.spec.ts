import type { APIResponse } from "@playwright/test";
import { expect, test } from "./fixtures";
import { publishVerdictInDesk } from "./support/desk";

// Anonymous readers get reader pages from the page cache in proxy.ts
// (docs/decisions/0015-reader-page-cache.md, 0026-shared-cache-and-static-csp.md):
// the same bytes for everyone, cacheable by shared caches, under a CSP that
// hashes the inline scripts. These tests hold it to the CSP, to immediate
// invalidation, to validators, and to never mixing readers with editors.
const HER = "H.E.R. will sing the U.S. national anthem live at the Stade de France as part of the handover to Los Angeles.";

function nonceOf(response: APIResponse | { headers(): Record<string, string> }) {
  return /'nonce-([^']+)'/.exec(response.headers()["content-security-policy"] ?? "")?.[1] ?? "";
}

// What a browser's navigation sends; curl and bots send */* and get the same copy.
const HTML = { Accept: "text/html" };
const markup = (html: string) => html.replace(/<script\b[^>]*>[\s\S]*?<\/script>/g, "");

test("an anonymous reader gets cached pages whose scripts run under the CSP, and an editor's verdict on the next load", async ({
  page,
  freshDb,
  editor,
  browser,
  baseURL,
}) => {
  void editor;
  freshDb.seedDemo();
  const reader = await browser.newPage({ baseURL });
  const problems: string[] = [];
  await reader.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (e) => console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`));
  });
  reader.on("console", (m) => {
    if (m.type() === "error") problems.push(m.text());
  });
  reader.on("pageerror", (e) => problems.push(e.message));

  await reader.goto("/?q=anthem");
  await reader.getByRole("article", { name: HER }).getByRole("link", { name: HER }).click();
  await expect(reader.getByRole("heading", { level: 1 })).toHaveText(HER);
  const claimUrl = new URL(reader.url()).pathname;
  await reader.request.get(claimUrl, { headers: HTML });

  const first = await reader.goto(claimUrl);
  expect(first?.headers()["x-page-cache"]).toBe("hit");
  const second = await reader.request.get(claimUrl, { headers: HTML });
  expect(second.headers()["x-page-cache"]).toBe("hit");
  // One copy for everyone: the same policy and validator on every response;
  // inline scripts are allowed by their hashes, external ones by this copy's nonce.
  expect(second.headers()["content-security-policy"]).toBe(first?.headers()["content-security-policy"]);
  expect(second.headers()["etag"]).toBe(first?.headers()["etag"]);
  expect(second.headers()["content-security-policy"]).toMatch(/script-src 'self' 'nonce-[^']+'( 'sha256-[^']+')+ 'strict-dynamic'/);
  expect(second.headers()["content-security-policy"]).not.toContain("unsafe-inline");
  const html = await second.text();
  expect(html).toContain(`nonce="${nonceOf(second)}"`);
  expect(html).not.toMatch(/<script nonce=[^>]*>[^<]/);
  expect(second.headers()["cache-control"]).toMatch(/^public, max-age=0, s-maxage=\d+, stale-while-revalidate=\d+$/);
  expect(second.headers()["surrogate-key"]).toContain(`claim:${claimUrl.split("/").pop()}`);
  // Validators: a browser or a shared cache revalidates for nothing.
  const again = await reader.request.get(claimUrl, { headers: { ...HTML, "If-None-Match": second.headers()["etag"]! } });
  expect(again.status()).toBe(304);
  // Without Accept: text/html (curl, bots, feed readers): the same copy.
  const bot = await reader.request.get(claimUrl, { headers: { Accept: "*/*" } });
  expect([bot.headers()["x-page-cache"], bot.headers()["etag"]]).toEqual(["hit", second.headers()["etag"]]);
  // Next's bootstrap scripts ran (they set window.next) and nothing was blocked.
  await reader.waitForFunction(() => typeof (window as unknown as { next?: { version?: string } }).next?.version === "string");
  await reader.getByRole("link", { name: "Events" }).first().click();
  await expect(reader).toHaveURL(/\/events$/);
  expect(problems).toEqual([]);

  await publishVerdictInDesk(page, HER, "Refuted", "A correction published later says she did not sing at all.");

  const after = await reader.goto(claimUrl);
  expect(after?.headers()["x-page-cache"]).toBe("miss");
  await expect(reader.locator("main [data-rating]").first()).toHaveAttribute("data-rating", "refuted");
  await reader.goto("/?rating=refuted");
  await expect(reader.getByRole("article", { name: HER })).toBeVisible();
  expect(problems).toEqual([]);
  await reader.close();
});

test("a signed-in editor gets reader pages rendered per request, identical to the cached ones; HEAD works", async ({
  page,
  freshDb,
  editor,
  browser,
  baseURL,
}) => {
  // Five pages, three API/feed responses, each asked for several ways: more than a minute on a loaded machine.
  test.slow();
  void editor;
  freshDb.seedDemo();
  const anonymous = await browser.newContext({ baseURL });
  const claims = await (await anonymous.request.get("/api/v1/claims?limit=1")).json();
  for (const url of ["/", `/claims/${claims.items[0].id}`, "/events", "/outlets", "/methodology"]) {
    await anonymous.request.get(url, { headers: HTML });
    const cached = await anonymous.request.get(url, { headers: HTML });
    expect(cached.headers()["x-page-cache"], url).toBe("hit");
    expect(cached.headers()["set-cookie"], url).toBeUndefined();
    expect(cached.headers()["cache-control"], url).toContain("public");
    const mine = await page.request.get(url, { headers: HTML });
    expect(mine.status(), url).toBe(200);
    expect(mine.headers()["x-page-cache"], url).toBeUndefined();
    expect(mine.headers()["cache-control"], url).toContain("no-store");
    expect(mine.headers()["cache-control"], url).not.toContain("public");
    // Reader pages read no session: the same markup but for the nonce (React
    // may stream its data rows in another order), so a shared copy could not
    // leak anything of an editor's, nor miss anything of theirs.
    const [own, shared] = [(await mine.text()).replaceAll(nonceOf(mine), "NONCE"), (await cached.text()).replaceAll(nonceOf(cached), "NONCE")];
    expect(markup(own), url).toBe(markup(shared));

    const head = await anonymous.request.head(url, { headers: HTML });
    expect(head.status(), url).toBe(200);
    expect(head.headers()["content-type"], url).toContain("text/html");
    expect((await head.body()).length, url).toBe(0);
  }
  // The public API and feeds: one shared copy too, never for a signed-in caller.
  for (const url of ["/api/v1/claims", `/api/v1/claims/${claims.items[0].id}`, "/feed.xml"]) {
    await anonymous.request.get(url);
    const shared = await anonymous.request.get(url);
    expect([shared.headers()["x-page-cache"], shared.headers()["cache-control"]?.split(",")[0]], url).toEqual(["hit", "public"]);
    const mine = await page.request.get(url);
    expect(mine.headers()["x-page-cache"], url).toBeUndefined();
    expect(mine.headers()["cache-control"], url).toContain("no-store");
  }
  // Client-side navigation asks for RSC payloads, which are never served from the page cache.
  const fetches: Record<string, string>[] = [
    { RSC: "1" },
    { RSC: "1", "Next-Router-Prefetch": "1", Accept: "*/*" },
    { "Sec-Fetch-Dest": "empty", Accept: "text/html" },
  ];
  for (const headers of fetches) {
    const rsc = await anonymous.request.get("/events", { headers });
    expect(rsc.headers()["x-page-cache"], JSON.stringify(headers)).toBeUndefined();
  }
  await anonymous.close();
});
