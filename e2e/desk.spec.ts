import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, test } from "./fixtures";

const SEEDS = path.resolve(__dirname, "../seeds");
const HER = "H.E.R. will sing the U.S. national anthem live at the Stade de France as part of the handover to Los Angeles.";

test("bad input gets a clear message and writes nothing", async ({ page, freshDb, editor }) => {
  await page.goto("/desk/articles/new");
  const paste = page.getByRole("region", { name: "Paste an article" });
  await paste.getByLabel("Outlet").fill("Desk test outlet");
  await paste.getByLabel("Article text").fill("A rumor with no date attached to it at all.");
  await paste.getByRole("button", { name: "Add article" }).click();
  await expect(paste.getByText(/date/i).and(paste.locator(".field-error"))).toBeVisible();

  const bulk = page.getByRole("region", { name: "Import JSON Lines" });
  const lines = [
    JSON.stringify({ outlet: "Wire", publishedAt: "2024-08-01", text: "A good line." }),
    "{ not json",
    JSON.stringify({ outlet: "Wire", publishedAt: "2024-13-45", text: "A bad date." }),
  ].join("\n");
  await bulk.getByLabel("JSON Lines file").setInputFiles({ name: "batch.jsonl", mimeType: "application/x-ndjson", buffer: Buffer.from(lines) });
  await bulk.getByRole("button", { name: "Import file" }).click();
  await expect(bulk.getByRole("alert").first()).toContainText(/line 2/i);
  expect(freshDb.count("Article")).toBe(0);
});

test("re-resolving a claim keeps its history and readers see the new verdict at once", async ({ page, freshDb, editor }) => {
  freshDb.seedDemo();
  await page.goto("/desk/claims");
  await page.getByRole("link", { name: HER }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(HER);
  await page.getByRole("radio", { name: "Unverifiable", exact: true }).check();
  await page.getByLabel("Rationale").fill("On reflection the later report never mentions the anthem; only her performance is reported.");
  await page.getByRole("button", { name: "Publish verdict" }).click();
  await expect(page.getByRole("status")).toContainText("Verdict recorded and published");
  const history = page.getByTestId("verdict-history").getByRole("listitem");
  await expect(history).toHaveCount(2);
  await expect(history.first()).toContainText("Unverifiable");
  await expect(history.first()).toContainText("current");

  await page.getByRole("link", { name: "Public page" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(HER);
  await expect(page.locator("main [data-rating]").first()).toHaveAttribute("data-rating", "unverifiable");
  await expect(page.getByText("Partly confirmed").first()).toBeVisible();
});

test("the work queue lists what is left, and a highlighted quote leads to its claim", async ({ page, freshDb, editor }) => {
  const upload = await page.request.post("/api/v1/articles/import", {
    multipart: {
      file: { name: "pre.txt", mimeType: "text/plain", buffer: readFileSync(path.join(SEEDS, "000_f94b17f3090b845b.txt")) },
      outlet: "Queue test outlet",
    },
  });
  expect(upload.status()).toBe(201);
  const articleId = (await upload.json()).items[0].id as string;
  const body = readFileSync(path.join(SEEDS, "000_f94b17f3090b845b.txt"), "utf8").replace(/^\s*date \d{4}-\d{2}-\d{2} /, "");
  const quote = "Part of the show will take place in the air";
  const start = body.indexOf(quote);
  const claim = await page.request.post("/api/v1/claims", {
    data: { articleId, start, end: start + quote.length, quote, statement: "Part of the show will be in the air.", attributedTo: "Paris organizers" },
  });
  expect(claim.status()).toBe(201);

  await page.goto("/desk");
  await expect(page.getByRole("region", { name: "Claims without a verdict" })).toContainText("Part of the show will be in the air.");
  await expect(page.getByRole("region", { name: "Articles without claims or evidence" })).not.toContainText("From scaling");

  await page.goto(`/desk/articles/${articleId}`);
  await page.getByTestId("article-text").locator("mark", { hasText: quote }).click();
  await expect(page).toHaveURL(/\/desk\/claims\//);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Part of the show will be in the air.");
  expect(freshDb.count("Claim")).toBe(1);
});
