import { screen, waitFor } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import type { MatchItem } from "@/lib/contracts/matching";
import { renderWithClient } from "@/test/components";
import { json, stubFetch } from "@/test/fetch-stub";
import { RumorMatches } from "./rumor-matches";

const MATCHES: MatchItem[] = [
  { rumorId: "r-likely", score: 0.91, likely: true, statement: "Tom Cruise will perform a stunt", claimCount: 3, reasons: ["name: cruis", "word: stunt"] },
  { rumorId: "r-possible", score: 0.2, likely: false, statement: "Stunt show at the Stade", claimCount: 1, reasons: ["word: stunt"] },
];

function answer(items: MatchItem[]) {
  return stubFetch((r) => {
    if (r.method === "GET") return json({ items });
    if (r.url.endsWith("/rumor")) return json({ id: "c-1", rumorId: (r.body as { rumorId: string }).rumorId, version: 5 });
    return json({ id: "rej", claimId: "c-1", rumorId: "r-possible" }, 201);
  });
}

describe("RumorMatches", () => {
  it("pre-selects the likely rumor, lists the possible one, and links with one click carrying the rumor's version", async () => {
    const requests = answer(MATCHES);
    const { user } = renderWithClient(<RumorMatches claimId="c-1" rumorId="r-own" version={4} />);
    const likely = await screen.findByRole("radio", { name: /Likely Tom Cruise will perform a stunt/ });
    expect(likely).toBeChecked();
    expect(screen.getByRole("radio", { name: /Possible Stunt show at the Stade/ })).not.toBeChecked();
    expect(screen.getByText(/3 appearances · match 91 % · name: cruis, word: stunt/)).toBeInTheDocument();
    expect(requests[0]!.url).toBe("/api/v1/claims/c-1/matches?limit=5");

    await user.click(screen.getByRole("button", { name: "Link to the selected rumor" }));
    await waitFor(() => expect(screen.getByRole("status")).toHaveTextContent("Linked"));
    const link = requests.find((r) => r.method === "POST")!;
    expect(link.url).toBe("/api/v1/claims/c-1/rumor");
    expect(link.body).toEqual({ rumorId: "r-likely", version: 4 });
  });

  it("selects nothing when no match is likely, and remembers a rejection", async () => {
    const requests = answer([MATCHES[1]!]);
    const { user } = renderWithClient(<RumorMatches claimId="c-1" rumorId="r-own" version={4} />);
    const possible = await screen.findByRole("radio", { name: /Possible Stunt show at the Stade/ });
    expect(possible).not.toBeChecked();
    expect(screen.getByRole("button", { name: "Link to the selected rumor" })).toBeDisabled();
    await user.click(screen.getByRole("button", { name: "Not this rumor: Stunt show at the Stade" }));
    await waitFor(() => expect(requests.some((r) => r.method === "POST")).toBe(true));
    const reject = requests.find((r) => r.method === "POST")!;
    expect(reject.url).toBe("/api/v1/claims/c-1/matches/rejections");
    expect(reject.body).toEqual({ rumorId: "r-possible" });
  });

  it("says so when no rumor matches", async () => {
    answer([]);
    renderWithClient(<RumorMatches claimId="c-1" rumorId="r-own" version={1} />);
    expect(await screen.findByText(/No existing rumor looks like this one/)).toBeInTheDocument();
  });
});
