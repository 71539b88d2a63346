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

    const claim = screen.getByRole("combobox", { name: "Claim" });
    const options = within(claim).getAllByRole("option");
    expect(options.map((o) => o.textContent)).toEqual([
      "Choose the claim this passage settles",
      "The ceremony is on the Seine — Pending (Opening ceremony)",
      "Tickets are free — Refuted",
    ]);
    expect(options[0]).toBeDisabled();
    expect(claim).toHaveValue("");
    expect(screen.getAllByRole("radio").map((r) => r.getAttribute("value"))).toEqual(["supports", "contradicts", "mentions"]);
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

    await user.selectOptions(screen.getByRole("combobox", { name: "Claim" }), "Tickets are free — Refuted");
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

    await user.selectOptions(screen.getByRole("combobox", { name: "Claim" }), "The ceremony is on the Seine — Pending (Opening ceremony)");
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
