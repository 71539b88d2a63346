import AxeBuilder from "@axe-core/playwright";
import type { APIRequestContext, Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { ActionCount } from "./support/count-actions";

// Issue 14, "Measured": clicks and typed fields from a rumor's quote in an
// article to a reviewed verdict readers see, for a claim whose evidence is
// suggested, with review before publish on and two editors. The goal is at
// most 8 clicks and 2 typed fields, the author's and the reviewer's together
// (before: about 17 clicks and 3–4 typed fields, by hand, for one editor and
// no review). The steps are recorded in docs/performance.md.

const RUMOR = "Insiders say the mayor will open the new Harbour Bridge in person before the summer festival begins.";
const QUOTE = "the mayor will open the new Harbour Bridge in person";
const OUTCOME =
  "City hall confirmed it: the mayor opened the new Harbour Bridge in person on Saturday, cutting the ribbon an hour before the summer festival began.";
const PRE_TEXT = `${RUMOR} The works ran two months late.\n\nTraffic will be diverted for the day.`;
const POST_TEXT = `Crowds lined the quays at dawn.\n\n${OUTCOME} Ferries ran every ten minutes.`;
const RATIONALE = "The opening-day report of the City Post shows the mayor cutting the ribbon on the bridge.";

/** The event and both articles, through the API as an editor would import them. */
async function world(api: APIRequestContext, origin: string) {
  const headers = { origin };
  const event = await api.post("/api/v1/events", { data: { name: "Summer festival", date: "2025-06-21", timeZone: "Europe/Paris" }, headers });
  expect(event.status()).toBe(201);
  const pre = await api.post("/api/v1/articles", { data: { outlet: "Harbour Gazette", publishedAt: "2025-05-02", text: PRE_TEXT }, headers });
  const post = await api.post("/api/v1/articles", { data: { outlet: "City Post", publishedAt: "2025-06-22", text: POST_TEXT }, headers });
  expect([pre.status(), post.status()]).toEqual([201, 201]);
  return { pre: ((await pre.json()) as { id: string }).id, post: ((await post.json()) as { id: string }).id };
}

async function axeClean(page: Page, where: string) {
  const { violations } = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  const bad = violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(bad.map((v) => `${where}: ${v.id} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`)).toEqual([]);
}

test("a suggested-evidence claim goes from its quote to a reviewed, published verdict in at most 8 clicks and 2 typed fields", async ({
  page,
  accounts,
  browser,
  baseURL,
}) => {
  test.setTimeout(120_000);
  const origin = baseURL!;
  const admin = accounts.create("admin", "Ada Admin");
  const author = accounts.create("editor", "Alma Author");
  const reviewer = accounts.create("editor", "Rhea Reviewer");
  const adminContext = await browser.newContext({ baseURL });
  await accounts.signIn(adminContext.request, admin, origin);
  const setting = await adminContext.request.patch("/api/v1/admin/settings", { data: { reviewBeforePublish: true }, headers: { origin } });
  expect(setting.status()).toBe(200);
  await adminContext.close();
  await accounts.signIn(page.request, author, origin);
  const { pre } = await world(page.request, origin);
  const reviewerContext = await browser.newContext({ baseURL });
  await accounts.signIn(reviewerContext.request, reviewer, origin);
  const reviewerPage = await reviewerContext.newPage();

  const count = new ActionCount();
  const alma = count.as("author", page);
  const rhea = count.as("reviewer", reviewerPage);

  // The author starts with the pre-event article open; nothing before this is counted.
  await page.goto(`/desk/articles/${pre}`);
  await alma.select(page.getByTestId("article-text"), QUOTE, "select the rumor's quote in the article");
  await expect(page.getByTestId("selected-quote")).toHaveText(QUOTE);
  // The statement starts as the quote, the event and the stance are preselected.
  await expect(page.getByLabel("Statement")).toHaveValue(QUOTE);
  await alma.type(page.getByLabel("Attributed to"), "insiders", "Attributed to");
  await alma.click(page.getByRole("button", { name: "Create claim" }), "Create claim");
  await expect(page.getByRole("status")).toContainText("Claim created.");
  await alma.click(page.getByRole("link", { name: "Open the claim" }), "Open the claim");

  // On the claim page: the outcome is the first suggestion, attached in one click with its quote and stance.
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(QUOTE);
  const suggestion = page.getByTestId("suggested-evidence").getByTestId("suggestion").first();
  await expect(suggestion).toContainText(OUTCOME);
  await expect(suggestion.getByRole("combobox", { name: "Stance" })).toHaveValue("supports");
  await alma.click(suggestion.getByRole("button", { name: "Attach" }), "Attach the suggested evidence");
  await expect(page.getByTestId("evidence-list")).toContainText(OUTCOME);

  // The rating is preselected from the evidence; the author writes the rationale and sends it for review.
  await expect(page.getByRole("radio", { name: "Confirmed", exact: true })).toBeChecked();
  await expect(page.getByTestId("rating-from-evidence")).toBeVisible();
  await alma.type(page.getByLabel("Rationale"), RATIONALE, "Rationale");
  await alma.click(page.getByRole("button", { name: "Send for review" }), "Send for review");
  await expect(page.getByRole("status")).toContainText("sent for review");
  await alma.click(page.getByRole("button", { name: "Publish claim" }), "Publish claim");
  await expect(page.getByTestId("claim-publishing")).toContainText("Published");
  // The author can neither approve nor publish their own verdict.
  const mine = page.getByTestId("verdict-history").getByRole("listitem").first();
  await expect(mine.getByRole("button", { name: /Approve|Publish/ })).toHaveCount(0);
  const claimId = /\/desk\/claims\/([^/?#]+)/.exec(page.url())![1]!;

  // The reviewer starts on the desk's home page, where what waits for their review comes first.
  await reviewerPage.goto("/desk");
  await rhea.click(reviewerPage.getByTestId("queue-to-review").getByRole("link", { name: QUOTE }), "open the verdict waiting for review");
  const verdict = reviewerPage.getByTestId("verdict-history").getByRole("listitem").first();
  await expect(verdict).toContainText(RATIONALE);
  await rhea.click(verdict.getByRole("button", { name: "Approve and publish" }), "Approve and publish");
  await expect(verdict.getByTestId("review-state")).toHaveText("published");

  // Readers see the reviewed verdict on the public claim page.
  const reader = await browser.newPage({ baseURL });
  await reader.goto(`/claims/${claimId}`);
  await expect(reader.locator("main [data-rating]").first()).toHaveAttribute("data-rating", "confirmed");
  await expect(reader.getByText(RATIONALE).first()).toBeVisible();
  await reader.close();

  test.info().annotations.push({ type: "steps", description: `\n${count.report()}` });
  console.log(`Clicks ${count.clicks}, typed fields ${count.typed} (author and reviewer together):\n${count.report()}`);
  expect(count.clicks).toBeLessThanOrEqual(8);
  expect(count.typed).toBeLessThanOrEqual(2);
  await reviewerContext.close();
});

for (const width of [1280, 390]) {
  test(`the faster desk pieces stay accessible at ${width}px`, async ({ page, accounts, browser, baseURL }) => {
    test.setTimeout(120_000);
    const origin = baseURL!;
    const admin = accounts.create("admin", "Ada Admin");
    const author = accounts.create("editor", "Alma Author");
    await page.setViewportSize({ width, height: 900 });
    await accounts.signIn(page.request, admin, origin);
    expect((await page.request.patch("/api/v1/admin/settings", { data: { reviewBeforePublish: true }, headers: { origin } })).status()).toBe(200);
    // The author's claim, evidence and verdict in review, through the API.
    const authorContext = await browser.newContext({ baseURL });
    await accounts.signIn(authorContext.request, author, origin);
    const api = authorContext.request;
    const { pre, post } = await world(api, origin);
    const start = PRE_TEXT.indexOf(QUOTE);
    const claim = await api.post("/api/v1/claims", {
      data: { articleId: pre, start, end: start + QUOTE.length, quote: QUOTE, statement: QUOTE, attributedTo: "insiders" },
      headers: { origin },
    });
    const { id: claimId } = (await claim.json()) as { id: string };
    const at = POST_TEXT.indexOf(OUTCOME);
    const evidence = await api.post(`/api/v1/claims/${claimId}/evidence`, {
      data: { articleId: post, start: at, end: at + OUTCOME.length, quote: OUTCOME, stance: "supports" },
      headers: { origin },
    });
    const { version } = (await evidence.json()) as { version: number };
    const sent = await api.post(`/api/v1/claims/${claimId}/verdicts`, {
      data: { rating: "confirmed", rationale: RATIONALE, version, requestReview: true },
      headers: { origin },
    });
    expect(sent.status()).toBe(201);
    await authorContext.close();

    // The work queue leads with the verdict waiting for this (admin) reviewer.
    await page.goto("/desk");
    await expect(page.getByTestId("queue-to-review")).toContainText(QUOTE);
    await axeClean(page, `work queue at ${width}px`);
    await page.screenshot({ path: `test-results/click-count-queue-${width}.png`, fullPage: true });

    // The claim page: the rating preselected from the evidence, the reviewer's two approvals side by side.
    await page.goto(`/desk/claims/${claimId}`);
    await expect(page.getByTestId("rating-from-evidence")).toBeVisible();
    await expect(page.getByRole("button", { name: "Approve and publish" })).toBeVisible();
    await axeClean(page, `claim page at ${width}px`);
    await page.getByRole("button", { name: "Approve and publish" }).scrollIntoViewIfNeeded();
    await page.screenshot({ path: `test-results/click-count-review-${width}.png`, fullPage: true });
  });
}
