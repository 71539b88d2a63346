import { render, screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { PublicPageLink } from "./public-page-link";

describe("PublicPageLink", () => {
  it("links a published claim to its public page", () => {
    render(<PublicPageLink claimId="claim-1" publishedAt="2024-07-02T00:00:00.000Z" />);
    expect(screen.getByRole("link", { name: "Public page" })).toHaveAttribute("href", "/claims/claim-1");
  });

  it("offers no link for a draft claim and says it is not published yet", () => {
    render(<PublicPageLink claimId="claim-1" publishedAt={null} />);
    expect(screen.queryByRole("link")).not.toBeInTheDocument();
    expect(screen.getByText(/not published yet/)).toBeInTheDocument();
  });
});
