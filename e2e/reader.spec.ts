import { expect, test } from "./fixtures";
import { publishVerdictInDesk } from "./support/desk";

const HER = "H.E.R. will sing the U.S. national anthem live at the Stade de France as part of the handover to Los Angeles.";
const OUTLET = "unnamed-outlet-tom-cruise-stunt-preview";
const EVENT = "paris-2024-closing-ceremony";

test("the dashboard shows figures, chart and leaderboard, and a filtered, searched view lives in the URL", async ({ page, freshDb }) => {
  freshDb.seedDemo();
  await page.goto("/");
  // The demo: 17 claims in 15 rumors (seeds/demo.ts).
  await expect(page.getByRole("region", { name: "Headline figures" })).toContainText("17");
  await expect(page.getByRole("group", { name: /Verdicts by event/ })).toBeVisible();
  await expect(
    page.getByRole("region", { name: "Outlets’ track records" }).getByRole("link", { name: "Unnamed outlet (Tom Cruise stunt preview)" }),
  ).toBeVisible();
  await expect(page.getByTestId("result-count")).toHaveText("17 claims");

  const form = page.getByRole("search", { name: "Filter claims" });
  await form.getByLabel("Search claims and quotes").fill("anthem");
  await form.getByLabel("Verdict").selectOption({ label: "Partly confirmed" });
  await form.getByRole("button", { name: "Show claims" }).click();
  await expect(page).toHaveURL(/q=anthem/);
  await expect(page).toHaveURL(/rating=partly_confirmed/);
  await expect(page.getByTestId("result-count")).toHaveText("1 claim matching “anthem” · rated partly confirmed");
  await expect(page.getByRole("article", { name: HER })).toBeVisible();

  // The same URL, opened afresh, gives the same view (it can be shared).
  const shared = page.url();
  await page.goto("about:blank");
  await page.goto(shared);
  await expect(page.getByLabel("Search claims and quotes")).toHaveValue("anthem");
  await expect(page.getByTestId("result-count")).toHaveText("1 claim matching “anthem” · rated partly confirmed");

  const csv = await page.request.get((await page.getByRole("link", { name: "CSV" }).getAttribute("href")) ?? "");
  expect(csv.headers()["content-type"]).toContain("text/csv");
  expect((await csv.text()).trim().split("\r\n")).toHaveLength(2);
});

test("the claim page carries ClaimReview JSON-LD, social metadata, a timeline, and a new verdict at once", async ({ page, freshDb, accounts, baseURL }) => {
  freshDb.seedDemo();
  await page.goto("/?q=anthem");
  await page.getByRole("article", { name: HER }).getByRole("link", { name: HER }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(HER);
  await expect(page.getByRole("region", { name: "Timeline" }).getByRole("listitem")).toHaveCount(3);
  await expect(page.locator('meta[property="og:title"]')).toHaveAttribute("content", /Partly confirmed/);
  await expect(page.locator('meta[name="twitter:card"]')).toHaveAttribute("content", "summary_large_image");
  await expect(page.locator('meta[property="og:image"]')).toHaveAttribute("content", /opengraph-image/);
  const image = new URL((await page.locator('meta[property="og:image"]').getAttribute("content")) ?? "");
  const png = await page.request.get(image.pathname + image.search);
  expect(png.status()).toBe(200);
  expect(png.headers()["content-type"]).toBe("image/png");
  const ld = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? "{}");
  expect(ld).toMatchObject({
    "@type": "ClaimReview",
    claimReviewed: HER,
    reviewRating: { ratingValue: 3, bestRating: 5, worstRating: 1, alternateName: "Partly confirmed" },
    itemReviewed: { "@type": "Claim", datePublished: "2024-08-09" },
  });
  const claimUrl = page.url();

  // An editor changes the verdict; the (cached) reader page shows it on the next load.
  await accounts.signIn(page.request, accounts.create("editor"), baseURL!);
  await publishVerdictInDesk(page, HER, "Refuted", "A correction published later says she did not sing at all.");

  await page.goto(claimUrl);
  await expect(page.locator("main [data-rating]").first()).toHaveAttribute("data-rating", "refuted");
  await page.goto("/?rating=refuted");
  await expect(page.getByRole("article", { name: HER })).toBeVisible();
});

