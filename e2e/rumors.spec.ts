import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { selectText } from "./support/select-text";

// Issue 12: one rumor printed by three outlets. The editor makes a claim from
// each article, accepts the likely rumor the desk offers for the second and
// third, sets one verdict on the rumor, and every outlet's public record
// follows it through its stance (the denial was wrong).
const SHOTS = process.env.E2E_SHOTS_DIR;
const ARTICLES = [
  {
    outlet: "Le Journal Sportif",
    title: "Cruise to close the Games",
    publishedAt: "2024-08-05",
    text: "French media reported that Tom Cruise will perform a daring stunt at the Olympic closing ceremony in Paris. The actor is in Europe filming.",
    quote: "Tom Cruise will perform a daring stunt at the Olympic closing ceremony",
    statement: "Tom Cruise will perform a stunt at the Olympic closing ceremony.",
    attributedTo: "French media",
  },
  {
    outlet: "Daily Relay",
    title: "Cruise stunt rumor",
    publishedAt: "2024-08-07",
    text: "Tom Cruise may be taking on a daring stunt at the Olympic closing ceremony in Paris, reports say. Nothing is confirmed.",
    quote: "Tom Cruise may be taking on a daring stunt at the Olympic closing ceremony",
    statement: "Tom Cruise may do a stunt at the closing ceremony.",
    attributedTo: "reports",
  },
  {
    outlet: "Skeptic Post",
    title: "No stunt, say organizers",
    publishedAt: "2024-08-08",
    text: "Organizers denied that Tom Cruise will perform a stunt at the Olympic closing ceremony in Paris. The ceremony plan is final.",
    quote: "Organizers denied that Tom Cruise will perform a stunt at the Olympic closing ceremony",
    statement: "Organizers deny a Tom Cruise stunt at the closing ceremony.",
    attributedTo: "the outlet itself",
  },
] as const;
const OUTCOME = {
  outlet: "Review Daily",
  title: "Cruise rappels into the stadium",
  publishedAt: "2024-08-12",
  text: "Tom Cruise rappelled from the roof of the Stade de France during the Olympic closing ceremony and rode off with the flag.",
};

async function createClaimFromArticle(page: Page, articleId: string, a: (typeof ARTICLES)[number]) {
  await page.goto(`/desk/articles/${articleId}`);
  await selectText(page, page.getByTestId("article-text"), a.quote);
  await expect(page.getByTestId("selected-quote")).toHaveText(a.quote);
  await page.getByLabel("Statement").fill(a.statement);
  await page.getByLabel("Attributed to").fill(a.attributedTo);
  await page.getByRole("button", { name: "Create claim" }).click();
  await expect(page.getByRole("status").first()).toContainText("Claim created.");
}

async function outletCounts(page: Page, slug: string) {
  await page.goto(`/outlets/${slug}`);
  const table = page.getByRole("table", { name: "Claims per verdict" });
  const count = async (label: string) =>
    Number(
      await table
        .getByRole("row", { name: new RegExp(`^${label}`) })
        .getByRole("cell")
        .textContent(),
    );
  return { confirmed: await count("Confirmed"), refuted: await count("Refuted") };
}

