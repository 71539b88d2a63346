import { expect, type Page } from "@playwright/test";

/** Publishes a new verdict on a claim through the desk, as an editor would. */
export async function publishVerdictInDesk(page: Page, statement: string, rating: string, rationale: string) {
  await page.goto("/desk/claims");
  await page.getByRole("link", { name: statement }).click();
  await page.getByRole("radio", { name: rating, exact: true }).check();
  await page.getByLabel("Rationale").fill(rationale);
  await page.getByRole("button", { name: "Publish verdict" }).click();
  await expect(page.getByRole("status")).toContainText("Verdict recorded and published");
}
