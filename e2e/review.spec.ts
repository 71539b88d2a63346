import AxeBuilder from "@axe-core/playwright";
import type { APIRequestContext, Page } from "@playwright/test";
import { expect, test } from "./fixtures";

// Review before publish (issue 14, ADR 0028), with two editors in two
// browsers: draft → review requested → changes requested → resubmitted →
// approved → published, and readers see the verdict only at the very end.

const TEXT = "Insiders say the mayor will open the new bridge in person before the summer festival begins.";
const QUOTE = "the mayor will open the new bridge in person";
const STATEMENT = "The mayor will open the bridge.";
const FIRST = "The opening-day report names the deputy mayor, not the mayor.";
const REVISED = "The opening-day report of the City Wire names the deputy mayor at the ribbon, not the mayor.";
const COMMENT = "Name the report you rely on.";

async function publishedClaim(api: APIRequestContext) {
  const article = await api.post("/api/v1/articles", { data: { outlet: "City Wire", publishedAt: "2025-05-01", text: TEXT } });
  const event = await api.post("/api/v1/events", { data: { name: "Summer festival", date: "2025-06-21", timeZone: "Europe/Paris" } });
  const start = TEXT.indexOf(QUOTE);
  const claim = await api.post("/api/v1/claims", {
    data: {
      articleId: (await article.json()).id,
      eventId: (await event.json()).id,
      start,
      end: start + QUOTE.length,
      quote: QUOTE,
      statement: STATEMENT,
      attributedTo: "insiders",
    },
  });
  expect(claim.status()).toBe(201);
  const { id, version } = (await claim.json()) as { id: string; version: number };
  expect((await api.post(`/api/v1/claims/${id}/publish`, { data: { version } })).status()).toBe(200);
  return id;
}

const verdictItem = (page: Page) => page.getByTestId("verdict-history").getByRole("listitem").first();

test("two editors take a verdict from draft through review to readers", async ({ page, accounts, browser, baseURL }) => {
  test.setTimeout(120_000);
  const admin = accounts.create("admin", "Ada Admin");
  const author = accounts.create("editor", "Alma Author");
  const reviewer = accounts.create("editor", "Rhea Reviewer");
  const reviewerPage = await browser.newPage({ baseURL });
  const reader = await browser.newPage({ baseURL });
  await accounts.signIn(page.request, admin, baseURL!);

  // The admin turns review before publish on (the e2e reset leaves it off, as in the demo).
  await page.goto("/desk/admin/settings");
  await page.getByLabel("Review before publish").check();
  await page.getByRole("button", { name: "Save settings" }).click();
  await expect(page.getByRole("status")).toContainText("second editor");

  await page.context().clearCookies();
  await accounts.signIn(page.request, author, baseURL!);
  await accounts.signIn(reviewerPage.request, reviewer, baseURL!);
  const claimId = await publishedClaim(page.request);

  // The author writes the verdict and sends it for review: publishing is not offered.
  await page.goto(`/desk/claims/${claimId}`);
  await expect(page.getByRole("button", { name: "Publish verdict" })).toHaveCount(0);
  await page.getByRole("radio", { name: "Refuted", exact: true }).check();
  await page.getByLabel("Rationale").fill(FIRST);
  await page.getByRole("button", { name: "Send for review" }).click();
  await expect(page.getByRole("status")).toContainText("sent for review");
  await expect(verdictItem(page).getByTestId("review-state")).toHaveText("in review");
  await expect(verdictItem(page).getByRole("button", { name: "Approve" })).toHaveCount(0);

  await reader.goto(`/claims/${claimId}`);
  await expect(reader.locator("main [data-rating]").first()).toHaveAttribute("data-rating", "pending");
  await expect(reader.getByText(FIRST)).toHaveCount(0);

  // The reviewer finds it in "My work" and sends it back with a comment.
  await reviewerPage.goto("/desk");
  await reviewerPage.getByRole("link", { name: "My work" }).click();
  await reviewerPage.getByTestId("to-review").getByRole("link", { name: STATEMENT }).click();
  await verdictItem(reviewerPage).getByText("Request changes").click();
  await reviewerPage.getByLabel("What should change").fill(COMMENT);
  await reviewerPage.getByRole("button", { name: "Send back to the author" }).click();
  await expect(verdictItem(reviewerPage).getByTestId("review-state")).toHaveText("changes requested");

  // It comes back to the author, who revises and resubmits.
  await page.goto("/desk/my-work");
  await expect(page.getByTestId("came-back")).toContainText(COMMENT);
  await page.getByTestId("came-back").getByRole("link", { name: STATEMENT }).click();
  await expect(verdictItem(page).getByTestId("review-thread")).toContainText(`Rhea Reviewer requested changes`);
  await verdictItem(page).getByRole("textbox", { name: "Rationale" }).fill(REVISED);
  await page.getByRole("button", { name: "Resubmit for review" }).click();
  await expect(verdictItem(page).getByTestId("review-state")).toHaveText("in review");

  // The server refuses the author's own approval, whatever the page offers.
  const verdictId = await verdictItem(page).getAttribute("data-verdict");
  const version = Number(await verdictItem(page).getAttribute("data-version"));
  const own = await page.request.post(`/api/v1/verdicts/${verdictId}/approve`, { data: { version } });
  expect(own.status()).toBe(403);

  // The reviewer approves; readers still see nothing.
  await reviewerPage.goto(`/desk/claims/${claimId}`);
  await expect(verdictItem(reviewerPage)).toContainText(REVISED);
  await verdictItem(reviewerPage).getByRole("button", { name: "Approve", exact: true }).click();
  await expect(verdictItem(reviewerPage).getByTestId("review-state")).toHaveText("approved");
  await reader.goto(`/claims/${claimId}`);
  await expect(reader.locator("main [data-rating]").first()).toHaveAttribute("data-rating", "pending");
  await expect(reader.getByText(REVISED)).toHaveCount(0);

  // The author publishes it: now readers see it.
  await page.goto("/desk/my-work");
  await page.getByTestId("approved").getByRole("link", { name: STATEMENT }).click();
  await verdictItem(page).getByRole("button", { name: "Publish", exact: true }).click();
  await expect(verdictItem(page).getByTestId("review-state")).toHaveText("published");
  await reader.goto(`/claims/${claimId}`);
  await expect(reader.locator("main [data-rating]").first()).toHaveAttribute("data-rating", "refuted");
  await expect(reader.getByText(REVISED).first()).toBeVisible();
});

for (const width of [1280, 390]) {
  test(`the new desk pages have no serious accessibility violations at ${width}px`, async ({ page, admin }) => {
    void admin;
    await page.setViewportSize({ width, height: 900 });
    for (const path of ["/desk/my-work", "/desk/admin/settings"] as const) {
      await page.goto(path);
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      const { violations } = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
      const bad = violations.filter((v) => v.impact === "serious" || v.impact === "critical");
      expect(bad.map((v) => `${path}: ${v.id} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`)).toEqual([]);
    }
  });
}
