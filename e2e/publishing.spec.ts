import type { APIRequestContext } from "@playwright/test";
import { expect, test } from "./fixtures";

const TEXT = "Insiders say the mayor will open the new bridge in person before the summer festival begins.";
const QUOTE = "the mayor will open the new bridge in person";

async function draftClaim(api: APIRequestContext) {
  const article = await api.post("/api/v1/articles", { data: { outlet: "City Wire", publishedAt: "2025-05-01", text: TEXT } });
  expect(article.status()).toBe(201);
  // Only a claim with an event can be published (issue 11).
  const event = await api.post("/api/v1/events", { data: { name: "Summer festival", date: "2025-06-21", timeZone: "Europe/Paris" } });
  expect(event.status()).toBe(201);
  const start = TEXT.indexOf(QUOTE);
  const claim = await api.post("/api/v1/claims", {
    data: {
      articleId: (await article.json()).id,
      eventId: (await event.json()).id,
      start,
      end: start + QUOTE.length,
      quote: QUOTE,
      statement: "The mayor will open the bridge.",
      attributedTo: "insiders",
      deadline: "2025-07-01",
    },
  });
  expect(claim.status()).toBe(201);
  return (await claim.json()) as { id: string; version: number };
}

test("a reader never sees a draft claim or a draft verdict", async ({ page, editor, browser, baseURL }) => {
  const api = page.request;
  const claim = await draftClaim(api);
  const reader = await browser.newPage({ baseURL });

  // Draft claim: nowhere for readers.
  await reader.goto("/");
  await expect(reader.getByText("The mayor will open the bridge.")).toHaveCount(0);
  expect((await reader.request.get(`/api/v1/claims/${claim.id}`)).status()).toBe(404);
  expect((await (await reader.request.get("/api/v1/claims")).json()).items).toHaveLength(0);
  const missing = await reader.goto(`/claims/${claim.id}`);
  expect(missing?.status()).toBe(404);

  // The editor saves a draft verdict and publishes the claim from the desk.
  await page.goto(`/desk/claims/${claim.id}`);
  await page.getByRole("radio", { name: "Refuted", exact: true }).check();
  await page.getByLabel("Rationale").fill("Not yet checked against the opening-day report.");
  await page.getByRole("button", { name: "Save as draft" }).click();
  await expect(page.getByRole("status")).toContainText("draft");
  await expect(page.getByTestId("verdict-history")).toContainText("draft");
  await page.getByRole("button", { name: "Publish claim" }).click();
  await expect(page.getByTestId("claim-publishing")).toContainText("Published");

  // Published claim, draft verdict: readers see the claim as pending, no draft rationale.
  await reader.goto(`/claims/${claim.id}`);
  await expect(reader.getByRole("heading", { level: 1 })).toHaveText("The mayor will open the bridge.");
  await expect(reader.locator("main [data-rating]").first()).toHaveAttribute("data-rating", "pending");
  await expect(reader.getByText("Not yet checked against the opening-day report.")).toHaveCount(0);

  // Publishing the verdict shows it; unpublishing the claim hides everything again.
  await page.getByTestId("verdict-history").getByRole("button", { name: "Publish" }).click();
  await expect(page.getByTestId("verdict-history")).not.toContainText("draft");
  await reader.reload();
  await expect(reader.locator("main [data-rating]").first()).toHaveAttribute("data-rating", "refuted");
  await page.getByRole("button", { name: "Unpublish claim" }).click();
  await expect(page.getByTestId("claim-publishing")).toContainText("Draft");
  expect((await reader.goto(`/claims/${claim.id}`))?.status()).toBe(404);

  // The desk's audit trail shows every step with who did it.
  await page.getByText(/Audit trail/).click();
  const trail = page.getByTestId("audit-trail");
  for (const action of ["claim.create", "verdict.record_draft", "claim.publish", "verdict.publish", "claim.unpublish"])
    await expect(trail).toContainText(action);
  // By account email, never by the display name its owner chose (issue 11).
  await expect(trail).toContainText(editor.email);
  await expect(trail).not.toContainText("Eddie Editor");
});

test("a stale verdict is refused with a conflict the editor can reload without losing input", async ({ page, editor }) => {
  void editor;
  const claim = await draftClaim(page.request);
  await page.goto(`/desk/claims/${claim.id}`);
  // Someone else publishes the claim meanwhile (the page still holds the old version).
  const other = await page.request.post(`/api/v1/claims/${claim.id}/publish`, { data: { version: claim.version } });
  expect(other.status()).toBe(200);

  await page.getByRole("radio", { name: "Confirmed", exact: true }).check();
  await page.getByLabel("Rationale").fill("The opening-day report shows the mayor cutting the ribbon.");
  await page.getByRole("button", { name: "Publish verdict" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Someone else changed this claim" })).toBeVisible();
  await page.getByRole("button", { name: "Reload the current version" }).click();
  await expect(page.getByTestId("claim-publishing")).toContainText("Published");
  await expect(page.getByLabel("Rationale")).toHaveValue("The opening-day report shows the mayor cutting the ribbon.");
  await page.getByRole("button", { name: "Publish verdict" }).click();
  await expect(page.getByRole("status")).toContainText("Verdict recorded and published");
});
