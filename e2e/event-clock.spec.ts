import { expect, test } from "./fixtures";

// An event's clock in the desk (issue 11): a start time and an IANA time zone;
// abbreviations are refused with a message that says what to use.
test("an editor creates an event with its start time and time zone, and an abbreviation is refused", async ({ page, editor }) => {
  void editor;
  await page.goto("/desk/events");
  await page.getByLabel("Event name").fill("Product keynote");
  await page.getByLabel("Event date").fill("2024-09-09");
  await page.getByLabel("Start time, local (optional)").fill("10:00");
  await page.getByLabel(/Time zone/).fill("PST");
  await page.getByRole("button", { name: "Create event" }).click();
  await expect(page.getByText(/IANA time zone name/).first()).toBeVisible();
  await page.setViewportSize({ width: 390, height: 900 });
  await page.screenshot({ path: "/tmp/i11c/event-form-390.png", fullPage: true });

  await page.getByLabel(/Time zone/).fill("America/Los_Angeles");
  await page.getByRole("button", { name: "Create event" }).click();
  await expect(page.getByRole("cell", { name: /from 10:00, America\/Los_Angeles/ })).toBeVisible();
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.screenshot({ path: "/tmp/i11c/event-table-1280.png", fullPage: true });
});
