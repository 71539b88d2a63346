import AxeBuilder from "@axe-core/playwright";
import type { APIRequestContext, Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { selectText } from "./support/select-text";

// Editing and undo, and no lost keystrokes (issue 14): every test makes its own data through the API.

const PRE = [
  "Insiders say Tom Cruise will abseil into the stadium during the closing ceremony.",
  "A second paragraph says the flag goes to Los Angeles by motorcycle.",
].join("\n\n");
const POST = "At the closing ceremony Tom Cruise descended from the stadium roof on a cable and took the flag to Los Angeles.";
const APPLE = "Apple watchers expect a foldable phone to be unveiled at the keynote next month.";

async function post(request: APIRequestContext, path: string, data: unknown) {
  const response = await request.post(path, { data });
  expect(response.ok(), `${path}: ${await response.text()}`).toBe(true);
  return response.json();
}

async function article(request: APIRequestContext, title: string, publishedAt: string, text: string, outlet = "Editing Gazette") {
  return (await post(request, "/api/v1/articles", { outlet, title, publishedAt, text })).id as string;
}

async function claimOn(request: APIRequestContext, articleId: string, text: string, quote: string, eventId: string) {
  const start = text.indexOf(quote);
  return (await post(request, "/api/v1/claims", { articleId, start, end: start + quote.length, quote, statement: quote, attributedTo: "insiders", eventId }))
    .id as string;
}

async function setUp(request: APIRequestContext) {
  const event = (await post(request, "/api/v1/events", { name: "Editing closing ceremony", date: "2024-08-11" })).id as string;
  const pre = await article(request, "The preview", "2024-08-09", PRE);
  const after = await article(request, "The report", "2024-08-12", POST);
  const claim = await claimOn(request, pre, PRE, "Tom Cruise will abseil", event);
  return { event, pre, after, claim };
}

async function noSeriousAxe(page: Page, what: string) {
  const { violations } = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  const bad = violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(bad.map((v) => `${what}: ${v.id} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`)).toEqual([]);
}

test("an editor widens a claim's quote by a word, checked against the stored text", async ({ page, editor }) => {
  void editor;
  const { claim } = await setUp(page.request);
  await page.goto(`/desk/claims/${claim}`);
  await page.getByRole("button", { name: "Correct the quote" }).click();
  const editorGroup = page.getByRole("group", { name: "Correct the claim's quote" });
  await editorGroup.getByRole("button", { name: "End one word later →" }).click();
  await editorGroup.getByRole("button", { name: "End one word later →" }).click();
  await expect(editorGroup.getByTestId("quote-preview").locator("mark")).toHaveText("Tom Cruise will abseil into the");
  await editorGroup.getByRole("button", { name: "Save quote" }).click();
  await expect(page.getByTestId("rumor-quote")).toHaveText("Tom Cruise will abseil into the");
  // The audit trail (collapsed) records the correction.
  await expect(page.getByText("claim.quote").first()).toBeAttached();
});

test("changing an article's date to after its event is refused with the quotes it would break", async ({ page, editor }) => {
  void editor;
  const { pre, claim } = await setUp(page.request);
  await page.goto(`/desk/articles/${pre}`);
  await page.getByRole("button", { name: "Edit details" }).click();
  const form = page.getByRole("form", { name: "Article details" });
  await form.getByLabel("Published").fill("2024-08-13");
  await form.getByRole("button", { name: "Save details" }).click();
  await expect(form.getByRole("alert")).toContainText("would break the pre-/post-event rule for 1 quote");
  const problems = form.getByTestId("rule-problems").getByRole("listitem");
  await expect(problems).toHaveCount(1);
  await expect(problems.first().getByRole("link", { name: "Claim" })).toHaveAttribute("href", `/desk/claims/${claim}`);
  // Nothing changed: the date stays, and a title edit still goes through.
  await form.getByLabel("Published").fill("2024-08-09");
  await form.getByLabel("Title").fill("The corrected preview");
  await form.getByRole("button", { name: "Save details" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("The corrected preview");
});

test("an unquoted article can be deleted and the deletion undone", async ({ page, editor }) => {
  void editor;
  const lone = await article(page.request, "Weather only", "2024-08-10", "Sunny spells over Saint-Denis, nothing else to report.");
  await page.goto(`/desk/articles/${lone}`);
  await page.getByRole("button", { name: "Delete article" }).click();
  await expect(page.getByRole("heading", { name: "Article deleted" })).toBeVisible();
  expect((await page.request.get("/api/v1/articles?q=Sunny")).ok()).toBe(true);
  await page.getByRole("button", { name: "Undo" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Weather only");
  await expect(page.getByTestId("article-text")).toContainText("Sunny spells");
});

test("a typed rationale survives a reload and asks before the page is left", async ({ page, editor }) => {
  void editor;
  const { claim } = await setUp(page.request);
  await page.goto(`/desk/claims/${claim}`);
  const rationale = page.getByLabel("Rationale");
  await rationale.fill("Later reports show the stunt happened from the roof, on a cable.");
  const dialogs: string[] = [];
  page.on("dialog", (d) => {
    dialogs.push(d.type());
    void (d.type() === "confirm" && dialogs.filter((t) => t === "confirm").length === 1 ? d.dismiss() : d.accept());
  });
  await page.reload();
  await expect(page.getByLabel("Rationale")).toHaveValue("Later reports show the stunt happened from the roof, on a cable.");
  // An in-app link asks first: dismissed, the page stays.
  await page.getByRole("link", { name: "Editing Gazette" }).first().click();
  await expect.poll(() => dialogs.includes("confirm")).toBe(true);
  await expect(page).toHaveURL(new RegExp(`/desk/claims/${claim}$`));
  // Saved, the draft is gone and nothing asks any more.
  await page.getByRole("radio", { name: "Confirmed", exact: true }).check();
  await page.getByRole("button", { name: "Save as draft" }).click();
  await expect(page.getByRole("status")).toContainText("Verdict saved as a draft");
  expect(await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith("hindsight:draft:")))).toEqual([]);
});

test("article text can be selected with the keyboard alone, and a selection across paragraphs is refused", async ({ page, editor }) => {
  void editor;
  const { pre } = await setUp(page.request);
  await page.goto(`/desk/articles/${pre}`);
  // The skip link is the first stop.
  await page.keyboard.press("Tab");
  await expect(page.getByRole("link", { name: "Skip to main content" })).toBeFocused();

  await page.getByRole("button", { name: "Select with the keyboard" }).click();
  const text = page.getByRole("textbox", { name: /Article text/ });
  await text.focus();
  await page.keyboard.press("Control+Home");
  for (let i = 0; i < "Insiders say ".length; i++) await page.keyboard.press("ArrowRight");
  for (let i = 0; i < "Tom Cruise".length; i++) await page.keyboard.press("Shift+ArrowRight");
  await expect(page.getByTestId("selected-quote")).toHaveText("Tom Cruise");
  await expect(page.getByLabel("Statement")).toHaveValue("Tom Cruise");
  // Typing into the text changes nothing.
  await text.focus();
  await page.keyboard.type("xyz");
  await expect(page.getByTestId("article-text")).not.toContainText("xyz");

  await page.getByRole("button", { name: "Select with the keyboard" }).click();
  await selectText(page, page.getByTestId("article-text"), "closing ceremony.\n\nA second");
  await expect(page.getByRole("alert").filter({ hasText: "A quote must stay within one paragraph" })).toBeVisible();
});

test("the evidence claim picker ranks the claim's event first and preselects the claim from 'find evidence'", async ({ page, editor }) => {
  void editor;
  const { after, claim } = await setUp(page.request);
  const keynote = (await post(page.request, "/api/v1/events", { name: "Apple keynote", date: "2024-08-10" })).id as string;
  const apple = await article(page.request, "Apple preview", "2024-08-01", APPLE, "Gadget Weekly");
  await claimOn(page.request, apple, APPLE, "a foldable phone to be unveiled", keynote);

  await page.goto(`/desk/claims/${claim}`);
  await page.getByText(/Find evidence in later articles/).click();
  await page.getByRole("listitem").getByRole("link", { name: "The report" }).click();
  await expect(page).toHaveURL(new RegExp(`/desk/articles/${after}\\?claim=${claim}`));
  await selectText(page, page.getByTestId("article-text"), "Tom Cruise descended from the stadium roof");
  const picker = page.getByRole("radiogroup", { name: "Claim this passage settles" });
  await expect(picker.getByRole("radio").first()).toBeChecked();
  await expect(picker.locator("label").first()).toContainText("Tom Cruise will abseil");
  await expect(picker.locator("label").last()).toContainText("foldable phone");
  await page.getByRole("searchbox", { name: "Search claims" }).fill("foldable");
  await expect(picker.getByRole("radio")).toHaveCount(1);
  await page.getByRole("searchbox", { name: "Search claims" }).fill("");
  await page.getByRole("radio", { name: /Supports/ }).check();
  await page.getByRole("button", { name: "Attach evidence" }).click();
  await expect(page.getByRole("status")).toContainText("Evidence attached.");
});

for (const width of [1280, 390]) {
  test(`the editing forms have no serious accessibility violations at ${width}px`, async ({ page, editor }) => {
    void editor;
    test.setTimeout(180_000);
    await page.setViewportSize({ width, height: 900 });
    const { pre, claim } = await setUp(page.request);
    await page.goto(`/desk/claims/${claim}`);
    await page.getByRole("button", { name: "Correct the quote" }).click();
    await page.getByLabel("Find the outlet it relays").fill("Edit");
    await noSeriousAxe(page, "claim page");
    await page.goto(`/desk/articles/${pre}`);
    await page.getByRole("button", { name: "Edit details" }).click();
    await page.getByRole("button", { name: "Select with the keyboard" }).click();
    await noSeriousAxe(page, "article page");
    await page.goto("/desk/events");
    await page.getByRole("button", { name: "Edit Editing closing ceremony" }).click();
    await noSeriousAxe(page, "events page");
  });
}
