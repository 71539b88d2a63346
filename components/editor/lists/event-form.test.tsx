import { screen } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import { renderWithClient } from "@/test/components";
import { json, stubFetch } from "@/test/fetch-stub";
import { EventForm } from "./event-form";

vi.mock("next/navigation", () => ({ useRouter: () => ({ refresh: () => {} }) }));

describe("EventForm", () => {
  it("drops the last success message when the next submit is refused in the browser", async () => {
    const requests = stubFetch(() => json({ id: "event-1", slug: "paris-2024" }, 201));
    const { user } = renderWithClient(<EventForm />);

    await user.type(screen.getByLabelText("Event name"), "Paris 2024 opening ceremony");
    await user.type(screen.getByLabelText("Event date"), "2024-07-26");
    await user.click(screen.getByRole("button", { name: "Create event" }));
    expect(await screen.findByRole("status")).toHaveTextContent("Event created.");
    expect(requests).toHaveLength(1);

    // The form was reset on success: submitting it empty must show only the refusal.
    await user.click(screen.getByRole("button", { name: "Create event" }));
    expect(await screen.findByText("Name is required.")).toBeInTheDocument();
    expect(screen.queryByText("Event created.")).not.toBeInTheDocument();
    expect(requests).toHaveLength(1);
  });
});
