import AxeBuilder from "@axe-core/playwright";
import type { APIRequestContext } from "@playwright/test";
import { expect, test } from "./fixtures";
import { E2E_ON_POSTGRES, literal, runSql } from "./support/database";

// The desk's lists (issue 14): search, filters and saved views in the URL,
// bulk publishing with a per-claim report, and the keyboard shortcuts.

const TEXT = "Insiders say the mayor will open the new bridge in person, the tram will run all night, and a ferry will be free before the festival.";
const QUOTES = [
  ["the mayor will open the new bridge in person", "The mayor will open the bridge."],
  ["the tram will run all night", "The tram will run all night."],
  ["a ferry will be free", "The ferry will be free."],
] as const;

/** The desk's three claims; returns each one's id and rumor version, in the order of QUOTES. */
async function desk(api: APIRequestContext) {
  const article = await api.post("/api/v1/articles", { data: { outlet: "City Wire", publishedAt: "2025-05-01", text: TEXT } });
  expect(article.status()).toBe(201);
  const event = await api.post("/api/v1/events", { data: { name: "Summer festival", date: "2025-06-21" } });
  expect(event.status()).toBe(201);
  const articleId = (await article.json()).id as string;
  const eventId = (await event.json()).id as string;
  const claims: { id: string; version: number }[] = [];
  for (const [i, [quote, statement]] of QUOTES.entries()) {
    const start = TEXT.indexOf(quote);
    // The ferry claim has no event: publishing it is refused (issue 11).
    const claim = await api.post("/api/v1/claims", {
      data: { articleId, eventId: i === 2 ? null : eventId, start, end: start + quote.length, quote, statement, attributedTo: "insiders" },
    });
    expect(claim.status()).toBe(201);
    claims.push((await claim.json()) as { id: string; version: number });
  }
  return claims;
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
  // The rows are server-rendered; the shortcuts listen only once React has hydrated the desk,
  // which the sign-out button (disabled until then) shows.
  await expect(page.getByRole("button", { name: "Sign out", exact: true })).toBeEnabled();

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

const count = (sql: string) => Number(runSql(sql)[0]);

test("filter by assignee, assign in bulk, request review in bulk: each claim reported", async ({ page, editor, accounts }) => {
  test.setTimeout(120_000);
  const cora = accounts.create("editor", "Cora Colleague");
  const [mayor] = await desk(page.request);
  // The mayor claim has a draft verdict by this editor; the tram claim has none.
  const verdict = await page.request.post(`/api/v1/claims/${mayor!.id}/verdicts`, {
    data: { rating: "confirmed", rationale: "The opening-day report shows the mayor cutting the ribbon.", version: mayor!.version },
  });
  expect(verdict.status()).toBe(201);
  await page.goto("/desk/claims?sort=source");
  const rows = page.locator("#claim-list tbody tr");
  await expect(rows).toHaveCount(3);

  // Assign the first two to a colleague.
  const boxes = page.locator("#claim-list tbody input[type=checkbox]");
  await boxes.nth(0).click();
  await boxes.nth(1).click();
  await page.getByLabel("Action", { exact: true }).selectOption("assign");
  await page.getByLabel("Assign to", { exact: true }).selectOption({ label: "Cora Colleague" });
  await page.getByRole("button", { name: "Apply" }).click();
  await expect(page.getByTestId("bulk-report")).toContainText("Assign: 2 done.");
  await expect(rows.filter({ hasText: "Cora Colleague" })).toHaveCount(2);

  // Her claims: the filter is in the URL.
  await page.getByLabel("Assigned to", { exact: true }).selectOption({ label: "Cora Colleague" });
  await expect(page).toHaveURL(new RegExp(`assignee=${cora.id}`));
  await expect(rows).toHaveCount(2);

  // Request review for both: the one without a draft verdict is refused, with the reason.
  await page.getByLabel("Select every claim on this page").check();
  await page.getByLabel("Action", { exact: true }).selectOption("request_review");
  await page.getByRole("button", { name: "Apply" }).click();
  const report = page.getByTestId("bulk-report");
  await expect(report).toContainText("Request review: 1 done, 1 refused.");
  await expect(report).toContainText("The tram will run all night.");
  await expect(report).toContainText("This claim has no draft verdict to send for review.");

  // Nobody's claims, taken by me.
  await page.getByLabel("Assigned to", { exact: true }).selectOption({ label: "Nobody (unassigned)" });
  await expect(page).toHaveURL(/assignee=unassigned/);
  await expect(rows).toHaveCount(1);
  await boxes.nth(0).click();
  await page.getByLabel("Action", { exact: true }).selectOption("assign");
  // The bar remembers the last editor chosen; "(me)" marks the signed-in one.
  await page.getByLabel("Assign to", { exact: true }).selectOption({ label: `${editor.name} (me)` });
  await expect(page.getByLabel("Assign to", { exact: true })).toHaveValue(editor.id);
  await page.getByRole("button", { name: "Apply" }).click();
  await expect(page.getByTestId("bulk-report")).toContainText("Assign: 1 done.");
  await page.getByLabel("Assigned to", { exact: true }).selectOption({ label: "Me" });
  await expect(page).toHaveURL(/assignee=me/);
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText("The ferry will be free.");
  await page.getByLabel("Name of this view").fill("Mine");
  await page.getByRole("button", { name: "Save view" }).click();
  await expect(page.getByRole("link", { name: "Mine" })).toHaveAttribute("href", "/desk/claims?assignee=me&sort=source");

  // Per claim: an audit row each, and the colleague told of each assignment and of the review request.
  expect(count(`SELECT COUNT(*) FROM "AuditEvent" WHERE "action" = 'claim.assign' AND "outcome" = 'ok'`)).toBe(3);
  expect(count(`SELECT COUNT(*) FROM "AuditEvent" WHERE "action" = 'verdict.review_request' AND "outcome" = 'refused'`)).toBe(1);
  expect(count(`SELECT COUNT(*) FROM "Notification" WHERE "userId" = ${literal(cora.id)} AND "kind" = 'assigned'`)).toBe(2);
  expect(count(`SELECT COUNT(*) FROM "Notification" WHERE "userId" = ${literal(cora.id)} AND "kind" = 'review-requested'`)).toBe(1);
});

test("an admin restores an article from the deleted-articles page after the undo window", async ({ page, admin, accounts, baseURL }) => {
  test.setTimeout(240_000);
  const created = await page.request.post("/api/v1/articles", {
    data: {
      outlet: "Harbour Weekly",
      title: "Tides and nothing else",
      publishedAt: "2025-05-02",
      text: "The tide tables for May, and nothing a claim could quote.",
    },
  });
  expect(created.status()).toBe(201);
  const id = (await created.json()).id as string;
  expect((await page.request.delete(`/api/v1/articles/${id}`)).status()).toBe(200);
  // The ten minutes pass by data: the deletion is dated an hour ago.
  const hourAgo = new Date(Date.now() - 60 * 60_000).toISOString();
  runSql(
    `UPDATE "AuditEvent" SET "at" = ${literal(E2E_ON_POSTGRES ? hourAgo : hourAgo.replace("Z", "+00:00"))} WHERE "action" = 'article.delete' AND "entityId" = ${literal(id)}`,
  );

  await page.goto("/desk");
  await page.getByRole("navigation", { name: "Editor desk" }).getByRole("link", { name: "Deleted articles" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Deleted articles" })).toBeVisible();
  const item = page.getByRole("list", { name: "Deleted articles" }).getByRole("listitem");
  await expect(item).toHaveCount(1);
  await expect(item).toContainText("Tides and nothing else");
  await expect(item).toContainText("Harbour Weekly");
  await expect(item).toContainText(`Deleted by ${admin.name}`);

  for (const width of [390, 1280]) {
    await page.setViewportSize({ width, height: 900 });
    await page.screenshot({ path: `test-results/deleted-articles-${width}.png`, fullPage: true });
    const { violations } = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
    expect(violations.map((v) => `${width}px ${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
  }

  await item.getByRole("button", { name: "Restore “Tides and nothing else”" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Restored" })).toContainText("Restored “Tides and nothing else”: it is back on the desk.");
  await expect(item).toHaveCount(0);
  await expect(page.getByText("No deleted article waits to be restored.")).toBeVisible();
  await page.getByRole("link", { name: "Open the article" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Tides and nothing else");
  await page.goto("/desk/articles");
  await expect(page.getByRole("link", { name: "Tides and nothing else" })).toBeVisible();

  // An editor neither sees the link nor the list.
  await page.context().clearCookies();
  await accounts.signIn(page.request, accounts.create("editor"), baseURL!);
  await page.goto("/desk/admin/deleted-articles");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Admins only");
  await expect(page.getByRole("link", { name: "Deleted articles" })).toHaveCount(0);
  expect((await page.request.get("/api/v1/admin/deleted-articles")).status()).toBe(403);
});
