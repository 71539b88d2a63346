import AxeBuilder from "@axe-core/playwright";
import type { APIRequestContext, Page } from "@playwright/test";
import { expect, test } from "./fixtures";

// The reader's rumor page (issue 12): one rumor printed first by one outlet,
// relayed and hedged by a second, denied by a third, then refuted. Checked at
// phone and desktop width; screenshots go to HINDSIGHT_SCREENSHOTS when set.

const TEXT = {
  first: "Tom Cruise will perform a stunt at the closing ceremony, the paper has learned.",
  relay: "Tom Cruise may be taking on a daring stunt at the closing ceremony, French media reported.",
  denial: "Organizers denied that Tom Cruise would perform any stunt at the closing ceremony.",
  after: "The ceremony ended without any stunt; Tom Cruise did not appear.",
};
const STATEMENT = "Tom Cruise will perform a stunt at the closing ceremony.";

/** Serious and critical WCAG 2.1 AA violations on the page (the axe scan of e2e/accessibility.spec.ts, on a rumor with a real spread). */
async function axeProblems(page: Page) {
  const { violations } = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  return violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => `${page.url()}: ${v.id}`);
}

async function post<T>(api: APIRequestContext, path: string, data: object): Promise<T> {
  const response = await api.post(path, { data });
  expect(response.status(), `${path}: ${await response.text()}`).toBeLessThan(300);
  return (await response.json()) as T;
}

/** Three appearances of one rumor from three outlets, published, with evidence and a refuting verdict. */
async function spreadRumor(api: APIRequestContext) {
  const event = await post<{ id: string }>(api, "/api/v1/events", { name: "Closing ceremony", date: "2024-08-11" });
  const article = async (outlet: string, publishedAt: string, text: string) =>
    (await post<{ id: string }>(api, "/api/v1/articles", { outlet, publishedAt, title: `${outlet} on the ceremony`, text })).id;
  const ids = {
    first: await article("Le Journal", "2024-08-05", TEXT.first),
    relay: await article("Daily Relay", "2024-08-07", TEXT.relay),
    denial: await article("Skeptic Post", "2024-08-08", TEXT.denial),
    after: await article("Review Daily", "2024-08-12", TEXT.after),
  };
  let version = 0;
  let rumorId: string | undefined;
  const claims: string[] = [];
  for (const [key, quote, attributedTo] of [
    ["first", "Tom Cruise will perform a stunt at the closing ceremony", "The outlet itself"],
    ["relay", "Tom Cruise may be taking on a daring stunt at the closing ceremony", "French media"],
    ["denial", "Organizers denied that Tom Cruise would perform any stunt", "Organizers"],
  ] as const) {
    const start = TEXT[key].indexOf(quote);
    const made = await post<{ id: string; rumorId: string; version: number }>(api, "/api/v1/claims", {
      articleId: ids[key],
      start,
      end: start + quote.length,
      quote,
      statement: key === "first" ? STATEMENT : quote,
      attributedTo,
      ...(rumorId ? { rumorId, version } : { eventId: event.id }),
    });
    rumorId = made.rumorId;
    version = made.version;
    claims.push(made.id);
  }
  for (const id of claims) version = (await post<{ version: number }>(api, `/api/v1/claims/${id}/publish`, { version })).version;
  const quote = "The ceremony ended without any stunt";
  version = (
    await post<{ version: number }>(api, `/api/v1/rumors/${rumorId}/evidence`, {
      articleId: ids.after,
      start: 0,
      end: quote.length,
      quote,
      stance: "contradicts",
      version,
    })
  ).version;
  await post(api, `/api/v1/rumors/${rumorId}/verdicts`, { rating: "refuted", rationale: "The ceremony ended without any stunt.", version, publish: true });
  return { rumorId: rumorId!, claims };
}

