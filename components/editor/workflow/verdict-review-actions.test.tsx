import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import type { DeskReviewedVerdict } from "@/lib/contracts/desk";
import type { DeskWorkflow } from "@/lib/contracts/workflow";
import { VerdictReviewActions } from "./verdict-review-actions";

const AUTHOR = { id: "u-alma", name: "Alma" };
const REVIEWER = { id: "u-rhea", name: "Rhea" };

const verdict = (reviewState: DeskReviewedVerdict["reviewState"]): DeskReviewedVerdict => ({
  id: "v-1",
  claimId: null,
  rating: "refuted",
  rationale: "The report names the deputy mayor.",
  decidedAt: "2025-06-22T00:00:00.000Z",
  publishedAt: reviewState === "published" ? "2025-06-22T00:00:00.000Z" : null,
  reviewState,
  decidedBy: AUTHOR,
  reviews: [],
});
const as = (me: { id: string; name: string }, role: "admin" | "editor" = "editor", reviewBeforePublish = true): DeskWorkflow => ({
  reviewBeforePublish,
  me: { ...me, role },
  editors: [],
});
const show = (v: DeskReviewedVerdict, workflow: DeskWorkflow, onStep = vi.fn()) => {
  render(<VerdictReviewActions verdict={v} version={7} workflow={workflow} pending={false} onStep={onStep} />);
  return onStep;
};
const buttons = () => screen.queryAllByRole("button").map((b) => b.textContent);

describe("VerdictReviewActions", () => {
  it("never offers the author an approval of their own verdict", () => {
    show(verdict("in_review"), as(AUTHOR, "admin"));
    expect(buttons()).not.toContain("Approve");
    expect(buttons()).not.toContain("Approve and publish");
    expect(screen.queryByText("Request changes")).toBeNull();
    expect(screen.getByText(/Waiting for another editor/)).toBeInTheDocument();
  });

  it("offers another editor Approve and Request changes, with the comment", async () => {
    const onStep = show(verdict("in_review"), as(REVIEWER));
    expect(buttons()).toContain("Approve");
    await userEvent.click(screen.getByText("Request changes"));
    await userEvent.type(screen.getByLabelText("What should change"), "Name the report.");
    await userEvent.click(screen.getByRole("button", { name: "Send back to the author" }));
    expect(onStep).toHaveBeenCalledWith({ step: "changes", id: "v-1", version: 7, comment: "Name the report." });
  });

  it.each([
    ["Approve and publish", "approvePublish"],
    ["Approve", "approve"],
  ] as const)("lets the reviewer %s in one click", async (name, step) => {
    const onStep = show(verdict("in_review"), as(REVIEWER));
    expect(buttons().slice(0, 2)).toEqual(["Approve and publish", "Approve"]);
    await userEvent.click(screen.getByRole("button", { name }));
    expect(onStep).toHaveBeenCalledWith({ step, id: "v-1", version: 7 });
  });

  it("offers Publish on a draft only when review is off, or once approved", () => {
    show(verdict("draft"), as(AUTHOR));
    expect(buttons()).toEqual(["Request review"]);
  });

  it.each([
    ["approved", true],
    ["draft", false],
  ] as const)("publishes a verdict %s (review on: %s)", async (state, reviewOn) => {
    const onStep = show(verdict(state), as(AUTHOR, "editor", reviewOn));
    await userEvent.click(screen.getByRole("button", { name: "Publish" }));
    expect(onStep).toHaveBeenCalledWith({ step: "publish", id: "v-1", version: 7 });
  });

  it("lets an admin publish without review with a reason", async () => {
    const onStep = show(verdict("in_review"), as(REVIEWER, "admin"));
    await userEvent.click(screen.getByText("Publish without review (admins)"));
    await userEvent.type(screen.getByLabelText("Why it cannot wait for a review"), "Breaking news.");
    await userEvent.click(screen.getByRole("button", { name: "Publish without review" }));
    expect(onStep).toHaveBeenCalledWith({ step: "publish", id: "v-1", version: 7, reason: "Breaking news." });
  });

  it("gives the author a revise-and-resubmit form when changes were requested", async () => {
    const onStep = show(verdict("changes_requested"), as(AUTHOR));
    const rationale = screen.getByRole("textbox", { name: "Rationale" });
    await userEvent.clear(rationale);
    await userEvent.type(rationale, "The City Wire report names the deputy mayor.");
    await userEvent.click(screen.getByRole("button", { name: "Resubmit for review" }));
    expect(onStep).toHaveBeenCalledWith({
      step: "request",
      id: "v-1",
      version: 7,
      rating: "refuted",
      rationale: "The City Wire report names the deputy mayor.",
    });
  });
});
