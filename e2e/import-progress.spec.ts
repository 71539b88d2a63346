import AxeBuilder from "@axe-core/playwright";
import { syntheticJsonl } from "../scripts/lib/synthetic-articles";
import { expect, test } from "./fixtures";

// A JSON Lines file of a few hundred realistic articles (~1.5 MB) through the
// desk: the progress bar follows the browser's check and the server's phases
// as they stream in, ends full, and the result summary follows.
const COUNT = 400;

test("a large JSON Lines import shows live progress to the end, then the result", async ({ page, freshDb, editor }) => {
  await page.goto("/desk/articles/new");
  const bulk = page.getByRole("region", { name: "Import JSON Lines" });
  const file = { name: "wire.jsonl", mimeType: "application/x-ndjson", buffer: Buffer.from(syntheticJsonl(COUNT, 11)) };
  await bulk.getByLabel("JSON Lines file").setInputFiles(file);

  // Every state the bar passes through, recorded in the page as it changes.
  await page.evaluate(() => {
    const seen: string[] = [];
    (window as unknown as { progressSeen: string[] }).progressSeen = seen;
    new MutationObserver(() => {
      const bar = document.querySelector('[role="progressbar"]');
      const text = bar?.getAttribute("aria-valuetext");
      if (text && seen.at(-1) !== text) seen.push(text);
    }).observe(document.body, { subtree: true, childList: true, attributes: true, attributeFilter: ["aria-valuetext"] });
  });
  await bulk.getByRole("button", { name: "Import file" }).click();

  const bar = bulk.getByRole("progressbar", { name: "Import progress" });
  await expect(bar).toHaveAttribute("aria-valuetext", `Import finished: ${COUNT} articles`);
  await expect(bar).toHaveAttribute("aria-valuemin", "0");
  await expect(bar).toHaveAttribute("aria-valuemax", String(COUNT));
  await expect(bar).toHaveAttribute("aria-valuenow", String(COUNT));
  await expect(bulk.getByRole("status")).toContainText(`Created ${COUNT} articles.`);
  await expect(bulk.getByRole("status")).toContainText(`…and ${COUNT - 20} more articles`);
  await expect(bulk.getByRole("button", { name: "Import file" })).toBeEnabled();
  expect(freshDb.count("Article")).toBe(COUNT);
  expect(freshDb.count("AuditEvent")).toBe(COUNT);

  // It moved through the phases in order while the import ran. (Phases that
  // finish within one frame may be drawn only at their end, or not at all.)
  // Indexing only happens once this server has built its suggestion index (another test may have).
  const ORDER = [
    "Checking the file",
    "Sending the file",
    "Reading and checking",
    "Finding duplicates",
    "Writing",
    "Indexing for suggestions",
    "Import finished",
  ];
  const seen = await page.evaluate(() => (window as unknown as { progressSeen: string[] }).progressSeen);
  const phases = [...new Set(seen.map((s) => s.split(":")[0]!))];
  expect(phases[0]).toBe("Checking the file");
  expect(phases.at(-1)).toBe("Import finished");
  expect(phases.length).toBeGreaterThanOrEqual(4);
  expect(phases.filter((p) => !ORDER.includes(p))).toEqual([]);
  expect(phases.map((p) => ORDER.indexOf(p))).toEqual(phases.map((p) => ORDER.indexOf(p)).sort((a, b) => a - b));
  expect(seen.filter((s) => /^(Sending|Reading|Finding|Writing|Indexing)/.test(s)).every((s) => / of [\d,.]+ (articles|MiB), \d+%/.test(s))).toBe(true);

  const { violations } = await new AxeBuilder({ page }).include("main").withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  expect(violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => v.id)).toEqual([]);

  // The same file again: nothing new, every article reported as a duplicate.
  await bulk.getByLabel("JSON Lines file").setInputFiles(file);
  await bulk.getByRole("button", { name: "Import file" }).click();
  await expect(bulk.getByRole("status")).toContainText(`Nothing new: ${COUNT} duplicates already stored.`);
  await expect(bar).toHaveAttribute("aria-valuenow", String(COUNT));
  expect(freshDb.count("Article")).toBe(COUNT);

  // The article list shows what was imported.
  await page.getByRole("link", { name: "Articles", exact: true }).first().click();
  await expect(page.getByRole("heading", { level: 1, name: "Articles" })).toBeVisible();
  await expect(page.getByRole("table")).toContainText("The Harbour Ledger");
});

test("a bad line far into a large file is named and nothing is written", async ({ page, freshDb, editor }) => {
  await page.goto("/desk/articles/new");
  const bulk = page.getByRole("region", { name: "Import JSON Lines" });
  const lines = syntheticJsonl(COUNT, 12).trimEnd().split("\n");
  lines[321] = JSON.stringify({ outlet: "Wire", publishedAt: "2024-02-30", text: "No such day." });
  await bulk.getByLabel("JSON Lines file").setInputFiles({ name: "wire.jsonl", mimeType: "application/x-ndjson", buffer: Buffer.from(lines.join("\n")) });
  await bulk.getByRole("button", { name: "Import file" }).click();
  await expect(bulk.getByRole("alert")).toContainText("Line 322");
  await expect(bulk.getByRole("progressbar")).toHaveCount(0);
  expect(freshDb.count("Article")).toBe(0);
});
