import { createServer, type IncomingHttpHeaders, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { Webhook as Verifier } from "standardwebhooks";
import { expect, test } from "./fixtures";

// Issue 17, "told when it lands": an admin points a webhook at a receiver
// (started here on loopback, which the e2e server allows), sends a test and
// sees it in the delivery log; readers find a follow link and a feed that parses.

type Received = { headers: IncomingHttpHeaders; body: string };
let server: Server;
let origin = "";
const received: Received[] = [];
test.beforeAll(async () => {
  server = createServer((req, res) => {
    let body = "";
    req.on("data", (c) => (body += c));
    req.on("end", () => {
      received.push({ headers: req.headers, body });
      res.writeHead(200, { "content-type": "text/plain" }).end("ok");
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
test.afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

async function axeClean(page: Page, label: string) {
  const { violations } = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  const bad = violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(bad.map((v) => `${label}: ${v.id} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`)).toEqual([]);
}

test("an admin adds a webhook, sends a signed test and sees it in the delivery log", async ({ page, admin }) => {
  void admin;
  received.length = 0;
  await page.goto("/desk/webhooks");
  await expect(page.getByRole("heading", { name: "Webhooks", level: 1 })).toBeVisible();

  // A private address is refused, as when fetching articles.
  await page.getByLabel("Address (receives a POST for each event)").fill("http://10.1.2.3/hook");
  await page.getByRole("button", { name: "Add webhook" }).click();
  await expect(page.locator("#webhook-url-error")).toContainText("not a public address");

  await page.getByLabel("Address (receives a POST for each event)").fill(`${origin}/hindsight`);
  await page.getByLabel("Description (optional)").fill("Newsroom CMS");
  await page.getByRole("checkbox", { name: /claim\.published/ }).check();
  await page.getByRole("button", { name: "Add webhook" }).click();
  const secret = (await page.getByTestId("webhook-secret").textContent())!;
  expect(secret).toMatch(/^whsec_/);

  const card = page.getByRole("article", { name: `${origin}/hindsight` });
  await expect(card).toContainText("Nothing sent yet.");
  await card.getByRole("button", { name: "Send test" }).click();
  await expect(card.getByRole("status")).toContainText("Test delivered (answer 200)");
  const row = card.getByTestId("delivery").first();
  await expect(row).toContainText("webhook.test");
  await expect(row).toContainText("delivered");

  expect(received).toHaveLength(1);
  const [got] = received;
  const payload = new Verifier(secret).verify(got!.body, got!.headers as Record<string, string>) as { type: string };
  expect(payload.type).toBe("webhook.test");

  // Secret shown once: a reload does not show it again.
  await page.reload();
  await expect(page.getByTestId("webhook-secret")).toHaveCount(0);
  await expect(page.getByRole("article", { name: `${origin}/hindsight` }).getByTestId("delivery")).toHaveCount(1);

  // Its events can be changed later, stealth edits included.
  const again = page.getByRole("article", { name: `${origin}/hindsight` });
  await again.getByText("Change events").click();
  await again.getByRole("checkbox", { name: /stealth_edit\.found/ }).check();
  await again.getByRole("button", { name: "Save events" }).click();
  await expect(again.getByRole("status")).toContainText("Events saved");
  await expect(again.getByText("events:")).toContainText("stealth_edit.found");
});

for (const width of [1280, 390]) {
  test(`the webhook page and the work queue have no serious accessibility violations at ${width}px`, async ({ page, admin }) => {
    // Two full axe scans: slow on a loaded machine.
    test.setTimeout(180_000);
    void admin;
    await page.setViewportSize({ width, height: 900 });
    await page.goto("/desk/webhooks");
    await page.getByLabel("Address (receives a POST for each event)").fill(`${origin}/a11y`);
    await page.getByRole("button", { name: "Add webhook" }).click();
    await page
      .getByRole("article", { name: `${origin}/a11y` })
      .getByRole("button", { name: "Send test" })
      .click();
    await expect(page.getByTestId("delivery")).toHaveCount(1);
    await axeClean(page, `/desk/webhooks at ${width}`);
    await page.goto("/desk");
    await expect(page.getByRole("heading", { name: "Overdue rumors" })).toBeVisible();
    await axeClean(page, `/desk at ${width}`);
  });
}

test("reader pages name their Atom feed in the head and beside the title, and each feed parses", async ({ page, request, freshDb }) => {
  // The demo seed and four pages with their feeds.
  test.setTimeout(180_000);
  freshDb.seedDemo();
  type Rated = { id: string; rating: string; sourceArticle: { outletSlug: string } };
  const decided = (list: { items: Rated[] }) => list.items.find((x) => x.rating !== "pending")!;
  const claim = decided(await (await request.get("/api/v1/claims?limit=50")).json());
  const rumor = decided(await (await request.get("/api/v1/rumors?limit=50")).json());
  const pages = [`/claims/${claim.id}`, `/rumors/${rumor.id}`, "/events/paris-2024-closing-ceremony", `/outlets/${claim.sourceArticle.outletSlug}`];
  for (const path of pages) {
    await page.goto(path);
    const follow = page.getByTestId("follow-link");
    await expect(follow).toContainText("Follow");
    const href = await follow.getAttribute("href");
    expect(href).toBe(`${path}/feed.xml`);
    const inHead = await page
      .locator('head link[rel="alternate"][type="application/atom+xml"]')
      .evaluateAll((links) => links.map((l) => new URL((l as HTMLLinkElement).href).pathname));
    expect(inHead).toContain(href);

    const answer = await request.get(href!);
    expect(answer.status()).toBe(200);
    expect(answer.headers()["content-type"]).toContain("application/atom+xml");
    expect(answer.headers()["cache-control"]).toContain("s-maxage");
    const xml = await answer.text();
    const parsed = await page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, "application/xml");
      return { error: doc.getElementsByTagName("parsererror").length, entries: doc.getElementsByTagName("entry").length, root: doc.documentElement.localName };
    }, xml);
    expect(parsed, path).toMatchObject({ error: 0, root: "feed" });
    expect(parsed.entries, path).toBeGreaterThan(0);
  }
});
