import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { runSql } from "./support/database";

// Issue 14, defects 9 and 10: the reader pages as a reader on a phone and on
// a desktop sees them. Screenshots go to test-results/reader-layout/.
const EVENT = "/events/paris-2024-closing-ceremony";
const SOURCE_URL = "https://example.org/news/closing-ceremony-report";

/** The smallest text on the page's charts and timelines, in CSS pixels as drawn (SVG text scaled by its viewBox). */
function smallestChartText(page: Page) {
  return page.evaluate(() => {
    const sizes: number[] = [];
    for (const text of document.querySelectorAll<SVGTextElement>("main svg text")) {
      const scale = text.getScreenCTM()?.a ?? 1;
      sizes.push(parseFloat(getComputedStyle(text).fontSize) * scale);
    }
    for (const el of document.querySelectorAll<HTMLElement>("main figure p, main figure li, main figure td, main figure th")) {
      if (el.offsetParent !== null && el.textContent?.trim()) sizes.push(parseFloat(getComputedStyle(el).fontSize));
    }
    return Math.min(...sizes);
  });
}

/** WCAG contrast of each verdict chart segment's label against its own background, as rendered. */
function segmentContrasts(page: Page) {
  return page.getByTestId("chart-segment").evaluateAll((segments) => {
    const rgb = (c: string) =>
      c
        .match(/[\d.]+/g)!
        .slice(0, 3)
        .map(Number);
    const lum = (c: string) => {
      const [r, g, b] = rgb(c)
        .map((v) => v / 255)
        .map((v) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4));
      return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
    };
    return segments.map((s) => {
      const style = getComputedStyle(s);
      const [a, b] = [lum(style.color), lum(style.backgroundColor)].sort((x, y) => y - x);
      return { rating: s.getAttribute("data-rating"), ratio: (a! + 0.05) / (b! + 0.05) };
    });
  });
}

async function axeClean(page: Page, where: string) {
  const { violations } = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  expect(violations.map((v) => `${where}: ${v.id} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`)).toEqual([]);
}

for (const width of [390, 1280]) {
  test(`reader pages at ${width}px: current page in the nav, readable charts, rating above the fold, linked evidence, honest outlets`, async ({
    page,
    request,
    freshDb,
  }) => {
    // Four pages with axe and full-page screenshots: minutes on a loaded machine.
    test.setTimeout(480_000);
    freshDb.seedDemo();
    // The post-event article has a web address: its evidence must link to it.
    runSql(`UPDATE "Article" SET "url" = '${SOURCE_URL}' WHERE "id" IN (SELECT "articleId" FROM "Evidence")`);
    await page.setViewportSize({ width, height: width < 600 ? 844 : 800 });
    const shot = (name: string) => page.screenshot({ path: `test-results/reader-layout/${name}-${width}.png`, fullPage: true });
    const nav = page.getByRole("navigation", { name: "Main" });
    const claims = await (await request.get("/api/v1/claims?limit=1")).json();
    const rumors = await (await request.get("/api/v1/rumors?limit=1")).json();
    const claim = claims.items[0] as { id: string; rating: string; statement: string };

    // The dashboard: Verdicts is the current page; chart labels are text at the page's size, in colours that keep 4.5:1.
    await page.goto("/");
    await expect(nav.getByRole("link", { name: "Verdicts" })).toHaveAttribute("aria-current", "page");
    await expect(nav.locator("[aria-current]")).toHaveCount(1);
    expect(await smallestChartText(page)).toBeGreaterThanOrEqual(12);
    const contrasts = await segmentContrasts(page);
    expect(contrasts.length).toBeGreaterThan(2);
    for (const c of contrasts) expect(c.ratio, c.rating!).toBeGreaterThanOrEqual(4.5);
    // The leaderboard: when it is wider than its column, a line says so.
    const board = page.getByRole("region", { name: "Outlet leaderboard" });
    const overflows = await board.evaluate((el) => el.scrollWidth > el.clientWidth + 1);
    if (width < 600) expect(overflows).toBe(true);
    if (overflows) await expect(page.locator("#leaderboard-hint")).toBeVisible();
    await axeClean(page, "/");
    await shot("dashboard");

    // Events, an event's timeline: its own section is current; labels never overlap; text stays 12 px.
    await page.goto("/events");
    await expect(nav.getByRole("link", { name: "Events" })).toHaveAttribute("aria-current", "page");
    await expect(nav.getByRole("link", { name: "Verdicts" })).not.toHaveAttribute("aria-current");
    await page.goto(EVENT);
    await expect(nav.getByRole("link", { name: "Events" })).toHaveAttribute("aria-current", "true");
    expect(await smallestChartText(page)).toBeGreaterThanOrEqual(12);
    const boxes = await page.getByTestId("axis-label").evaluateAll((labels) => labels.map((l) => l.getBoundingClientRect().toJSON() as DOMRect));
    expect(boxes.length).toBeGreaterThan(1);
    for (const [i, a] of boxes.entries())
      for (const b of boxes.slice(i + 1)) expect(a.right <= b.left || b.right <= a.left || a.bottom <= b.top || b.bottom <= a.top).toBe(true);
    await axeClean(page, EVENT);
    await shot("event");

    // A claim page: the verdict and the day it was published in the first screen, evidence linked to its article.
    await page.goto(`/claims/${claim.id}`);
    await expect(nav.getByRole("link", { name: "Verdicts" })).toHaveAttribute("aria-current", "true");
    const card = page.getByTestId("rating-card");
    await expect(card).toHaveAttribute("data-rating", claim.rating);
    await expect(card).toContainText(/Checked and published \d{1,2} \w{3} \d{4}/);
    const box = (await card.boundingBox())!;
    expect(box.y + box.height).toBeLessThanOrEqual(page.viewportSize()!.height);
    const sources = page.getByRole("region", { name: /After/ }).getByTestId("source-link");
    if ((await sources.count()) === 0) {
      // This claim has no evidence; the first claim with evidence does.
      const withEvidence = (await (await request.get("/api/v1/claims?limit=50")).json()).items.find((c: { evidence: unknown[] }) => c.evidence.length > 0);
      await page.goto(`/claims/${withEvidence.id}`);
    }
    await expect(page.getByTestId("source-link").first()).toHaveAttribute("href", SOURCE_URL);
    expect(await smallestChartText(page)).toBeGreaterThanOrEqual(12);
    await axeClean(page, "claim");
    await shot("claim");

    // A rumor page: its spread chart keeps its text size too.
    await page.goto(`/rumors/${rumors.items[0].id}`);
    await expect(nav.getByRole("link", { name: "Verdicts" })).toHaveAttribute("aria-current", "true");
    expect(await smallestChartText(page)).toBeGreaterThanOrEqual(12);
    await shot("rumor");

    // Defect 10: the demo outlets read as what they are, and say their publisher is unknown.
    await page.goto("/outlets");
    await expect(nav.getByRole("link", { name: "Outlets" })).toHaveAttribute("aria-current", "page");
    await expect(page.locator("main")).not.toContainText(/seed 00\d|Pre-event source|Post-event source/);
    await page.getByRole("link", { name: "Unnamed outlet (Tom Cruise stunt preview)" }).first().click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Unnamed outlet (Tom Cruise stunt preview)");
    await expect(page.getByTestId("publisher-unknown")).toContainText("Publisher unknown");
    await expect(nav.getByRole("link", { name: "Outlets" })).toHaveAttribute("aria-current", "true");
    await axeClean(page, "outlet");
    await shot("outlet");
  });
}
