import { startFixtureSite, ARTICLE_TEXT, type FixtureSite } from "../test/fixture-site";
import { expect, test } from "./fixtures";
import { E2E_ON_POSTGRES, runSql } from "./support/database";

// "Add by URL" in the desk against a news site this test starts on loopback
// (the e2e server lists 127.0.0.1 in HINDSIGHT_FETCH_ALLOW_PRIVATE_HOSTS):
// fetch, review, correct, save; and each kind of page that must be refused.

let site: FixtureSite;
test.beforeAll(async () => {
  site = await startFixtureSite();
});
test.afterAll(() => site.close());

test("an article with metadata is fetched, reviewed, corrected and saved with its archived capture", async ({ page, freshDb, editor }) => {
  void editor;
  await page.goto("/desk/articles/new");
  const form = page.getByRole("region", { name: "Add by URL" });
  await form.getByLabel("Article address").fill(`${site.origin}/article`);
  await form.getByRole("button", { name: "Fetch" }).click();

  const review = form.getByRole("form", { name: "Check what the page says" });
  await expect(review.getByLabel("Outlet")).toHaveValue("The Daily Fixture");
  await expect(review).toContainText("a new outlet of this name will be created when you save");
  await expect(review.getByLabel("Published")).toHaveValue("2024-08-09T06:30:00.000Z");
  await expect(review).toContainText("Found in the page’s JSON-LD");
  await expect(review.getByLabel("Title")).toHaveValue("Closing ceremony: a stunt from the roof");
  await expect(review.getByLabel("URL")).toHaveValue("https://news.example/2024/08/09/closing-ceremony-stunt");
  await expect(review.getByLabel("Article text")).toHaveValue(new RegExp(ARTICLE_TEXT[1]!.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")));
  await expect(review.getByLabel("Byline")).toHaveValue("Jeanne Martin");
  expect(freshDb.count("Capture")).toBe(1);
  expect(freshDb.count("Article")).toBe(0);

  for (const width of [1280, 390]) {
    await page.setViewportSize({ width, height: 1400 });
    await page.screenshot({ path: `/tmp/i15/add-by-url-review-${width}.png`, fullPage: true });
  }
  await review.getByLabel("Title").fill("Closing ceremony: a Hollywood stunt from the roof");
  await review.getByRole("button", { name: "Save article" }).click();
  await expect(review.getByRole("status")).toContainText("Created 1 article");
  await expect(review.getByRole("link", { name: "Closing ceremony: a Hollywood stunt from the roof" })).toBeVisible();
  expect(freshDb.count("Article")).toBe(1);
  expect(freshDb.count("Outlet")).toBe(1);
  // Saving scheduled the re-captures (HINDSIGHT_RECAPTURE_AFTER=2s,7d here); the worker inside the
  // app server takes the first when it falls due and archives the page again under the article.
  expect(scheduledRecaptures()).toBe(2);
  await expect.poll(() => freshDb.count("Capture"), { timeout: 20_000 }).toBe(2);
});

test("a page without a date cannot be saved until the editor gives one", async ({ page, freshDb, editor }) => {
  void editor;
  await page.goto("/desk/articles/new");
  const form = page.getByRole("region", { name: "Add by URL" });
  await form.getByLabel("Article address").fill(`${site.origin}/bare`);
  await form.getByRole("button", { name: "Fetch" }).click();
  const review = form.getByRole("form", { name: "Check what the page says" });
  await expect(review.getByLabel("Published")).toHaveValue("");
  await expect(review).toContainText("The page states no date");
  await review.getByRole("button", { name: "Save article" }).click();
  await expect(review.getByText("A date is required.")).toBeVisible();
  expect(freshDb.count("Article")).toBe(0);

  await review.getByLabel("Published").fill("2024-08-09");
  await review.getByRole("button", { name: "Save article" }).click();
  await expect(review.getByRole("status")).toContainText("Created 1 article");
  expect(freshDb.count("Article")).toBe(1);
});

test("a redirect to a private address, a huge page, a slow page and a PDF are refused with a clear message, nothing kept", async ({
  page,
  freshDb,
  editor,
}) => {
  void editor;
  await page.goto("/desk/articles/new");
  const form = page.getByRole("region", { name: "Add by URL" });
  const before = site.requests.length;
  const cases: [string, RegExp][] = [
    [`/redirect?to=${encodeURIComponent("http://169.254.169.254/latest/meta-data/")}`, /Refused: 169\.254\.169\.254 is not a public address/],
    [
      `/redirect?to=${encodeURIComponent(`http://localhost:${new URL(site.origin).port}/article`)}`,
      /Refused: localhost resolves to .* not a public address \(loopback\)/,
    ],
    ["/huge", /The page is larger than 1 MiB\./],
    ["/slow", /The site did not answer in full within 3 s\./],
    ["/report.pdf", /answers application\/pdf, not a web page Hindsight can read/],
  ];
  for (const [path, message] of cases) {
    await form.getByLabel("Article address").fill(`${site.origin}${path}`);
    await form.getByRole("button", { name: "Fetch" }).click();
    await expect(form.getByText(message)).toBeVisible();
    await expect(form.getByLabel("Article address")).toHaveAttribute("aria-invalid", "true");
  }
  await page.setViewportSize({ width: 390, height: 900 });
  await page.screenshot({ path: "/tmp/i15/add-by-url-refused-390.png", fullPage: true });
  // The private targets were never asked for: only the fixture's own pages were.
  expect(site.requests.slice(before).map((r) => r.path.split("?")[0])).toEqual(["/redirect", "/redirect", "/huge", "/slow", "/report.pdf"]);
  expect(freshDb.count("Capture")).toBe(0);
  expect(freshDb.count("Article")).toBe(0);
});

/** Re-capture jobs scheduled so far: SQLite keeps them in "Job", PostgreSQL in pg-boss's own schema (ADR 0027). */
function scheduledRecaptures(): number {
  const table = E2E_ON_POSTGRES ? "pgboss.job" : '"Job"';
  return Number(runSql(`SELECT COUNT(*) AS n FROM ${table} WHERE name = 'source-recapture'`)[0]);
}
