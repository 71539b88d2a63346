import AxeBuilder from "@axe-core/playwright";
import type { APIRequestContext, Page } from "@playwright/test";
import { expect, test } from "./fixtures";

// Track records worth trusting (issue 17): calibration by certainty tier,
// the Brier score, the record over time and as of a date, and a void rumor,
// as a reader sees them at phone and desktop width; every figure links to the
// claims it counts, and the dashboard filters by tier and by void. Screenshots go to
// HINDSIGHT_SCREENSHOTS when set.

const TEXT = {
  official: "Organizers announced that the parade will start at noon on Saturday.",
  unnamed: "The marching band will reportedly play, sources say.",
  hearsay: "Fireworks are rumoured to close the parade.",
  after: "The parade started at noon. No band played. The fireworks were called off with the rest of the evening.",
};

async function axeProblems(page: Page) {
  const { violations } = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  return violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => `${page.url()}: ${v.id} ${v.nodes[0]?.target}`);
}

async function post<T>(api: APIRequestContext, path: string, data: object): Promise<T> {
  const response = await api.post(path, { data });
  expect(response.status(), `${path}: ${await response.text()}`).toBeLessThan(300);
  return (await response.json()) as T;
}

/** One outlet, three rumors: an official claim confirmed, an unnamed-source claim refuted, a rumored one void. */
async function calibratedOutlet(api: APIRequestContext) {
  const event = await post<{ id: string }>(api, "/api/v1/events", { name: "Summer parade", date: "2024-08-10", slug: "summer-parade" });
  const article = async (outlet: string, publishedAt: string, text: string) =>
    (await post<{ id: string }>(api, "/api/v1/articles", { outlet, publishedAt, title: `${outlet} on the parade`, text })).id;
  const after = await article("Wire", "2024-08-12", TEXT.after);
  const rumors: Record<string, { rumorId: string; version: number }> = {};
  for (const [key, attributedTo, day] of [
    ["official", "Organizers", "2024-08-01"],
    ["unnamed", "Unnamed sources", "2024-08-02"],
    ["hearsay", "Other media", "2024-08-03"],
  ] as const) {
    const articleId = await article("Calibrated Times", day, TEXT[key]);
    const made = await post<{ id: string; rumorId: string; version: number }>(api, "/api/v1/claims", {
      articleId,
      start: 0,
      end: TEXT[key].length,
      quote: TEXT[key],
      statement: TEXT[key],
      attributedTo,
      eventId: event.id,
      confirmedIf: "It happens on the day as described.",
      refutedIf: "It does not happen on the day.",
    });
    const published = await post<{ version: number }>(api, `/api/v1/claims/${made.id}/publish`, { version: made.version });
    rumors[key] = { rumorId: made.rumorId, version: published.version };
  }
  const verdict = async (key: string, rating: string, evidence: string) => {
    const { rumorId } = rumors[key]!;
    const start = TEXT.after.indexOf(evidence);
    const { version } = await post<{ version: number }>(api, `/api/v1/rumors/${rumorId}/evidence`, {
      articleId: after,
      start,
      end: start + evidence.length,
      quote: evidence,
      stance: rating === "confirmed" ? "supports" : "contradicts",
      version: rumors[key]!.version,
    });
    await post(api, `/api/v1/rumors/${rumorId}/verdicts`, { rating, rationale: evidence, version, publish: true });
  };
  await verdict("official", "confirmed", "The parade started at noon.");
  await verdict("unnamed", "refuted", "No band played.");
  await post(api, `/api/v1/rumors/${rumors.hearsay!.rumorId}/void`, { reason: "The evening programme was cancelled.", version: rumors.hearsay!.version });
  return { voidRumor: rumors.hearsay!.rumorId };
}

