import { screen, waitFor, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { renderWithClient } from "@/test/components";
import { makeClaim } from "@/test/desk-fixtures";
import { json, stubFetch } from "@/test/fetch-stub";
import { RumorPanel } from "./rumor-panel";

const posts = (requests: ReturnType<typeof stubFetch>) => requests.filter((r) => r.method !== "GET");

function answer() {
  return stubFetch((r) => {
    if (r.method === "GET") return json({ items: [] });
    if (r.url.endsWith("/override"))
      return json({ id: "v-1", rumorId: "rumor-1", claimId: "claim-1", rating: "refuted", rationale: "x", decidedAt: "", publishedAt: "", version: 4 }, 201);
    return json({ id: "claim-1", rumorId: "rumor-2", version: 4 });
  });
}

describe("RumorPanel", () => {
  it("shows the rumor, own vs relayed and the stance with its hint; a new stance is saved with the rumor's version", async () => {
    const requests = answer();
    const { user } = renderWithClient(
      <RumorPanel claim={makeClaim({ rumor: { id: "rumor-1", statement: "Ceremony on the Seine", claimCount: 3, publicClaims: 1 } })} />,
    );
    expect(screen.getByText("Ceremony on the Seine")).toBeInTheDocument();
    expect(screen.getByTestId("rumor-size")).toHaveTextContent(
      "3 appearances, this one included. This claim is its first published appearance. Relayed (attributed to Paris organizers).",
    );
    const stance = screen.getByRole("combobox", { name: "Stance toward the rumor" });
    expect(stance).toHaveValue("asserts");
    expect(screen.getByText(/Detected from the wording/)).toHaveTextContent("asserts");
    await user.selectOptions(stance, "hedges");
    await waitFor(() => expect(posts(requests)).toHaveLength(1));
    expect(posts(requests)[0]).toMatchObject({ method: "PATCH", url: "/api/v1/claims/claim-1", body: { stance: "hedges", version: 3 } });
  });

  it("splits the claim out of a shared rumor into one of its own, carrying the version", async () => {
    const requests = answer();
    const { user } = renderWithClient(
      <RumorPanel claim={makeClaim({ rumor: { id: "rumor-1", statement: "Ceremony on the Seine", claimCount: 2, publicClaims: 0 } })} />,
    );
    await user.click(screen.getByRole("button", { name: "Split this claim out into a rumor of its own" }));
    await waitFor(() => expect(posts(requests)).toHaveLength(1));
    expect(posts(requests)[0]).toMatchObject({ method: "POST", url: "/api/v1/claims/claim-1/rumor", body: { version: 3 } });
  });

  it("offers no split for a claim alone in its rumor, and records an override with its own rationale", async () => {
    const requests = answer();
    const { user } = renderWithClient(<RumorPanel claim={makeClaim()} />);
    expect(screen.queryByRole("button", { name: /Split this claim out/ })).toBeNull();
    await user.click(screen.getByText("Override the verdict for this claim only"));
    const form = screen.getByRole("form", { name: "Override for this claim" });
    await user.click(within(form).getByRole("radio", { name: /Refuted/ }));
    await user.type(within(form).getByLabelText("Why this claim differs from the rumor"), "It added a date the outcome contradicts.");
    await user.click(within(form).getByRole("button", { name: "Publish override" }));
    await waitFor(() => expect(screen.getByText("Override published: this claim is rated on its own now.")).toBeInTheDocument());
    expect(posts(requests)[0]).toMatchObject({
      url: "/api/v1/claims/claim-1/override",
      body: { rating: "refuted", rationale: "It added a date the outcome contradicts.", version: 3, publish: true },
    });
  });
});
