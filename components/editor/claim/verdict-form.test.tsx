import { screen, waitFor } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { deskClaim } from "@/lib/contracts/api/desk";
import type { DeskClaim } from "@/lib/contracts/desk";
import { keyOf } from "@/lib/query/endpoint-query";
import { renderWithClient } from "@/test/components";
import { makeClaim } from "@/test/desk-fixtures";
import { apiError, heldAnswer, json, stubFetch } from "@/test/fetch-stub";
import { VerdictForm } from "./verdict-form";

const RATIONALE = "The ceremony took place on the Seine, as announced.";
const CONFIRMED = {
  id: "verdict-1",
  claimId: null,
  rating: "confirmed" as const,
  rationale: "First reports confirmed it.",
  decidedAt: "2024-07-27T00:00:00.000Z",
  publishedAt: "2024-07-27T00:00:00.000Z",
  reviewState: "published" as const,
  decidedBy: { id: "user-ada", name: "Ada" },
  reviews: [],
};

/** The verdict form for `claim`, with the claim in the cache as the claim page holds it. */
function renderVerdictForm(claim: DeskClaim) {
  const view = renderWithClient(<VerdictForm claim={claim} />);
  const key = keyOf(deskClaim, { params: { id: claim.id } });
  view.queryClient.setQueryData(key, claim);
  return { ...view, cached: () => view.queryClient.getQueryData<DeskClaim>(key) };
}

const verdictAnswer = (publish: boolean) =>
  json({ id: "verdict-2", claimId: "claim-1", rating: "refuted", rationale: RATIONALE, decidedAt: "", publishedAt: publish ? "" : null, version: 4 }, 201);

