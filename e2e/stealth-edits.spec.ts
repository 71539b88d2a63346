import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { Webhook as Verifier } from "standardwebhooks";
import { startFixtureSite, storyPage, type FixtureSite } from "../test/fixture-site";
import { expect, test } from "./fixtures";
import { literal, runSql } from "./support/database";

// Stealth edits in the browser (issue 15, ADR 0034): an article saved from the
// fixture site is quoted by a published claim; the site rewrites the quoted
// sentence; "Check the page again now" records the new version; the desk
// shows the word diff, readers the "edited" notice and the archived text.

// Many steps and three axe scans per test: minutes on a loaded machine.
test.describe.configure({ timeout: 240_000 });

let site: FixtureSite;
test.beforeAll(async () => {
  site = await startFixtureSite();
});
test.afterAll(() => site.close());

const QUOTE = "A Hollywood actor will jump from the roof of the stadium during the ceremony.";
const REWRITE = "A stunt performer may appear near the roof of the stadium during the ceremony.";
const OTHER = ["The organisers confirmed the rehearsals will continue all week at the stadium.", "Tickets for the ceremony sold out within an hour."];
const WCAG = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

/** Saves the story from the site and a published claim on QUOTE, through the API as the signed-in editor. */
async function publishedClaimOnStory(page: Page) {
  site.pages.set("/story", storyPage([OTHER[0]!, QUOTE, OTHER[1]!]));
  const preview = await (await page.request.post("/api/v1/articles/fetch", { data: { url: `${site.origin}/story` } })).json();
  const saved = await page.request.post("/api/v1/articles", {
    data: { outlet: "The Daily Fixture", outletDomain: "127.0.0.1", publishedAt: "2024-08-10", text: preview.text, captureId: preview.captureId },
  });
  expect(saved.status()).toBe(201);
  const articleId = (await saved.json()).id as string;
  const start = (preview.text as string).indexOf(QUOTE);
  const event = await (await page.request.post("/api/v1/events", { data: { name: "Paris 2024 closing ceremony", date: "2024-08-11" } })).json();
  const created = await page.request.post("/api/v1/claims", {
    data: {
      articleId,
      start,
      end: start + QUOTE.length,
      quote: QUOTE,
      statement: "An actor will jump from the stadium roof.",
      attributedTo: "the newspaper",
      eventId: event.id,
    },
  });
  expect(created.status()).toBe(201);
  const claim = await created.json();
  expect((await page.request.post(`/api/v1/claims/${claim.id}/publish`, { data: { version: claim.version } })).status()).toBe(200);
  return { articleId, claimId: claim.id as string };
}

test("a rewritten quote: the desk re-checks and sees the word diff, readers see the edited notice and the archive", async ({ page, freshDb, editor }) => {
  void editor;
  const { claimId } = await publishedClaimOnStory(page);
  site.pages.set("/story", storyPage([OTHER[0]!, REWRITE, OTHER[1]!]));

  await page.goto(`/desk/claims/${claimId}`);
  const record = page.getByRole("region", { name: "Source page record" });
  await record.getByRole("button", { name: "Check the page again now" }).click();
  // The scheduled re-capture (2 s after saving here) may have got there first: either way one new version.
  // A fetch, an extraction and a diff by the worker: with both databases' suites sharing two cores it
  // has taken longer than the default 15 s.
  await expect(record.getByRole("note", { name: "Stealth edit" })).toBeVisible({ timeout: 45_000 });
  const diff = record.getByTestId("quote-diff");
  await expect(diff.locator("del")).toContainText(["Hollywood"]);
  await expect(diff.locator("ins")).toContainText(["performer"]);
  await expect(record).toContainText("2 versions of the text on record");
  expect(freshDb.count("ArticleVersion")).toBe(2);
  expect(freshDb.count("QuoteEdit")).toBe(1);
  for (const width of [1280, 390]) {
    await page.setViewportSize({ width, height: 1400 });
    await page.screenshot({ path: `/tmp/i15/stealth-desk-${width}.png`, fullPage: true });
  }
  expect((await new AxeBuilder({ page }).include("main").withTags(WCAG).analyze()).violations).toEqual([]);

  // The work queue lists it until an editor marks it reviewed.
  await page.goto("/desk");
  await expect(page.getByRole("region", { name: "Quotes the outlet edited since" })).toContainText("An actor will jump from the stadium roof.");
  await page.goto(`/desk/claims/${claimId}`);
  await record.getByRole("button", { name: "Mark as reviewed" }).click();
  await expect(record).toContainText("Reviewed");
  await page.goto("/desk");
  await expect(page.getByRole("region", { name: "Quotes the outlet edited since" })).toHaveCount(0);

  // Readers: the notice, and "captured on" links to the archived text.
  await page.context().clearCookies();
  await page.goto(`/claims/${claimId}`);
  const notice = page.getByRole("complementary", { name: "The source article was edited" });
  await expect(notice).toContainText("The article was edited on");
  await expect(notice.getByTestId("edited-to")).toHaveText(REWRITE);
  for (const width of [1280, 390]) {
    await page.setViewportSize({ width, height: 1400 });
    await page.screenshot({ path: `/tmp/i15/stealth-public-${width}.png`, fullPage: true });
  }
  expect((await new AxeBuilder({ page }).withTags(WCAG).analyze()).violations).toEqual([]);
  const captures = page.getByRole("list", { name: "Archived captures of the source" });
  await captures.getByRole("link").first().click();
  await expect(page.getByRole("heading", { name: "Archived capture" })).toBeVisible();
  await expect(page.getByTestId("archived-text")).toContainText(QUOTE);
  expect((await new AxeBuilder({ page }).withTags(WCAG).analyze()).violations).toEqual([]);
});

