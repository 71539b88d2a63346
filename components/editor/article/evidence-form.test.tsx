import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import { deskArticle, deskClaim } from "@/lib/contracts/api/desk";
import type { DeskClaimable } from "@/lib/contracts/desk";
import { keyOf } from "@/lib/query/endpoint-query";
import { renderWithClient } from "@/test/components";
import { CLAIMABLE, SELECTION } from "@/test/desk-fixtures";
import { apiError, json, stubFetch } from "@/test/fetch-stub";
import { EvidenceForm } from "./evidence-form";

function renderEvidenceForm(claims: DeskClaimable[] = CLAIMABLE) {
  const onDone = vi.fn();
  const view = renderWithClient(<EvidenceForm articleId="art-1" selection={SELECTION} claims={claims} onDone={onDone} />);
  return { ...view, onDone };
}

const form = () => screen.getByRole("form", { name: "Attach evidence" });

describe("EvidenceForm", () => {
  it("lists the claimable claims with their verdict and event, none chosen", () => {
    stubFetch();
    renderEvidenceForm();

    const picker = screen.getByRole("radiogroup", { name: "Claim this passage settles" });
    const options = within(picker).getAllByRole("radio");
    expect(options.map((o) => o.closest("label")?.textContent)).toEqual([
      "The ceremony is on the Seine — Pending · Opening ceremony",
      "Tickets are free — Refuted",
    ]);
    expect(options.some((o) => (o as HTMLInputElement).checked)).toBe(false);
    const stance = screen.getByRole("group", { name: "Stance" });
    expect(
      within(stance)
        .getAllByRole("radio")
        .map((r) => r.getAttribute("value")),
    ).toEqual(["supports", "contradicts", "mentions"]);
  });

  it("orders claims by relevance, searches them and preselects the claim the editor came from (defect 2)", async () => {
    stubFetch();
    const { user } = renderWithClient(
      <EvidenceForm
        articleId="art-1"
        selection={SELECTION}
        claims={CLAIMABLE}
        text="Tickets for the ceremony are free, organisers said."
        chosenClaimId="claim-1"
        onDone={vi.fn()}
      />,
    );
    const picker = screen.getByRole("radiogroup", { name: "Claim this passage settles" });
    const names = () =>
      within(picker)
        .queryAllByRole("radio")
        .map((o) => o.closest("label")?.textContent);
    expect(names()[0]).toMatch(/^The ceremony is on the Seine .*from the claim page$/);
    expect(names()[1]).toMatch(/^Tickets are free .*suggested$/);
    expect(screen.getByRole("radio", { name: /The ceremony is on the Seine/ })).toBeChecked();

    await user.type(screen.getByRole("searchbox", { name: "Search claims" }), "tickets");
    expect(names()).toEqual(["Tickets are free — Refuted · suggested"]);
    expect(screen.getByText("1 of 2 claims, most relevant first")).toBeInTheDocument();
  });

  it("requires a claim and a stance, with the schema's messages and no request", () => {
    const requests = stubFetch();
    const { onDone } = renderEvidenceForm();

    // The browser's own `required` check would stop a click; submitting the
    // form directly reaches the shared schema that stands behind it.
    fireEvent.submit(form());

    expect(screen.getByText("Choose the claim this passage is evidence for.")).toBeInTheDocument();
    expect(screen.getByText("Choose a stance: supports, contradicts or mentions.")).toBeInTheDocument();
    expect(requests).toHaveLength(0);
    expect(onDone).not.toHaveBeenCalled();
  });

  it("attaches the selected span to the chosen claim and refreshes the article and that claim", async () => {
    const requests = stubFetch(() => json({ id: "ev-new" }, 201));
    const { user, queryClient, onDone } = renderEvidenceForm();
    const articleKey = keyOf(deskArticle, { params: { id: "art-1" } });
    const claimKey = keyOf(deskClaim, { params: { id: "claim-2" } });
    const otherClaimKey = keyOf(deskClaim, { params: { id: "claim-1" } });
    for (const key of [articleKey, claimKey, otherClaimKey]) queryClient.setQueryData(key, {});

    await user.click(screen.getByRole("radio", { name: /Tickets are free/ }));
    await user.click(screen.getByRole("radio", { name: "Contradicts" }));
    await user.type(screen.getByLabelText("Note (optional)"), "Entry costs 24 euros");
    await user.click(screen.getByRole("button", { name: "Attach evidence" }));

    await waitFor(() => expect(onDone).toHaveBeenCalledWith("claim-2"));
    expect(requests).toHaveLength(1);
    expect(requests[0]).toMatchObject({ method: "POST", url: "/api/v1/claims/claim-2/evidence" });
    expect(requests[0]!.body).toStrictEqual({
      articleId: "art-1",
      start: SELECTION.start,
      end: SELECTION.end,
      quote: SELECTION.quote,
      stance: "contradicts",
      note: "Entry costs 24 euros",
    });
    expect(queryClient.getQueryState(articleKey)?.isInvalidated).toBe(true);
    expect(queryClient.getQueryState(claimKey)?.isInvalidated).toBe(true);
    expect(queryClient.getQueryState(otherClaimKey)?.isInvalidated).toBe(false);
  });

  it("shows the server's refusal and does not report success", async () => {
    stubFetch(() => apiError(422, "invalid", "Evidence must be published after the event.", { articleId: ["Evidence must be published after the event."] }));
    const { user, onDone } = renderEvidenceForm();

    await user.click(screen.getByRole("radio", { name: /The ceremony is on the Seine/ }));
    await user.click(screen.getByRole("radio", { name: "Supports" }));
    await user.click(screen.getByRole("button", { name: "Attach evidence" }));

    // Once as the field's message, once as the form's alert.
    expect(await screen.findAllByText("Evidence must be published after the event.")).toHaveLength(2);
    expect(onDone).not.toHaveBeenCalled();
  });

  it("says so when no claim can take evidence from the article", () => {
    stubFetch();
    renderEvidenceForm([]);

    expect(screen.getByText(/No claim can take evidence from this article/)).toBeInTheDocument();
    expect(screen.queryByRole("form")).not.toBeInTheDocument();
  });
});
