import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { selectText } from "./support/select-text";

// From a claim to a later article that may settle it — a suggested passage's
// article, or one under "Find evidence in later articles" — the article
// arrives with the claim chosen in the evidence picker (`?claim=`), either way.

const PRE = "Insiders say the mayor will open the new Harbour Bridge in person before the summer festival begins.";
const POST = "City hall confirmed it: the mayor opened the new Harbour Bridge in person on Saturday. Ferries ran every ten minutes.";
const QUOTE = "the mayor will open the new Harbour Bridge in person";
const PASSAGE = "Ferries ran every ten minutes.";

async function claimWithLaterArticle(page: Page) {
  const api = page.request;
  const pre = await api.post("/api/v1/articles", { data: { outlet: "Harbour Gazette", publishedAt: "2025-05-02", text: PRE } });
  const post = await api.post("/api/v1/articles", { data: { outlet: "City Post", title: "The bridge is open", publishedAt: "2025-06-22", text: POST } });
  const start = PRE.indexOf(QUOTE);
  const claim = await api.post("/api/v1/claims", {
    data: {
      articleId: ((await pre.json()) as { id: string }).id,
      start,
      end: start + QUOTE.length,
      quote: QUOTE,
      statement: "The mayor opens the bridge.",
      attributedTo: "insiders",
    },
  });
  expect(claim.status()).toBe(201);
  return { claimId: ((await claim.json()) as { id: string }).id, postId: ((await post.json()) as { id: string }).id };
}

async function expectClaimChosen(page: Page, postId: string, claimId: string) {
  await expect(page).toHaveURL(new RegExp(`/desk/articles/${postId}\\?claim=${claimId}$`));
  await selectText(page, page.getByTestId("article-text"), PASSAGE);
  await expect(page.getByRole("button", { name: "Evidence for a claim" })).toHaveAttribute("aria-pressed", "true");
  const picker = page.getByRole("radiogroup", { name: "Claim this passage settles" });
  await expect(picker.getByRole("radio", { name: /The mayor opens the bridge\./ })).toBeChecked();
  await expect(picker).toContainText("from the claim page");
}

test("a suggested passage's article and a later article both open with the claim chosen", async ({ page, editor }) => {
  void editor;
  const { claimId, postId } = await claimWithLaterArticle(page);

  await page.goto(`/desk/claims/${claimId}`);
  const suggestion = page.getByTestId("suggested-evidence").getByTestId("suggestion").first();
  await expect(suggestion).toContainText("opened the new Harbour Bridge");
  await suggestion.getByRole("link", { name: "The bridge is open" }).click();
  await expectClaimChosen(page, postId, claimId);

  await page.goto(`/desk/claims/${claimId}`);
  const later = page.locator("details", { hasText: "Find evidence in later articles" });
  await later.getByText("Find evidence in later articles").click();
  await later.getByRole("link", { name: "The bridge is open" }).click();
  await expectClaimChosen(page, postId, claimId);
});