test("an editor links three outlets' claims into one rumor, sets one verdict, and all three records change", async ({ page, editor }) => {
  void editor;
  // Three articles, three claims, two links, three publications, a verdict and four public pages on a shared machine.
  test.setTimeout(180_000);
  const ids: string[] = [];
  await test.step("an event and four articles from four outlets", async () => {
    expect((await page.request.post("/api/v1/events", { data: { name: "Paris 2024 closing ceremony", date: "2024-08-11" } })).status()).toBe(201);
    for (const a of [...ARTICLES, OUTCOME]) {
      const res = await page.request.post("/api/v1/articles", { data: { outlet: a.outlet, title: a.title, publishedAt: a.publishedAt, text: a.text } });
      expect(res.status()).toBe(201);
      ids.push((await res.json()).id);
    }
  });

  await test.step("the first claim starts a rumor of its own; the stance hint reads its wording", async () => {
    await page.goto(`/desk/articles/${ids[0]}`);
    await selectText(page, page.getByTestId("article-text"), ARTICLES[0].quote);
    await expect(page.getByLabel("Stance toward the rumor")).toHaveValue("asserts");
    await createClaimFromArticle(page, ids[0]!, ARTICLES[0]);
    await expect(page.getByTestId("rumor-matches")).toContainText("No existing rumor looks like this one");
  });

  await test.step(`claim 2 (${ARTICLES[1].outlet}): the likely rumor comes pre-selected; one click links it`, async () => {
    await page.goto(`/desk/articles/${ids[1]}`);
    await selectText(page, page.getByTestId("article-text"), ARTICLES[1].quote);
    await expect(page.getByLabel("Stance toward the rumor")).toHaveValue("hedges");
    await createClaimFromArticle(page, ids[1]!, ARTICLES[1]);
    const matches = page.getByTestId("rumor-matches");
    await expect(matches.getByRole("radio", { name: new RegExp(`Likely ${ARTICLES[0].statement}`) })).toBeChecked();
    await expect(matches).toContainText("name: Cruise");
    await expectAccessible(page, "match offer");
    if (SHOTS) for (const width of [1280, 390]) await shot(page, width, `match-offer-${width}`);
    await matches.getByRole("button", { name: "Link to the selected rumor" }).click();
    await expect(matches.getByRole("status")).toContainText("Linked");
  });

  await test.step(`claim 3 (${ARTICLES[2].outlet}): left unlinked, the work queue offers its likely rumor; linked from there`, async () => {
    await page.goto(`/desk/articles/${ids[2]}`);
    await selectText(page, page.getByTestId("article-text"), ARTICLES[2].quote);
    await expect(page.getByLabel("Stance toward the rumor")).toHaveValue("denies");
    await createClaimFromArticle(page, ids[2]!, ARTICLES[2]);
    await expect(page.getByTestId("rumor-matches").getByRole("radio", { name: new RegExp(`Likely ${ARTICLES[0].statement}`) })).toBeChecked();
    await page.goto("/desk");
    const offers = page.getByTestId("likely-links");
    const box = offers.getByRole("checkbox", { name: ARTICLES[2].statement });
    await expect(offers.getByRole("group", { name: new RegExp(ARTICLES[0].statement) })).toBeVisible();
    await box.check();
    await expectAccessible(page, "work queue offers");
    if (SHOTS) for (const width of [1280, 390]) await shot(page, width, `queue-${width}`);
    await offers.getByRole("button", { name: "Link 1 selected" }).click();
    await expect(offers.getByRole("status")).toContainText("1 claim linked");
    await expect(offers).toContainText("No unlinked claim has a likely match.");
  });

  await test.step("the claims are published; nothing is rated yet", async () => {
    await page.goto(`/desk/articles/${ids[0]}`);
    await page.getByRole("link", { name: ARTICLES[0].statement, exact: true }).click();
    await expect(page.getByTestId("rumor-size")).toContainText("3 appearances");
    for (const a of ARTICLES) {
      await page.goto(`/desk/articles/${ids[ARTICLES.indexOf(a)]}`);
      await page.getByRole("link", { name: a.statement, exact: true }).click();
      await page.getByRole("button", { name: "Publish claim" }).click();
      await expect(page.getByTestId("claim-publishing")).toContainText("Published");
    }
    for (const a of ARTICLES) expect(await outletCounts(page, slugOf(a.outlet))).toEqual({ confirmed: 0, refuted: 0 });
  });

  await test.step("one verdict on the rumor, set from the denial's claim page", async () => {
    await page.goto(`/desk/articles/${ids[2]}`);
    await page.getByRole("link", { name: ARTICLES[2].statement, exact: true }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(ARTICLES[2].statement);
    await expect(page.getByLabel("Stance toward the rumor")).toHaveValue("denies");
    await expectAccessible(page, "claim page with its rumor");
    if (SHOTS) for (const width of [1280, 390]) await shot(page, width, `claim-rumor-${width}`);
    await page.getByRole("radio", { name: "Confirmed", exact: true }).check();
    await page.getByLabel("Rationale").fill("Review Daily reports Cruise rappelling from the stadium roof during the ceremony.");
    await page.getByRole("button", { name: "Publish verdict" }).click();
    await expect(page.getByText("Verdict recorded and published")).toBeVisible();
  });

  await test.step("every outlet's record follows the rumor through its stance", async () => {
    expect(await outletCounts(page, slugOf(ARTICLES[0].outlet))).toEqual({ confirmed: 1, refuted: 0 });
    expect(await outletCounts(page, slugOf(ARTICLES[1].outlet))).toEqual({ confirmed: 1, refuted: 0 });
    expect(await outletCounts(page, slugOf(ARTICLES[2].outlet))).toEqual({ confirmed: 0, refuted: 1 });
  });
});

const slugOf = (name: string) => name.toLowerCase().replace(/[^a-z0-9]+/g, "-");

async function shot(page: Page, width: number, name: string) {
  await page.setViewportSize({ width, height: 900 });
  await page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage: true });
  await page.setViewportSize({ width: 1280, height: 720 });
}

/** No serious or critical axe violation in the desk's rumor screens (WCAG 2.1 A/AA). */
async function expectAccessible(page: Page, where: string) {
  const { violations } = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  const bad = violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(bad.map((v) => `${where}: ${v.id} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`)).toEqual([]);
}
