import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { render, screen, waitFor } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import { renderWithClient } from "@/test/components";
import { CLAIMABLE, makeArticle, makeEvent, SELECTION } from "@/test/desk-fixtures";
import { stubFetch } from "@/test/fetch-stub";
import type { SelectedSpan } from "./selected-span";
import { SelectionPanel, type SelectionPanelProps } from "./selection-panel";

const OPENING = makeEvent("ev-1", "Opening ceremony", "2024-07-26");

function renderPanel(props: Partial<SelectionPanelProps> = {}) {
  const handlers = { onCancel: vi.fn(), onClaimCreated: vi.fn(), onEvidenceAttached: vi.fn() };
  const view = renderWithClient(
    <SelectionPanel article={makeArticle("2024-07-01")} selection={SELECTION} events={[OPENING]} claimable={[]} done={null} {...handlers} {...props} />,
  );
  return { ...view, ...handlers };
}

const tab = (name: string) => screen.getByRole("button", { name });

describe("SelectionPanel", () => {
  it("shows the selected passage's quote and span, and clears it", async () => {
    stubFetch();
    const { user, onCancel } = renderPanel();

    expect(screen.getByTestId("selected-quote")).toHaveTextContent(SELECTION.quote);
    expect(screen.getByText(`Characters ${SELECTION.start}–${SELECTION.end}`)).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Clear" }));
    expect(onCancel).toHaveBeenCalledOnce();
  });

  it("offers a new claim first for an article that precedes an event, even with claimable claims", () => {
    stubFetch();
    renderPanel({ claimable: CLAIMABLE });

    expect(tab("New claim")).toHaveAttribute("aria-pressed", "true");
    expect(screen.getByRole("form", { name: "New claim" })).toBeInTheDocument();
    expect(screen.queryByRole("form", { name: "Attach evidence" })).not.toBeInTheDocument();
  });

  it("defaults to evidence for a later article with claimable claims, and switches tabs on request", async () => {
    stubFetch();
    const { user } = renderPanel({ article: makeArticle("2024-08-01"), claimable: CLAIMABLE });

    expect(tab("Evidence for a claim")).toHaveAttribute("aria-pressed", "true");
    expect(tab("New claim")).toHaveAttribute("aria-pressed", "false");
    expect(screen.getByRole("form", { name: "Attach evidence" })).toBeInTheDocument();

    await user.click(tab("New claim"));
    expect(tab("New claim")).toHaveAttribute("aria-pressed", "true");
    expect(screen.getByRole("form", { name: "New claim" })).toBeInTheDocument();
  });

  it("defaults to a new claim for a later article when no claim can take evidence", () => {
    stubFetch();
    renderPanel({ article: makeArticle("2024-08-01"), claimable: [] });

    expect(tab("New claim")).toHaveAttribute("aria-pressed", "true");
  });

  it("without a selection, says how to make one and links to the claim just created", () => {
    stubFetch();
    renderPanel({ selection: null, done: { kind: "claim", claimId: "claim-9" } });

    expect(screen.getByRole("status")).toHaveTextContent("Claim created.");
    expect(screen.getByRole("link", { name: "Open the claim" })).toHaveAttribute("href", "/desk/claims/claim-9");
    expect(screen.getByText(/Select a passage in the text/)).toBeInTheDocument();
    expect(screen.queryByRole("form")).not.toBeInTheDocument();
  });

  it.each([
    ["a new claim", makeArticle("2024-07-01"), "Statement"],
    ["evidence", makeArticle("2024-08-01"), "Search claims"],
  ])("brings the form for %s into view and focuses its first field when a passage is selected", async (_use, article, field) => {
    stubFetch();
    const scrolled = vi.spyOn(Element.prototype, "scrollIntoView").mockClear();
    const { rerender, queryClient, onCancel, onClaimCreated, onEvidenceAttached } = renderPanel({ article, claimable: CLAIMABLE, selection: null });
    const handlers = { onCancel, onClaimCreated, onEvidenceAttached };
    expect(scrolled).not.toHaveBeenCalled();

    rerender(
      <QueryClientProvider client={queryClient}>
        <SelectionPanel article={article} selection={SELECTION} events={[OPENING]} claimable={CLAIMABLE} done={null} {...handlers} />
      </QueryClientProvider>,
    );

    await waitFor(() => expect(screen.getByLabelText(field)).toHaveFocus());
    expect(scrolled.mock.contexts).toContain(screen.getByRole("region", { name: "Selected passage" }));
  });

  it("leaves focus in the article text while the editor selects with the keyboard", async () => {
    stubFetch();
    const handlers = { onCancel: vi.fn(), onClaimCreated: vi.fn(), onEvidenceAttached: vi.fn() };
    const queryClient = new QueryClient();
    const page = (selection: SelectedSpan | null) => (
      <QueryClientProvider client={queryClient}>
        <article>
          <div tabIndex={0} data-testid="article-text" />
        </article>
        <SelectionPanel article={makeArticle("2024-07-01")} selection={selection} events={[OPENING]} claimable={[]} done={null} {...handlers} />
      </QueryClientProvider>
    );
    const { rerender } = render(page(null));
    screen.getByTestId("article-text").focus();

    rerender(page(SELECTION));

    expect(await screen.findByRole("form", { name: "New claim" })).toBeInTheDocument();
    expect(screen.getByTestId("article-text")).toHaveFocus();
  });
});
