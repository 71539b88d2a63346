import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";

// Internal notes and desk notifications (issue 14): editor A writes a note on
// a published claim mentioning editor B; B sees the unread badge, opens the
// list, follows the link to the note; readers never see it.

const NOTE = "Call the promoter before we publish the update";

async function axeClean(page: Page, where: string) {
  const { violations } = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  const bad = violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(bad.map((v) => `${where}: ${v.id} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`)).toEqual([]);
}

test("a note mentioning a colleague reaches them on the desk and never reaches readers", async ({ page, editor, accounts, browser, baseURL, freshDb }) => {
  test.setTimeout(180_000);
  freshDb.seedDemo();
  const claims = await (await page.request.get("/api/v1/claims?limit=1")).json();
  const claim = claims.items[0] as { id: string; statement: string };
  const bea = accounts.create("editor", "Bea Reviewer");
  const beaContext = await browser.newContext({ baseURL });
  await accounts.signIn(beaContext.request, bea, baseURL!);
  const beaPage = await beaContext.newPage();

  // Editor A writes the note, picking Bea from the autocomplete by keyboard.
  await page.goto(`/desk/claims/${claim.id}`);
  const box = page.getByLabel("Add a note");
  await box.fill(`${NOTE}, `);
  await box.pressSequentially("@Be");
  await expect(page.getByTestId("notes").getByRole("option", { name: "Bea Reviewer" })).toBeVisible();
  await box.press("Enter");
  await box.pressSequentially("thanks.");
  await expect(box).toHaveValue(`${NOTE}, @Bea Reviewer thanks.`);
  await page.getByRole("button", { name: "Add note" }).click();
  const note = page.getByTestId("note").filter({ hasText: NOTE });
  await expect(note).toContainText("@Bea Reviewer thanks.");
  await expect(note).toContainText(editor.name);
  await expect(box).toHaveValue("");

  // Bea sees the badge, opens the list and follows the link to the note.
  await beaPage.goto("/desk");
  await expect(beaPage.getByTestId("unread-count")).toContainText("1");
  await beaPage.getByTestId("notification-link").click();
  await expect(beaPage).toHaveURL(/\/desk\/notifications$/);
  const item = beaPage.getByTestId("notification").first();
  await expect(item).toContainText(`${editor.name} mentioned you on the claim`);
  await expect(item).toContainText(NOTE);
  await item.getByRole("link", { name: claim.statement }).click();
  await expect(beaPage).toHaveURL(new RegExp(`/desk/claims/${claim.id}#note-`));
  await expect(beaPage.getByTestId("note").filter({ hasText: NOTE })).toBeVisible();
  await expect(beaPage.getByTestId("unread-count")).toHaveCount(0);

  // Readers: the public claim page shows the claim and nothing of the note.
  const reader = await browser.newContext({ baseURL });
  const readerPage = await reader.newPage();
  await readerPage.goto(`/claims/${claim.id}`);
  await expect(readerPage.locator("main")).toContainText(claim.statement.slice(0, 30));
  expect(await readerPage.content()).not.toContain("promoter before we publish");
  await reader.close();
  await beaContext.close();
});

test("a note being written survives a reload, mention included, and its draft is dropped once posted", async ({ page, editor, accounts }) => {
  const TEXT = "Insiders say the mayor will open the new bridge in person.";
  const article = await page.request.post("/api/v1/articles", { data: { outlet: "Draft Wire", publishedAt: "2025-05-01", text: TEXT } });
  const quote = "the mayor will open the new bridge";
  const start = TEXT.indexOf(quote);
  const created = await page.request.post("/api/v1/claims", {
    data: {
      articleId: (await article.json()).id,
      start,
      end: start + quote.length,
      quote,
      statement: "The mayor will open the bridge.",
      attributedTo: "insiders",
    },
  });
  expect(created.status()).toBe(201);
  const claimId = ((await created.json()) as { id: string }).id;
  const dan = accounts.create("editor", "Dan Desk");

  await page.goto(`/desk/claims/${claimId}`);
  const box = page.getByLabel("Add a note");
  await box.pressSequentially("Ask @Da");
  await expect(page.getByTestId("notes").getByRole("option", { name: "Dan Desk" })).toBeVisible();
  await box.press("Enter");
  await box.pressSequentially("for the city's schedule.");
  const typed = "Ask @Dan Desk for the city's schedule.";
  await expect(box).toHaveValue(typed);

  // Reloading asks first (the text is unsaved); accepted, the text is back.
  const dialogs: string[] = [];
  page.on("dialog", (d) => {
    dialogs.push(d.type());
    void d.accept();
  });
  await page.reload();
  await expect(page.getByLabel("Add a note")).toHaveValue(typed);
  expect(dialogs).toContain("beforeunload");

  // Posted: the mention picked before the reload is still a mention, and the draft is gone.
  await page.getByRole("button", { name: "Add note" }).click();
  await expect(page.getByTestId("note").filter({ hasText: "schedule" })).toContainText("@Dan Desk for the city's schedule.");
  await expect(page.getByLabel("Add a note")).toHaveValue("");
  const notes = (await (await page.request.get(`/api/v1/claims/${claimId}/notes`)).json()) as { items: { body: string }[] };
  expect(notes.items.map((n) => n.body)).toEqual([`Ask @{${dan.id}} for the city's schedule.`]);
  expect(await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith("hindsight:draft:")))).toEqual([]);
  await page.reload();
  await expect(page.getByLabel("Add a note")).toHaveValue("");
  void editor;
});

for (const width of [1280, 390]) {
  test(`notes and notifications pages have no serious accessibility violations at ${width}px`, async ({
    page,
    editor,
    accounts,
    browser,
    baseURL,
    freshDb,
  }) => {
    test.setTimeout(180_000);
    freshDb.seedDemo();
    await page.setViewportSize({ width, height: 900 });
    const claims = await (await page.request.get("/api/v1/claims?limit=1")).json();
    const claimId = claims.items[0].id as string;
    // A note from a colleague mentioning this editor, written through the API.
    const cleo = accounts.create("editor", "Cleo Colleague");
    const cleoContext = await browser.newContext({ baseURL });
    await accounts.signIn(cleoContext.request, cleo, baseURL!);
    const posted = await cleoContext.request.post(`/api/v1/claims/${claimId}/notes`, {
      data: { body: `@{${editor.id}} the archive copy differs.` },
      headers: { origin: baseURL! },
    });
    expect(posted.status()).toBe(201);
    await cleoContext.close();

    await page.goto(`/desk/claims/${claimId}`);
    await expect(page.getByTestId("note")).toContainText(`@${editor.name} the archive copy differs.`);
    await page.getByLabel("Add a note").pressSequentially("Agreed, @C");
    await expect(page.getByTestId("notes").getByRole("option", { name: "Cleo Colleague" })).toBeVisible();
    await axeClean(page, `claim notes at ${width}px`);
    await page.screenshot({ path: `test-results/notes-claim-${width}.png`, fullPage: true });
    // The half-typed note is a draft now: leaving asks first (accepted here).
    page.on("dialog", (d) => void d.accept());
    await page.goto("/desk/notifications");
    await expect(page.getByTestId("notification")).toHaveCount(1);
    await axeClean(page, `notifications at ${width}px`);
    await page.screenshot({ path: `test-results/notes-notifications-${width}.png`, fullPage: true });
  });
}
