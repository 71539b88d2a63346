import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "./fixtures";

// Every public page, on the demo data, at desktop and phone width. Serious
// and critical violations fail the test; the rest are printed.
const PAGES = [
  "/",
  "/?q=cruise&rating=confirmed",
  "/events",
  "/outlets",
  "/outlets/unnamed-outlet-tom-cruise-stunt-preview",
  "/methodology",
  "/events/paris-2024-closing-ceremony",
  "CLAIM",
  "RUMOR",
  "/claims/missing",
  "/rumors/missing",
];

for (const width of [1280, 390]) {
  test(`public pages have no serious accessibility violations at ${width}px`, async ({ page, request, freshDb }) => {
    // Eleven full axe scans: minutes on a loaded machine, seconds on a quiet one.
    test.setTimeout(300_000);
    freshDb.seedDemo();
    await page.setViewportSize({ width, height: 900 });
    const claims = await (await request.get("/api/v1/claims?limit=1")).json();
    const rumors = await (await request.get("/api/v1/rumors?limit=1")).json();
    const at: Record<string, string> = { CLAIM: `/claims/${claims.items[0].id}`, RUMOR: `/rumors/${rumors.items[0].id}` };
    for (const path of PAGES) {
      await page.goto(at[path] ?? path);
      const { violations } = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
      const bad = violations.filter((v) => v.impact === "serious" || v.impact === "critical");
      for (const v of violations) if (!bad.includes(v)) console.log(`${path}: ${v.impact} ${v.id}`);
      expect(bad.map((v) => `${path}: ${v.id} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`)).toEqual([]);
    }
  });
}

test("the dashboard filters can be used with the keyboard alone", async ({ page, freshDb }) => {
  freshDb.seedDemo();
  await page.goto("/");
  await page.getByLabel("Search claims and quotes").focus();
  await page.keyboard.type("anthem");
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/q=anthem/);
  await expect(page.getByTestId("result-count")).toContainText("matching “anthem”");
});
