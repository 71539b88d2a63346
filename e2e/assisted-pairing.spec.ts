import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, test } from "./fixtures";

const SEEDS = path.resolve(__dirname, "../seeds");
const CANDIDATE = /French media reported that Cruise/;

// The seed files start with a " date YYYY-MM-DD" header, which the API takes as a field.
function seed(file: string) {
  const raw = readFileSync(path.join(SEEDS, file), "utf8");
  const m = /^\s*date (\d{4}-\d{2}-\d{2})\s*/.exec(raw)!;
  return { publishedAt: m[1]!, text: raw.slice(m[0].length) };
}

test("an editor turns a claim candidate into a claim and attaches a suggested passage", async ({ page, freshDb, editor }) => {
  void editor;
  await test.step("the event and both seed articles exist", async () => {
    const event = await page.request.post("/api/v1/events", { data: { name: "Paris 2024 closing ceremony", date: "2024-08-11" } });
    expect(event.status()).toBe(201);
    for (const [file, outlet] of [
      ["000_f94b17f3090b845b.txt", "Pre-event source"],
      ["003_0a268e9d4ae5c4e2.txt", "Post-event source"],
    ] as const) {
      const res = await page.request.post("/api/v1/articles", { data: { outlet, ...seed(file) } });
      expect(res.status()).toBe(201);
    }
  });

  await test.step("accept a claim candidate in the pre-event article", async () => {
    await page.goto("/desk/articles");
    await page.getByRole("link", { name: /^From scaling a skyscraper/ }).click();
    const candidates = page.getByTestId("claim-candidates");
    const candidate = candidates.getByTestId("claim-candidate").filter({ hasText: CANDIDATE });
    // "French media" names no one in particular: an unnamed source (issue 13, scripts/candidates-eval/RULES.md).
    await expect(candidate).toContainText("Reported by unnamed sources");
    await expect(candidate).toContainText("attributed to French media");
    if (process.env.HINDSIGHT_SCREENSHOTS) {
      // Tall enough that the sticky side panel shows the whole list.
      await page.setViewportSize({ width: 1280, height: 2400 });
      await page.screenshot({ path: "docs/screenshots/claim-candidates.png", fullPage: true });
    }
    await candidate.getByRole("button", { name: "Create this claim" }).click();
    await expect(page.getByRole("status")).toContainText("Claim created.");
    // Claimed sentences leave the list and are marked in the text.
    await expect(candidates.getByTestId("claim-candidate").filter({ hasText: CANDIDATE })).toHaveCount(0);
    await expect(page.getByTestId("article-text").locator("mark", { hasText: "French media reported" })).toBeVisible();
    await page.getByRole("link", { name: "Open the claim" }).click();
  });

  await test.step("attach the best suggested passage with its stance, reject the next", async () => {
    // The drafted statement leaves the attribution to its own field.
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Cruise will perform a stunt at the Closing Ceremony.");
    await expect(page.getByTestId("rumor-quote")).toContainText("This week, French media reported that Cruise");
    const panel = page.getByTestId("suggested-evidence");
    const first = panel.getByTestId("suggestion").first();
    await expect(first).toContainText("Tom Cruise");
    if (process.env.HINDSIGHT_SCREENSHOTS) await page.screenshot({ path: "docs/screenshots/suggested-evidence.png", fullPage: true });
    const quote = (await first.locator("blockquote").textContent())!;
    const hint = (await first.getByRole("combobox", { name: "Stance" }).inputValue()) as "supports" | "contradicts" | "mentions";
    await first.getByRole("button", { name: "Attach" }).click();
    await expect(page.getByTestId("evidence-list")).toContainText(quote);
    await expect(page.getByTestId("evidence-list")).toContainText({ supports: "Supports", contradicts: "Contradicts", mentions: "Mentions" }[hint]);
    expect(freshDb.count("Evidence")).toBe(1);
    // Attached passages are no longer suggested.
    await expect(panel.locator("blockquote", { hasText: quote })).toHaveCount(0);

    const next = panel.getByTestId("suggestion").first();
    const rejected = (await next.locator("blockquote").textContent())!;
    await next.getByRole("button", { name: "Reject" }).click();
    await expect(panel.locator("blockquote", { hasText: rejected })).toHaveCount(0);
    // Still rejected after a reload: the panel settles without it.
    await page.reload();
    const settled = page.getByTestId("suggestion").or(page.getByText(/^No suggestions/));
    await expect(settled.first()).toBeVisible();
    await expect(page.getByTestId("suggested-evidence").locator("blockquote", { hasText: rejected })).toHaveCount(0);
  });
});