describe("VerdictForm", () => {
  it.each([
    ["Publish verdict", true, "an unpublished", null, "Verdict recorded and published; publish the claim too for readers to see it."],
    ["Publish verdict", true, "a published", "2024-07-02T00:00:00.000Z", "Verdict recorded and published. Readers see it now."],
    ["Save as draft", false, "a published", "2024-07-02T00:00:00.000Z", "Verdict saved as a draft. Readers do not see it until it is published."],
  ] as const)("“%s” sends publish: %s with the claim's version, on %s claim", async (button, publish, _state, claimPublishedAt, message) => {
    const requests = stubFetch(() => verdictAnswer(publish));
    const { user, cached } = renderVerdictForm(makeClaim({ publishedAt: claimPublishedAt }));

    await user.click(screen.getByRole("radio", { name: "Refuted" }));
    await user.type(screen.getByLabelText("Rationale"), RATIONALE);
    await user.click(screen.getByRole("button", { name: button }));

    expect(await screen.findByRole("status")).toHaveTextContent(message);
    expect(requests).toHaveLength(1);
    expect(requests[0]).toMatchObject({ method: "POST", url: "/api/v1/claims/claim-1/verdicts" });
    expect(requests[0]!.body).toStrictEqual({ rating: "refuted", rationale: RATIONALE, version: 3, publish });
    // The next write on the page must carry the version this one answered with.
    expect(cached()?.version).toBe(4);
  });

  it.each([
    { status: 409, answer: () => apiError(409, "conflict", "The claim was changed meanwhile."), shown: "Reload the current version" },
    {
      status: 422,
      answer: () => apiError(422, "invalid", "Rationale must be at most 4000 characters.", { rationale: ["Rationale must be at most 4000 characters."] }),
      shown: "Rationale must be at most 4000 characters.",
    },
  ])("shows a published verdict in the cached claim at once and rolls it back on $status", async ({ answer, shown }) => {
    const server = heldAnswer();
    stubFetch(() => server.promise);
    const before = makeClaim({ currentVerdict: CONFIRMED, verdicts: [CONFIRMED] });
    const { user, cached } = renderVerdictForm(before);

    await user.click(screen.getByRole("radio", { name: "Refuted" }));
    // The field starts from the current rationale.
    await user.clear(screen.getByLabelText("Rationale"));
    await user.type(screen.getByLabelText("Rationale"), RATIONALE);
    await user.click(screen.getByRole("button", { name: "Publish verdict" }));

    await waitFor(() => expect(cached()?.verdicts).toHaveLength(2));
    expect(cached()?.verdicts[0]).toMatchObject({ id: "optimistic", rating: "refuted", rationale: RATIONALE });
    expect(cached()?.currentVerdict).toMatchObject({ id: "optimistic", rating: "refuted" });
    expect(screen.getByRole("button", { name: "Publish verdict" })).toBeDisabled();

    server.release(answer());
    expect((await screen.findAllByText(shown))[0]).toBeInTheDocument();
    expect(cached()).toStrictEqual(before);
  });

  it("adds a draft to the cached history without replacing the current verdict", async () => {
    const server = heldAnswer();
    stubFetch(() => server.promise);
    const { user, cached } = renderVerdictForm(makeClaim({ currentVerdict: CONFIRMED, verdicts: [CONFIRMED] }));

    await user.click(screen.getByRole("radio", { name: "Refuted" }));
    await user.type(screen.getByLabelText("Rationale"), RATIONALE);
    await user.click(screen.getByRole("button", { name: "Save as draft" }));

    await waitFor(() => expect(cached()?.verdicts[0]).toMatchObject({ id: "optimistic", rating: "refuted", publishedAt: null }));
    expect(cached()?.currentVerdict).toStrictEqual(CONFIRMED);
    server.release(verdictAnswer(false));
    expect(await screen.findByRole("status")).toHaveTextContent("Verdict saved as a draft.");
  });

  it("shows the schema's messages for a missing rating and a too-short rationale without a request", async () => {
    const requests = stubFetch();
    const claim = makeClaim();
    const { user, cached } = renderVerdictForm(claim);

    await user.type(screen.getByLabelText("Rationale"), "Too short");
    await user.click(screen.getByRole("button", { name: "Publish verdict" }));

    expect(await screen.findByText("Explain the verdict in a sentence or more.")).toBeInTheDocument();
    expect(screen.getByText("Choose a rating.")).toBeInTheDocument();
    expect(requests).toHaveLength(0);
    expect(cached()).toStrictEqual(claim);
  });

  it("preselects the rating the evidence points to for a first verdict, and lets the editor change it (issue 14)", async () => {
    const requests = stubFetch(() => verdictAnswer(false));
    const passage = (id: string, stance: "supports" | "contradicts" | "mentions") => ({
      id,
      quoteStart: 0,
      quoteEnd: 10,
      quoteText: "The ceremony took place on the Seine.",
      stance,
      note: null,
      createdAt: "2024-07-27T00:00:00.000Z",
      article: { id: "art-2", title: "Recap", url: null, publishedAt: "2024-07-27T00:00:00.000Z", outlet: { name: "Le Soir", slug: "le-soir" } },
    });
    const { user, unmount } = renderVerdictForm(makeClaim({ evidence: [passage("e-1", "supports"), passage("e-2", "mentions")] }));
    expect(screen.getByRole("radio", { name: "Confirmed" })).toBeChecked();
    expect(screen.getByTestId("rating-from-evidence")).toHaveTextContent("every passage that takes a side supports the rumor");
    await user.click(screen.getByRole("radio", { name: "Partly confirmed" }));
    expect(screen.queryByTestId("rating-from-evidence")).toBeNull();
    await user.type(screen.getByLabelText("Rationale"), RATIONALE);
    await user.click(screen.getByRole("button", { name: "Save as draft" }));
    expect(await screen.findByRole("status")).toHaveTextContent("Verdict saved as a draft.");
    expect(requests[0]!.body).toMatchObject({ rating: "partly_confirmed" });
    unmount();

    // Passages that disagree preselect nothing; a current verdict keeps its own rating.
    const mixed = renderVerdictForm(makeClaim({ evidence: [passage("e-1", "supports"), passage("e-3", "contradicts")] }));
    for (const radio of screen.getAllByRole("radio")) expect(radio).not.toBeChecked();
    mixed.unmount();
    renderVerdictForm(makeClaim({ evidence: [passage("e-3", "contradicts")], currentVerdict: CONFIRMED }));
    expect(screen.getByRole("radio", { name: "Confirmed" })).toBeChecked();
    expect(screen.queryByTestId("rating-from-evidence")).toBeNull();
  });

  it("starts from the current rationale, and keeps what is typed as a draft until it is saved (issue 14)", async () => {
    stubFetch(() => verdictAnswer(false));
    const claim = makeClaim({ currentVerdict: CONFIRMED });
    const first = renderVerdictForm(claim);
    expect(screen.getByLabelText("Rationale")).toHaveValue("First reports confirmed it.");

    await first.user.type(screen.getByLabelText("Rationale"), " Then denied.");
    // A reload or a visit elsewhere: the form is mounted afresh.
    first.unmount();
    const second = renderVerdictForm(claim);
    expect(screen.getByLabelText("Rationale")).toHaveValue("First reports confirmed it. Then denied.");

    await second.user.click(screen.getByRole("radio", { name: "Refuted" }));
    await second.user.click(screen.getByRole("button", { name: "Save as draft" }));
    expect(await screen.findByRole("status")).toHaveTextContent("Verdict saved as a draft.");
    expect(Object.keys(window.localStorage).filter((k) => k.startsWith("hindsight:draft:"))).toEqual([]);
  });
});