test("the outlet page shows its track record with interval, sample size and the own/relayed split", async ({ page, freshDb }) => {
  freshDb.seedDemo();
  await page.goto(`/outlets/${OUTLET}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Unnamed outlet (Tom Cruise stunt preview)");
  // The demo outlet hedged two of its resolved claims: they weigh ½ each (the methodology page says why).
  await expect(page.getByTestId("accuracy").first()).toContainText(/95% interval \d+%–\d+%, n = 10 resolved claims, weighing 9 with hedges at ½/);
  const record = (await (await page.request.get("/api/v1/outlets")).json()).items.find((o: { slug: string }) => o.slug === OUTLET);
  expect(record.accuracy).toMatchObject({ n: 10, weight: 9 });
  await expect(page.getByTestId("split-own")).toContainText(`${record.own.total} claims`);
  await expect(page.getByTestId("split-relayed")).toContainText(`${record.relayed.total} claims`);
  await expect(page.getByTestId("stance-hedges")).toContainText(String(record.stances.hedges.total));
  await expect(page.getByTestId("origins")).toContainText(`printed ${record.origins.total} rumors first`);
  await page.goto("/outlets");
  await expect(page.getByTestId("leaderboard")).toContainText("lower bound");
});

test("the event page puts every article on one date axis with the claims below", async ({ page, freshDb }) => {
  freshDb.seedDemo();
  await page.goto(`/events/${EVENT}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Paris 2024 Olympics closing ceremony");
  const axis = page.getByRole("region", { name: /date axis/ });
  await expect(axis.getByRole("img")).toBeVisible();
  await expect(axis.getByRole("listitem")).toHaveCount(3);
  await expect(page.getByRole("article", { name: HER })).toBeVisible();
  expect((await page.goto("/events/no-such-event"))?.status()).toBe(404);
});

test("the feeds parse as XML and JSON-LD, and the API pages with a cursor", async ({ page, request, freshDb }) => {
  freshDb.seedDemo();
  await page.goto("/");
  const atom = await request.get("/feed.xml");
  expect(atom.headers()["content-type"]).toContain("application/atom+xml");
  const text = await atom.text();
  const parsed = await page.evaluate((xml) => {
    const doc = new DOMParser().parseFromString(xml, "application/xml");
    return {
      error: doc.getElementsByTagName("parsererror").length,
      root: doc.documentElement.namespaceURI,
      entries: doc.getElementsByTagName("entry").length,
    };
  }, text);
  expect(parsed).toEqual({ error: 0, root: "http://www.w3.org/2005/Atom", entries: 17 });

  const reviews = await (await request.get("/claim-reviews.jsonld")).json();
  // One ClaimReview per rumor: 17 claims in 15 rumors.
  expect(reviews["@graph"]).toHaveLength(15);

  const first = await (await request.get("/api/v1/claims?limit=10")).json();
  expect(first.items).toHaveLength(10);
  const second = await (await request.get(`/api/v1/claims?limit=10&cursor=${first.nextCursor}`)).json();
  expect(second.items).toHaveLength(7);
  expect(second.nextCursor).toBeNull();
  const outlets = await (await request.get("/api/v1/outlets")).json();
  expect(outlets.items[0]).toMatchObject({ slug: OUTLET, rank: 1, accuracy: { n: 10 } });
});

test("an empty site says so instead of showing empty charts, and unknown addresses are 404s", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByText("No claims have been recorded yet.")).toBeVisible();
  await expect(page.getByText("No event has claims yet.")).toBeVisible();
  await expect(page.getByText("No outlet has claims yet.")).toBeVisible();
  expect((await page.goto("/outlets/nobody"))?.status()).toBe(404);
  expect((await page.goto("/claims/nothing"))?.status()).toBe(404);
});
