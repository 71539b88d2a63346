import AxeBuilder from "@axe-core/playwright";
import type { APIRequestContext } from "@playwright/test";
import { expect, test } from "./fixtures";

// The desk's lists (issue 14): search, filters and saved views in the URL,
// bulk publishing with a per-claim report, and the keyboard shortcuts.

const TEXT = "Insiders say the mayor will open the new bridge in person, the tram will run all night, and a ferry will be free before the festival.";
const QUOTES = [
  ["the mayor will open the new bridge in person", "The mayor will open the bridge."],
  ["the tram will run all night", "The tram will run all night."],
  ["a ferry will be free", "The ferry will be free."],
] as const;

async function desk(api: APIRequestContext) {
  const article = await api.post("/api/v1/articles", { data: { outlet: "City Wire", publishedAt: "2025-05-01", text: TEXT } });
  expect(article.status()).toBe(201);
  const event = await api.post("/api/v1/events", { data: { name: "Summer festival", date: "2025-06-21" } });
  expect(event.status()).toBe(201);
  const articleId = (await article.json()).id as string;
  const eventId = (await event.json()).id as string;
  for (const [i, [quote, statement]] of QUOTES.entries()) {
    const start = TEXT.indexOf(quote);
    // The ferry claim has no event: publishing it is refused (issue 11).
    const claim = await api.post("/api/v1/claims", {
      data: { articleId, eventId: i === 2 ? null : eventId, start, end: start + quote.length, quote, statement, attributedTo: "insiders" },
    });
    expect(claim.status()).toBe(201);
  }
}

test("search, filter, save a view and reopen it from its URL", async ({ page, editor }) => {
  void editor;
  await desk(page.request);
  await page.goto("/desk/claims");
  await expect(page.getByRole("link", { name: "The tram will run all night." })).toBeVisible();

  await page.getByLabel("Search claims").fill("tram");
  await page.getByLabel("Search claims").press("Enter");
  await expect(page).toHaveURL(/q=tram/);
  await expect(page.locator("#claim-list tbody tr")).toHaveCount(1);
  await page.getByLabel("State").selectOption("draft");
  await expect(page).toHaveURL(/state=draft/);
  await expect(page.locator("#claim-list tbody tr")).toHaveCount(1);

  await page.getByLabel("Name of this view").fill("Tram drafts");
  await page.getByRole("button", { name: "Save view" }).click();
  const saved = page.getByRole("link", { name: "Tram drafts" });
  await expect(saved).toHaveAttribute("href", "/desk/claims?q=tram&state=draft");

  // The back button undoes the filter; the saved view's URL brings it back.
  await page.goBack();
  await expect(page).not.toHaveURL(/state=draft/);
  await page.goto("/desk/claims");
  await expect(page.locator("#claim-list tbody tr")).toHaveCount(3);
  await page.getByRole("link", { name: "Tram drafts" }).click();
  await expect(page).toHaveURL(/q=tram&state=draft/);
  await expect(page.locator("#claim-list tbody tr")).toHaveCount(1);
  await expect(page.getByLabel("Search claims")).toHaveValue("tram");
});

test("select three claims and publish them in bulk: one is refused with its reason", async ({ page, editor }) => {
  void editor;
  await desk(page.request);
  await page.goto("/desk/claims?sort=source");
  const boxes = page.locator("#claim-list tbody input[type=checkbox]");
  await boxes.nth(0).click();
  await boxes.nth(2).click({ modifiers: ["Shift"] });
  await expect(page.getByText("3 claims selected")).toBeVisible();
  await page.getByRole("button", { name: "Apply" }).click();
  const report = page.getByTestId("bulk-report");
  await expect(report).toContainText("Publish: 2 done, 1 refused.");
  await expect(report).toContainText("The ferry will be free.");
  await expect(report).toContainText("Set the event before publishing");
  await page.getByLabel("State").selectOption("published");
  await expect(page.locator("#claim-list tbody tr")).toHaveCount(2);
});

test("keyboard: ? opens the help, / searches, j/k move, nothing fires while typing", async ({ page, editor }) => {
  void editor;
  await desk(page.request);
  await page.goto("/desk/claims?sort=source");
  await expect(page.locator("#claim-list tbody tr")).toHaveCount(3);

  await page.keyboard.press("?");
  const dialog = page.getByRole("dialog", { name: "Keyboard shortcuts" });
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText("Next item in a list");
  await expect(page.getByRole("button", { name: "Close" })).toBeFocused();
  await page.keyboard.press("Escape");
  await expect(dialog).toBeHidden();

  await page.keyboard.press("j");
  await expect(page.getByRole("link", { name: "The mayor will open the bridge." })).toBeFocused();
  await page.keyboard.press("j");
  await expect(page.getByRole("link", { name: "The tram will run all night." })).toBeFocused();
  await page.keyboard.press("k");
  await expect(page.getByRole("link", { name: "The mayor will open the bridge." })).toBeFocused();

  await page.keyboard.press("/");
  await expect(page.getByLabel("Search claims")).toBeFocused();
  await page.keyboard.type("j?x");
  await expect(page.getByLabel("Search claims")).toHaveValue("j?x");
  await expect(dialog).toBeHidden();
});

for (const width of [390, 1280]) {
  test(`the claim and article lists are axe-clean at ${width} px`, async ({ page, editor }) => {
    void editor;
    // Four axe scans: slow on a loaded machine.
    test.setTimeout(240_000);
    await page.setViewportSize({ width, height: 900 });
    await desk(page.request);
    for (const path of ["/desk/claims", "/desk/articles"]) {
      await page.goto(path);
      await expect(page.locator("table")).toBeVisible();
      if (path === "/desk/claims") await page.locator("#claim-list tbody input[type=checkbox]").first().click();
      await page.screenshot({ path: `test-results/desk-lists-${path.split("/").pop()}-${width}.png`, fullPage: true });
      const { violations } = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
      expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
    }
  });
}