test("a stealth edit is told once to a subscribed webhook, signed, and shows in its delivery log", async ({ page, freshDb, admin }) => {
  void admin;
  void freshDb;
  // A newsroom's receiver on loopback (the e2e server allows 127.0.0.1).
  const bodies: string[] = [];
  let secret = "";
  const receiver = createServer((req, res) => {
    let body = "";
    req.on("data", (c) => (body += c));
    req.on("end", () => {
      try {
        new Verifier(secret).verify(body, req.headers as Record<string, string>);
        bodies.push(body);
        res.writeHead(204).end();
      } catch {
        res.writeHead(401).end();
      }
    });
  });
  await new Promise<void>((resolve) => receiver.listen(0, "127.0.0.1", resolve));
  const hookUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/stealth`;
  try {
    const created = await page.request.post("/api/v1/admin/webhooks", { data: { url: hookUrl, events: ["stealth_edit.found"] } });
    expect(created.status()).toBe(201);
    const { webhook, secret: shown } = (await created.json()) as { webhook: { id: string }; secret: string };
    secret = shown;
    const { articleId, claimId } = await publishedClaimOnStory(page);
    site.pages.set("/story", storyPage([OTHER[0]!, REWRITE, OTHER[1]!]));
    expect((await page.request.post(`/api/v1/articles/${articleId}/recapture`)).status()).toBe(200);
    // The scheduled re-capture (2 s after saving) may have found it first: one event either way.
    await expect.poll(() => bodies.length, { timeout: 20_000 }).toBe(1);
    const event = JSON.parse(bodies[0]!) as {
      type: string;
      data: { article: { id: string }; affected: { id: string; replacement: string }[]; deskUrl: string };
    };
    expect(event.type).toBe("stealth_edit.found");
    expect(event.data.article.id).toBe(articleId);
    expect(event.data.affected).toMatchObject([{ id: claimId, replacement: REWRITE }]);
    expect(new URL(event.data.deskUrl).pathname).toBe(`/desk/claims/${claimId}`);

    // The receiver answers before the worker records its answer.
    const states = async () =>
      ((await (await page.request.get(`/api/v1/admin/webhooks/${webhook.id}/deliveries`)).json()) as { items: { state: string }[] }).items;
    await expect.poll(async () => (await states()).map((d) => d.state), { timeout: 10_000 }).toEqual(["delivered"]);
    await page.goto("/desk/webhooks");
    const row = page.getByRole("article", { name: hookUrl }).getByTestId("delivery");
    await expect(row).toHaveCount(1);
    await expect(row).toContainText("stealth_edit.found");
    await expect(row).toContainText("delivered");
  } finally {
    await new Promise<void>((resolve) => receiver.close(() => resolve()));
  }
});

test("a page taken down is recorded as gone, not as an edit", async ({ page, freshDb, editor }) => {
  void editor;
  const { claimId } = await publishedClaimOnStory(page);
  site.removed.add("/story");
  await page.goto(`/desk/claims/${claimId}`);
  const record = page.getByRole("region", { name: "Source page record" });
  await record.getByRole("button", { name: "Check the page again now" }).click();
  await expect(record.getByRole("status")).toContainText("The page is gone (404/410)");
  await expect(record.getByRole("note", { name: "Stealth edit" })).toHaveCount(0);
  expect(freshDb.count("QuoteEdit")).toBe(0);
  site.removed.delete("/story");
});

test("a feed is followed, polled into the inbox, and its items imported or dismissed at once", async ({ page, freshDb, editor }) => {
  void editor;
  const now = literal(new Date().toISOString());
  runSql(
    `INSERT INTO "Outlet" ("id", "name", "slug", "domain", "createdAt") VALUES ('e2e-outlet', 'The Daily Fixture', 'the-daily-fixture', '127.0.0.1', ${now})`,
  );
  await page.goto("/desk/inbox");
  const follow = page.getByRole("region", { name: "Follow a feed" });
  await follow.getByLabel("Feed address (RSS or Atom)").fill(`${site.origin}/feed.xml`);
  await follow.getByRole("button", { name: "Follow feed" }).click();
  await expect(follow.getByRole("status")).toContainText("Following the feed");
  // The worker in the app server polls it at once: two new items (a tracking-parameter duplicate and a syndicated copy are not new).
  await expect.poll(() => freshDb.count("FeedItem"), { timeout: 20_000 }).toBe(2);
  await page.reload();
  const inbox = page.getByRole("region", { name: /New from feeds/ });
  await expect(inbox.getByRole("listitem")).toHaveCount(2);
  await expect(inbox).toContainText("The organisers of the closing ceremony confirmed");
  expect((await new AxeBuilder({ page }).include("main").withTags(WCAG).analyze()).violations).toEqual([]);
  await page.setViewportSize({ width: 390, height: 1200 });
  await page.screenshot({ path: "/tmp/i15/inbox-390.png", fullPage: true });

  await inbox.getByLabel("Closing ceremony: a stunt from the roof").check();
  await inbox.getByRole("button", { name: /Import selected/ }).click();
  await expect(page.getByRole("status", { name: "Import results" })).toContainText("Imported: Closing ceremony: a stunt from the roof");
  expect(freshDb.count("Article")).toBe(1);
  await inbox.getByRole("button", { name: "Dismiss What the rehearsals showed" }).click();
  await expect(inbox).toContainText("Nothing new.");

  await page.goto("/desk/sources");
  await expect(page.getByRole("region", { name: "Feeds" })).toContainText("ok");
  await expect(page.getByRole("region", { name: "Tracked articles" })).toContainText("Closing ceremony: a stunt from the roof");
  await page.setViewportSize({ width: 1280, height: 1000 });
  await page.screenshot({ path: "/tmp/i15/sources-1280.png", fullPage: true });
});
