import { fireEvent, render, screen } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import { ArticleText, type TextMark } from "./article-text";

vi.mock("next/navigation", () => ({ useRouter: () => ({ push: () => {} }) }));

const BODY = "Insiders say Tom Cruise will abseil into the stadium.";
const at = (quote: string) => ({ start: BODY.indexOf(quote), end: BODY.indexOf(quote) + quote.length });
const MARKS: TextMark[] = [
  { ...at("Tom Cruise will abseil"), kind: "claim", claimId: "c1", label: "Claim: Cruise abseils" },
  { ...at("will abseil into the stadium"), kind: "evidence", claimId: "c2", label: "Evidence for: a stadium stunt" },
];

describe("ArticleText", () => {
  it("renders the stored text verbatim and marks where quotes overlap apart, naming each (defect 7)", () => {
    render(<ArticleText body={BODY} marks={MARKS} onSelectText={() => {}} />);
    const text = screen.getByTestId("article-text");
    expect(text.textContent).toBe(BODY);
    const overlap = text.querySelector("mark[data-overlap]");
    expect(overlap).toHaveTextContent("will abseil");
    expect(overlap).toHaveAttribute("data-overlap", "2");
    expect(overlap).toHaveAttribute("title", "2 quotes overlap here: Claim: Cruise abseils; Evidence for: a stadium stunt");
    expect(text.querySelectorAll("mark:not([data-overlap])")).toHaveLength(2);
  });

  it("in keyboard mode is a focusable read-only text box that refuses every edit (defect 8)", () => {
    const onSelectText = vi.fn();
    render(<ArticleText body={BODY} marks={MARKS} onSelectText={onSelectText} keyboardMode />);
    const box = screen.getByRole("textbox", { name: /select with Shift \+ arrow keys/ });
    expect(box).toHaveAttribute("contenteditable", "true");
    expect(box).toHaveAttribute("aria-readonly", "true");
    expect(box).toHaveAttribute("tabindex", "0");
    const input = new InputEvent("beforeinput", { bubbles: true, cancelable: true, data: "x", inputType: "insertText" });
    box.dispatchEvent(input);
    expect(input.defaultPrevented).toBe(true);
    expect(fireEvent.paste(box)).toBe(false);
    fireEvent.keyUp(box, { key: "ArrowRight", shiftKey: true });
    expect(onSelectText).toHaveBeenCalled();
  });
});
