import { expect, test } from "./fixtures";

// An imported article full of markup and script must show as inert text on
// every page: desk and reader alike.
const HOSTILE = [
  `<script>window.__xss = "script";alert("script")</script>`,
  `<img src=x onerror="window.__xss='img';alert('img')">`,
  `<a href="javascript:window.__xss='link';alert('link')">click me</a>`,
  `<svg onload="window.__xss='svg'"></svg>`,
  `<iframe src="javascript:alert('frame')"></iframe>`,
  `"><script>window.__xss='attr'</script>`,
].join(" ");
const TEXT = `Sources say the band will play a secret encore. ${HOSTILE} More details are expected soon.`;
const QUOTE = `<img src=x onerror="window.__xss='img';alert('img')">`;

test("script tags, event handlers and javascript: URLs in an article stay inert text everywhere", async ({ page, editor, browser, baseURL }) => {
  void editor;
  const dialogs: string[] = [];
  page.on("dialog", (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  const api = page.request;
  const article = await api.post("/api/v1/articles", {
    data: { outlet: `<b onmouseover="alert(1)">Evil Outlet</b>`, publishedAt: "2025-03-01", title: `<script>alert("title")</script>`, text: TEXT },
  });
  expect(article.status()).toBe(201);
  const articleId = (await article.json()).id as string;
  // Only a claim with an event can be published (issue 11).
  const event = await api.post("/api/v1/events", { data: { name: "Concert night", date: "2025-05-01" } });
  expect(event.status()).toBe(201);
  const start = TEXT.indexOf(QUOTE);
  const claim = await api.post("/api/v1/claims", {
    data: {
      articleId,
      eventId: (await event.json()).id,
      start,
      end: start + QUOTE.length,
      quote: QUOTE,
      statement: `<script>window.__xss="statement"</script>`,
      attributedTo: `<img src=y onerror="alert(2)">`,
      deadline: "2025-06-01",
    },
  });
  expect(claim.status()).toBe(201);
  const { id, version } = await claim.json();
  const verdict = await api.post(`/api/v1/claims/${id}/verdicts`, {
    data: { rating: "refuted", rationale: `<a href="javascript:alert('why')">why</a> nothing was played.`, version, publish: true },
  });
  expect(verdict.status()).toBe(201);
  expect((await api.post(`/api/v1/claims/${id}/publish`, { data: { version: version + 1 } })).status()).toBe(200);

  const reader = await browser.newPage({ baseURL });
  reader.on("dialog", (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  const visits: [typeof page, string][] = [
    [page, `/desk/articles/${articleId}`],
    [page, `/desk/claims/${id}`],
    [page, "/desk/articles"],
    [page, "/desk/claims"],
    [reader, "/"],
    [reader, `/claims/${id}`],
  ];
  for (const [p, url] of visits) {
    const response = await p.goto(url);
    expect(response?.status(), url).toBe(200);
    const csp = response?.headers()["content-security-policy"] ?? "";
    expect(csp, url).toContain("script-src 'self' 'nonce-");
    expect(csp, url).toContain("frame-ancestors 'none'");
    expect(response?.headers()["x-content-type-options"]).toBe("nosniff");
    // The markup is shown as text...
    const main = p.locator("main");
    if (url !== "/desk/articles") await expect(main).toContainText(url.startsWith("/desk/articles/") ? "onerror=" : "window.__xss");
    // ...and none of it became elements or ran.
    // JSON-LD is a data block, never run; its text must not be able to close the element early.
    expect(await main.locator('script:not([type="application/ld+json"]), iframe, svg[onload], img[onerror], [onmouseover]').count(), url).toBe(0);
    for (const block of await main.locator('script[type="application/ld+json"]').allInnerTexts()) expect(block, url).not.toContain("<");
    expect(await main.locator('a[href^="javascript:"]').count(), url).toBe(0);
    expect(await p.evaluate(() => (window as unknown as { __xss?: string }).__xss), url).toBeUndefined();
  }
  expect(dialogs).toEqual([]);
  await reader.close();
});
