import { QueryClientProvider } from "@tanstack/react-query";
import { screen, waitFor, within } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import { renderWithClient } from "@/test/components";
import { makeArticle, makeEvent, SELECTION } from "@/test/desk-fixtures";
import { apiError, json, stubFetch } from "@/test/fetch-stub";
import type { SelectedSpan } from "./selected-span";
import { SelectionPanel } from "./selection-panel";

// The article is from 1 July 2024: it precedes the opening ceremony only.
const EVENTS = [
  makeEvent("ev-summit", "Spring summit", "2024-05-02"),
  makeEvent("ev-same-day", "Press day", "2024-07-01"),
  makeEvent("ev-opening", "Opening ceremony", "2024-07-26"),
  makeEvent("ev-closing", "Closing ceremony", "2024-08-11"),
];

// The claim form as the desk shows it: in the selection panel's "New claim" tab.
function renderClaimForm() {
  const onClaimCreated = vi.fn();
  const panel = (selection: SelectedSpan) => (
    <SelectionPanel
      article={makeArticle("2024-07-01")}
      selection={selection}
      events={EVENTS}
      claimable={[]}
      done={null}
      onCancel={vi.fn()}
      onClaimCreated={onClaimCreated}
      onEvidenceAttached={vi.fn()}
    />
  );
  const view = renderWithClient(panel(SELECTION));
  const form = screen.getByRole("form", { name: "New claim" });
  /** The editor selects another passage (or a candidate's "Edit first" hands one over). */
  const select = (selection: SelectedSpan) => view.rerender(<QueryClientProvider client={view.queryClient}>{panel(selection)}</QueryClientProvider>);
  return { ...view, form, onClaimCreated, select };
}

// "will be held on the Seine" and "not in a stadium" in the article's body.
const SEINE: SelectedSpan = { start: 36, end: 61, quote: "will be held on the Seine" };
const STADIUM: SelectedSpan = { start: 63, end: 79, quote: "not in a stadium" };

