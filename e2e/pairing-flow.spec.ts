import path from "node:path";
import { expect, test } from "./fixtures";
import { selectText } from "./support/select-text";

const SEEDS = path.resolve(__dirname, "../seeds");
const RUMOR = "will perform a stunt at the Closing Ceremony";
const OUTCOME = "Tom Cruise — in his Ethan Hunt persona — wowed by descending from the top of the stadium";
const STATEMENT = "Tom Cruise will perform a stunt at the Paris closing ceremony";

test("an editor imports the seed articles, pairs a rumor with its outcome, and readers see the verdict", async ({ page, freshDb, editor }) => {
  await test.step("create the event", async () => {
    await page.goto("/desk/events");
    await page.getByLabel("Event name").fill("Paris 2024 closing ceremony");
    await page.getByLabel("Event date").fill("2024-08-11");
    await page.getByLabel("Place (optional)").fill("Stade de France");
    await page.getByRole("button", { name: "Create event" }).click();
    await expect(page.getByRole("cell", { name: "Paris 2024 closing ceremony", exact: true })).toBeVisible();
  });

  await test.step("import both seed articles through the upload form", async () => {
    await page.goto("/desk/articles/new");
    const upload = page.getByRole("region", { name: "Upload one article" });
    for (const [file, outlet] of [
      ["000_f94b17f3090b845b.txt", "Pre-event source"],
      ["003_0a268e9d4ae5c4e2.txt", "Post-event source"],
    ] as const) {
      await upload.getByLabel("Article file").setInputFiles(path.join(SEEDS, file));
      await upload.getByLabel("Outlet").fill(outlet);
      await upload.getByRole("button", { name: "Upload article" }).click();
      await expect(upload.getByRole("status")).toContainText("Created 1 article");
    }
    // The same text again is reported, not stored twice.
    await upload.getByLabel("Article file").setInputFiles(path.join(SEEDS, "000_f94b17f3090b845b.txt"));
    await upload.getByLabel("Outlet").fill("Pre-event source");
    await upload.getByRole("button", { name: "Upload article" }).click();
    await expect(upload.getByRole("status")).toContainText("already stored");
    expect(freshDb.count("Article")).toBe(2);
  });

  await test.step("select the rumor in the pre-event article and make it a claim", async () => {
    await page.goto("/desk/articles");
    await page.getByRole("link", { name: /^From scaling a skyscraper/ }).click();
    const text = page.getByTestId("article-text");
    await selectText(page, text, RUMOR);
    await expect(page.getByTestId("selected-quote")).toHaveText(RUMOR);
    await page.getByLabel("Statement").fill(STATEMENT);
    await page.getByLabel("Attributed to").fill("French media");
    await expect(page.getByLabel("Event")).toHaveValue(/.+/);
    await page.getByRole("button", { name: "Create claim" }).click();
    await expect(page.getByRole("status")).toContainText("Claim created.");
    await expect(text.locator("mark", { hasText: RUMOR })).toBeVisible();
  });

  await test.step("attach the outcome from the post-event article as evidence", async () => {
    await page.goto("/desk/articles");
    await page.getByRole("link", { name: /^Setting out to prove/ }).click();
    await selectText(page, page.getByTestId("article-text"), OUTCOME);
    await expect(page.getByTestId("selected-quote")).toHaveText(OUTCOME);
    await page.getByRole("button", { name: "Evidence for a claim" }).click();
    await page.getByRole("radiogroup", { name: "Claim this passage settles" }).getByRole("radio", { name: STATEMENT }).check();
    await page.getByRole("radio", { name: "Supports" }).check();
    await page.getByRole("button", { name: "Attach evidence" }).click();
    await expect(page.getByRole("status")).toContainText("Evidence attached.");
    await page.getByRole("link", { name: "Open the claim" }).click();
  });

  await test.step("set the verdict on the claim", async () => {
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(STATEMENT);
    await expect(page.getByTestId("rumor-quote")).toHaveText(RUMOR);
    await expect(page.getByTestId("evidence-list")).toContainText(OUTCOME);
    await page.getByRole("radio", { name: "Confirmed", exact: true }).check();
    await page.getByLabel("Rationale").fill("The post-event report describes Cruise descending from the top of the stadium.");
    await page.getByRole("button", { name: "Publish verdict" }).click();
    await expect(page.getByRole("status")).toContainText("Verdict recorded and published");
    expect(freshDb.count("Verdict")).toBe(1);
    await page.getByRole("button", { name: "Publish claim" }).click();
    await expect(page.getByTestId("claim-publishing")).toContainText("Published");
  });

  await test.step("readers see the claim and its verdict on the dashboard, both quotes on its page", async () => {
    await page.goto("/");
    const row = page.getByRole("article", { name: STATEMENT });
    await expect(row).toContainText("Confirmed");
    await expect(row).toContainText("attributed to French media");
    await expect(row).toContainText("1 outcome quote");
    await row.getByRole("link", { name: STATEMENT }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(STATEMENT);
    await expect(page.getByRole("main")).toContainText(RUMOR);
    await expect(page.getByRole("main")).toContainText(OUTCOME);
  });
});