for (const width of [390, 1280]) {
  test(`an outlet's calibration, history and as-of record read well at ${width}px`, async ({ page, editor, browser, baseURL }) => {
    void editor;
    // Eight page loads, each scanned by axe, on a shared machine.
    test.setTimeout(480_000);
    const { voidRumor } = await calibratedOutlet(page.request);
    const context = await browser.newContext({ baseURL, viewport: { width, height: 900 } });
    const reader = await context.newPage();
    const shots = process.env.HINDSIGHT_SCREENSHOTS;

    await reader.goto("/outlets/calibrated-times");
    const calibration = reader.getByTestId("outlet-calibration");
    await expect(calibration.getByRole("img", { name: /Share that came true/ })).toBeVisible();
    const rows = calibration.locator("tbody tr");
    // The void rumor's claim is in no tier: two tiers, one claim each.
    await expect(rows).toHaveCount(2);
    await expect(rows.filter({ hasText: "Officially announced" })).toContainText("100%");
    await expect(rows.filter({ hasText: "unnamed sources" })).toContainText("0%");
    // (0.9 − 1)² and (0.6 − 0)², averaged.
    await expect(reader.getByTestId("brier")).toContainText("0.185");
    await expect(reader.getByTestId("lead-time")).toContainText("9 days");
    await expect(reader.getByTestId("outlet-history").getByRole("img", { name: /Accuracy at the end of each month/ })).toBeVisible();
    expect(await reader.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    if (shots) await reader.screenshot({ path: `${shots}/track-record-${width}.png`, fullPage: true });
    expect(await axeProblems(reader)).toEqual([]);

    // The void rumor's claim is listed with its mark and reason, never with a verdict.
    const voidRow = reader.locator("article[aria-labelledby^='claim-']").filter({ has: reader.getByRole("heading", { level: 3, name: TEXT.hearsay }) });
    await expect(voidRow.locator('[data-rating="void"]')).toHaveAttribute("title", "Void: The evening programme was cancelled.");
    await expect(voidRow.getByTestId("void-reason")).toContainText("The evening programme was cancelled.");

    // Each figure lists the claims it counts: a reader clicks a tier's count and sees that many claims.
    const figure = rows.filter({ hasText: "Officially announced" }).getByRole("link").first();
    const count = Number(await figure.textContent());
    expect(count).toBe(1);
    await figure.click();
    await expect(reader).toHaveURL(/certainty=official/);
    await expect(reader).toHaveURL(/void=no/);
    await expect(reader.getByTestId("result-total")).toHaveText(String(count));
    await expect(reader.locator("article[aria-labelledby^='claim-']")).toHaveCount(count);
    await expect(reader.getByRole("heading", { level: 3, name: TEXT.official })).toBeVisible();
    await expect(reader.getByRole("heading", { level: 3, name: TEXT.unnamed })).toHaveCount(0);
    await expect(reader.getByLabel("How sure the source was")).toHaveValue("official");
    // So does the outlet's claim count (the void rumor's claim left out) and its stance table.
    await reader.goto("/outlets/calibrated-times");
    await reader.getByText("claims tracked").getByRole("link").click();
    await expect(reader.getByTestId("result-total")).toHaveText("2");
    await reader.goto("/outlets/calibrated-times");
    const stanceFigure = reader.getByTestId("stance-asserts").getByRole("link").first();
    const asserted = (await stanceFigure.textContent())!.trim();
    await stanceFigure.click();
    await expect(reader).toHaveURL(/stance=asserts/);
    await expect(reader.getByTestId("result-total")).toHaveText(asserted);
    await expect(reader.getByTestId("result-count")).toContainText("asserted");

    // As of the day before anything was published: nothing yet.
    await reader.goto("/outlets/calibrated-times?asOf=2024-07-31");
    await expect(reader.getByTestId("as-of")).toContainText("0 claims published by the end of that day");
    await reader.goto("/outlets/calibrated-times");
    await reader.getByLabel("Show the record as it stood on").fill("2099-01-01");
    await reader.getByRole("button", { name: "Show" }).click();
    await expect(reader.getByTestId("as-of")).toContainText("2 claims published");
    if (shots) await reader.screenshot({ path: `${shots}/track-record-as-of-${width}.png`, fullPage: true });
    expect(await axeProblems(reader)).toEqual([]);

    // The dashboard: the tier filter, the void filter, the void mark and its legend entry.
    await reader.goto("/");
    await reader.getByLabel("How sure the source was").selectOption("unnamed_source");
    await reader.getByRole("button", { name: "Show claims" }).click();
    await expect(reader).toHaveURL(/certainty=unnamed_source/);
    await expect(reader.getByRole("heading", { level: 3, name: TEXT.unnamed })).toBeVisible();
    await expect(reader.getByRole("heading", { level: 3, name: TEXT.official })).toHaveCount(0);
    await reader.getByLabel("How sure the source was").selectOption("");
    await reader.getByLabel("Void rumors").selectOption("yes");
    await reader.getByRole("button", { name: "Show claims" }).click();
    await expect(reader).toHaveURL(/void=yes/);
    const voided = reader.locator("article[aria-labelledby^='claim-']").filter({ has: reader.getByRole("heading", { level: 3, name: TEXT.hearsay }) });
    await expect(voided.getByTestId("void-reason")).toContainText("The evening programme was cancelled.");
    await expect(reader.getByRole("heading", { level: 3, name: TEXT.official })).toHaveCount(0);
    await reader.getByTestId("list-legend").getByText("What the marks mean").click();
    await expect(reader.getByTestId("list-legend").locator('[data-rating="void"]')).toBeVisible();
    await expect(reader.getByTestId("list-legend")).toContainText("it counts in no figure");
    expect(await reader.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    if (shots) await reader.screenshot({ path: `${shots}/dashboard-void-${width}.png`, fullPage: true });
    expect(await axeProblems(reader)).toEqual([]);

    await reader.goto(`/rumors/${voidRumor}`);
    await expect(reader.getByTestId("void")).toContainText("The evening programme was cancelled.");
    await expect(reader.getByTestId("resolution")).toContainText("It happens on the day as described.");
    expect(await axeProblems(reader)).toEqual([]);

    await reader.goto("/events/summer-parade");
    await expect(reader.getByTestId("event-calibration").getByRole("img")).toBeVisible();
    expect(await axeProblems(reader)).toEqual([]);
    await reader.goto("/outlets");
    await expect(reader.getByTestId("press-calibration").getByRole("img")).toBeVisible();
    if (shots) await reader.screenshot({ path: `${shots}/press-${width}.png`, fullPage: true });
    expect(await axeProblems(reader)).toEqual([]);
    await context.close();
  });
}