describe("ClaimForm", () => {
  it("starts the statement from the selected quote, and an untouched one follows the next selection", () => {
    stubFetch();
    const { select } = renderClaimForm();

    expect(screen.getByLabelText("Statement")).toHaveValue(SELECTION.quote);
    select(SEINE);
    expect(screen.getByLabelText("Statement")).toHaveValue(SEINE.quote);
  });

  it("keeps what the editor typed when another passage is selected", async () => {
    stubFetch();
    const { user, select } = renderClaimForm();

    await user.clear(screen.getByLabelText("Statement"));
    await user.type(screen.getByLabelText("Statement"), "The ceremony is on the river");
    await user.type(screen.getByLabelText("Attributed to"), "Paris organizers");
    await user.type(screen.getByLabelText("Deadline (optional)"), "2024-07-20");
    select(STADIUM);

    expect(screen.getByTestId("selected-quote")).toHaveTextContent(STADIUM.quote);
    expect(screen.getByLabelText("Statement")).toHaveValue("The ceremony is on the river");
    expect(screen.getByLabelText("Attributed to")).toHaveValue("Paris organizers");
    expect(screen.getByLabelText("Deadline (optional)")).toHaveValue("2024-07-20");
  });

  it("keeps what was typed through a reload (a fresh mount) as a local draft, until the claim is created (issue 14)", async () => {
    stubFetch(() => json({ id: "claim-new", version: 1 }, 201));
    const first = renderClaimForm();
    await first.user.clear(screen.getByLabelText("Statement"));
    await first.user.type(screen.getByLabelText("Statement"), "The ceremony is on the river");
    first.unmount();

    const second = renderClaimForm();
    expect(screen.getByLabelText("Statement")).toHaveValue("The ceremony is on the river");
    await second.user.type(screen.getByLabelText("Attributed to"), "Paris organizers");
    await second.user.click(screen.getByRole("button", { name: "Create claim" }));
    await waitFor(() => expect(second.onClaimCreated).toHaveBeenCalledWith("claim-new"));
    expect(Object.keys(window.localStorage).filter((k) => k.startsWith("hindsight:draft:"))).toEqual([]);
  });

  it("takes a candidate's wording when the editor asks for it with “Edit first”", async () => {
    stubFetch();
    const { user, select } = renderClaimForm();

    await user.type(screen.getByLabelText("Attributed to"), "someone");
    select({ ...STADIUM, draft: { statement: "The ceremony is not in a stadium", attributedTo: "Organizers", deadline: null } });

    expect(screen.getByLabelText("Statement")).toHaveValue("The ceremony is not in a stadium");
    expect(screen.getByLabelText("Attributed to")).toHaveValue("Organizers");
  });

  it("offers only the events the article precedes, the first of them chosen", () => {
    stubFetch();
    const { form } = renderClaimForm();

    const event = within(form).getByRole("combobox", { name: "Event" });
    const options = within(event)
      .getAllByRole("option")
      .map((o) => o.textContent);
    expect(options).toEqual(["No event yet (triage)", "Opening ceremony (2024-07-26)", "Closing ceremony (2024-08-11)"]);
    expect(event).toHaveValue("ev-opening");
  });

  it("shows the schema's messages for blank fields without calling the server", async () => {
    const requests = stubFetch();
    const { user, form, onClaimCreated } = renderClaimForm();

    // Spaces get past the browser's `required` check; the shared schema trims them.
    await user.clear(within(form).getByLabelText("Statement"));
    await user.type(within(form).getByLabelText("Statement"), "   ");
    await user.type(within(form).getByLabelText("Attributed to"), "  ");
    await user.click(within(form).getByRole("button", { name: "Create claim" }));

    expect(await within(form).findByText("Statement is required.")).toBeInTheDocument();
    expect(within(form).getByText("Attribution is required.")).toBeInTheDocument();
    expect(requests).toHaveLength(0);
    expect(onClaimCreated).not.toHaveBeenCalled();
  });

  it("sends exactly the claim's fields and reports the new claim's id", async () => {
    const requests = stubFetch(() => json({ id: "claim-new", version: 1 }, 201));
    const { user, form, onClaimCreated } = renderClaimForm();

    await user.clear(within(form).getByLabelText("Statement"));
    await user.type(within(form).getByLabelText("Statement"), "  The ceremony is on the Seine ");
    await user.type(within(form).getByLabelText("Attributed to"), "Paris organizers");
    await user.selectOptions(within(form).getByRole("combobox", { name: "Event" }), "Closing ceremony (2024-08-11)");
    await user.type(within(form).getByLabelText("Deadline (optional)"), "2024-07-20");
    await user.click(within(form).getByRole("button", { name: "Create claim" }));

    await waitFor(() => expect(onClaimCreated).toHaveBeenCalledWith("claim-new"));
    expect(requests).toHaveLength(1);
    expect(requests[0]).toMatchObject({ method: "POST", url: "/api/v1/claims" });
    expect(requests[0]!.body).toStrictEqual({
      articleId: "art-1",
      start: SELECTION.start,
      end: SELECTION.end,
      quote: SELECTION.quote,
      statement: "The ceremony is on the Seine",
      attributedTo: "Paris organizers",
      eventId: "ev-closing",
      deadline: "2024-07-20",
      // The stance hint read from the quote's wording, sent as shown (editable).
      stance: "asserts",
    });
  });

  it("sends no event and no deadline as null for a claim left to triage", async () => {
    const requests = stubFetch(() => json({ id: "claim-new", version: 1 }, 201));
    const { user, form, onClaimCreated } = renderClaimForm();

    await user.clear(within(form).getByLabelText("Statement"));
    await user.type(within(form).getByLabelText("Statement"), "Tickets are free");
    await user.type(within(form).getByLabelText("Attributed to"), "unnamed sources");
    await user.selectOptions(within(form).getByRole("combobox", { name: "Event" }), "No event yet (triage)");
    await user.click(within(form).getByRole("button", { name: "Create claim" }));

    await waitFor(() => expect(onClaimCreated).toHaveBeenCalledOnce());
    expect(requests[0]!.body).toMatchObject({ eventId: null, deadline: null });
  });

  it("shows the field messages of a server 422 and keeps the form", async () => {
    stubFetch(() =>
      apiError(422, "invalid", "The quoted text does not match the article at that position.", {
        start: ["The quoted text does not match the article at that position."],
        attributedTo: ["Attribution must be at most 120 characters."],
      }),
    );
    const { user, form, onClaimCreated } = renderClaimForm();

    await user.clear(within(form).getByLabelText("Statement"));
    await user.type(within(form).getByLabelText("Statement"), "The ceremony is on the Seine");
    await user.type(within(form).getByLabelText("Attributed to"), "Paris organizers");
    await user.click(within(form).getByRole("button", { name: "Create claim" }));

    expect(await within(form).findByText("Attribution must be at most 120 characters.")).toBeInTheDocument();
    // The span's message shows both as the field message and as the form's alert.
    expect(within(form).getAllByText("The quoted text does not match the article at that position.")).toHaveLength(2);
    expect(within(form).getByLabelText("Statement")).toHaveValue("The ceremony is on the Seine");
    expect(onClaimCreated).not.toHaveBeenCalled();
  });
});