for (const width of [390, 1280]) {
  test(`the rumor page shows the verdict, the evidence and who spread it, at ${width}px`, async ({ page, editor, browser, baseURL }) => {
    void editor;
    // Six pages with axe scans and a keyboard walk through the dashboard: minutes on a loaded machine.
    test.setTimeout(300_000);
    const { rumorId, claims } = await spreadRumor(page.request);
    // A reader, not signed in.
    const context = await browser.newContext({ baseURL, viewport: { width, height: 900 } });
    const reader = await context.newPage();
    await reader.goto(`/claims/${claims[1]}`);
    if (process.env.HINDSIGHT_SCREENSHOTS) await reader.screenshot({ path: `${process.env.HINDSIGHT_SCREENSHOTS}/claim-${width}.png`, fullPage: true });
    await reader
      .getByTestId("claim-rumor")
      .getByRole("link", { name: /Tom Cruise/ })
      .click();
    await expect(reader).toHaveURL(new RegExp(`/rumors/${rumorId}$`));
    await expect(reader.getByRole("heading", { level: 1 })).toHaveText(STATEMENT);
    await expect(reader.locator("header [data-rating]").first()).toHaveAttribute("data-rating", "refuted");
    await expect(reader.getByRole("region", { name: "The verdict and why" })).toContainText("The ceremony ended without any stunt.");
    await expect(reader.getByRole("region", { name: /The evidence/ })).toContainText("Review Daily");

    const who = reader.getByTestId("spread-summary");
    await expect(who.locator("div", { hasText: "Printed first" })).toContainText("Le Journal");
    await expect(who.locator("div", { hasText: "Relayed" })).toContainText("Daily Relay");
    await expect(who.locator("div", { hasText: "Doubted" })).toContainText("Daily Relay");
    await expect(who.locator("div", { hasText: "Denied by" })).toContainText("Skeptic Post");

    const chart = reader.getByRole("img", { name: /Appearances over time/ });
    await expect(chart).toBeVisible();
    const appearances = reader.getByTestId("appearance");
    await expect(appearances).toHaveCount(3);
    await expect(appearances.nth(0)).toContainText("First to print it");
    await expect(appearances.nth(0)).toContainText("6 days before the event");
    await expect(appearances.nth(1)).toContainText("Hedged");
    await expect(appearances.nth(1)).toContainText("relayed, attributed to French media");
    await expect(appearances.nth(2)).toContainText("Denied");
    // Through its stance the denial was right.
    await expect(appearances.nth(2).locator("[data-rating]")).toHaveAttribute("data-rating", "confirmed");

    const ld = JSON.parse((await reader.locator('script[type="application/ld+json"]').textContent()) ?? "{}");
    expect(ld).toMatchObject({ "@type": "ClaimReview", claimReviewed: STATEMENT, reviewRating: { alternateName: "Refuted" } });
    expect(ld.itemReviewed.appearance).toHaveLength(3);
    expect(ld.itemReviewed.firstAppearance.author.name).toBe("Le Journal");
    // Nothing sticks out sideways on a phone.
    expect(await reader.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    if (process.env.HINDSIGHT_SCREENSHOTS) await reader.screenshot({ path: `${process.env.HINDSIGHT_SCREENSHOTS}/rumor-${width}.png`, fullPage: true });
    expect(await axeProblems(reader)).toEqual([]);

    // "3 appearances" links to exactly those claims, and the list says whose they are (issue 17).
    await reader.getByRole("link", { name: "3", exact: true }).click();
    await expect(reader).toHaveURL(new RegExp(`[?&]rumor=${rumorId}`));
    await expect(reader.getByTestId("result-total")).toHaveText("3");
    await expect(reader.getByTestId("result-rumor")).toContainText(`appearances of the rumor “${STATEMENT}”`);
    await expect(reader.locator("article[aria-labelledby^='claim-']")).toHaveCount(3);
    if (process.env.HINDSIGHT_SCREENSHOTS) await reader.screenshot({ path: `${process.env.HINDSIGHT_SCREENSHOTS}/rumor-list-${width}.png`, fullPage: true });
    expect(await axeProblems(reader)).toEqual([]);

    await reader.goto("/");
    await expect(reader.getByTestId("rumor-count")).toContainText("1rumors tracked");
    await expect(reader.getByTestId("claim-count")).toContainText("3claims");
    if (process.env.HINDSIGHT_SCREENSHOTS) await reader.screenshot({ path: `${process.env.HINDSIGHT_SCREENSHOTS}/dashboard-${width}.png`, fullPage: false });
    // The verdict chart's figures are links a keyboard reaches, named by number, verdict and event; its bars' links are not tab stops.
    const verdicts = reader.getByRole("group", { name: /Verdicts by event/ });
    await expect(verdicts.getByRole("link", { name: "1 refuted rumor about Closing ceremony" })).toBeVisible();
    await expect(verdicts.locator("svg a")).toHaveCount(1);
    await expect(verdicts.locator("svg a")).toHaveAttribute("tabindex", "-1");
    let reached = "";
    for (let i = 0; i < 80 && !reached; i++) {
      await reader.keyboard.press("Tab");
      const focused = await reader.evaluate(() => ({
        name: document.activeElement?.getAttribute("aria-label") ?? "",
        inSvg: document.activeElement?.closest("svg") !== null,
      }));
      expect(focused.inSvg).toBe(false);
      if (focused.name.includes("refuted rumor about")) reached = focused.name;
    }
    expect(reached).toBe("1 refuted rumor about Closing ceremony");
    await reader.keyboard.press("Enter");
    await expect(reader).toHaveURL(/rumorVerdict=refuted/);
    await expect(reader.getByTestId("result-total")).toHaveText("1");
    await expect(reader.getByTestId("result-count")).toContainText("rumors rated refuted");
    // The chart's table shows zeros (no confirmed rumor) as text, not as links to empty lists.
    await reader.goto("/events");
    const table = reader.getByRole("table", { name: "Rumors per verdict by event" });
    await expect(table.getByRole("link", { name: "1 refuted rumor about Closing ceremony" })).toBeVisible();
    await expect(
      table
        .getByRole("row", { name: /Closing ceremony/ })
        .getByRole("cell")
        .first(),
    ).toHaveText("0");
    await expect(
      table
        .getByRole("row", { name: /Closing ceremony/ })
        .getByRole("cell")
        .first()
        .getByRole("link"),
    ).toHaveCount(0);
    if (process.env.HINDSIGHT_SCREENSHOTS) await reader.screenshot({ path: `${process.env.HINDSIGHT_SCREENSHOTS}/events-${width}.png`, fullPage: true });
    expect(await axeProblems(reader)).toEqual([]);

    await reader.goto(`/outlets/skeptic-post`);
    await expect(reader.getByTestId("lead-time")).toContainText("3 days");
    await expect(reader.getByTestId("stance-denies")).toContainText("100% (n = 1)");
    if (process.env.HINDSIGHT_SCREENSHOTS) await reader.screenshot({ path: `${process.env.HINDSIGHT_SCREENSHOTS}/outlet-${width}.png`, fullPage: true });
    expect(await axeProblems(reader)).toEqual([]);
    expect((await reader.goto("/rumors/no-such-rumor"))?.status()).toBe(404);
    await context.close();
  });
}
