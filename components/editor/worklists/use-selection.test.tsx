import { act, renderHook } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { isTyping } from "./shortcuts";
import { useSelection } from "./use-selection";

const IDS = ["a", "b", "c", "d", "e"];

describe("useSelection", () => {
  it("toggles one row, a shift-click range from the last row, and the whole page", () => {
    const { result, rerender } = renderHook(({ ids }) => useSelection(ids), { initialProps: { ids: IDS } });
    act(() => result.current.toggle(1, false));
    act(() => result.current.toggle(3, true));
    expect([...result.current.selected].sort()).toEqual(["b", "c", "d"]);
    // A range from there unselects when the clicked row was selected.
    act(() => result.current.toggle(2, true));
    expect([...result.current.selected].sort()).toEqual(["b"]);
    act(() => result.current.toggleAll());
    expect(result.current.allSelected).toBe(true);
    act(() => result.current.toggleAll());
    expect(result.current.selected.size).toBe(0);
    // Another page keeps only what it still shows.
    act(() => result.current.toggle(0, false));
    rerender({ ids: ["x", "y"] });
    expect(result.current.selected.size).toBe(0);
  });
});

describe("isTyping", () => {
  const press = (target: HTMLElement, init: KeyboardEventInit = {}) => {
    let typing: boolean | undefined;
    target.addEventListener("keydown", (e) => (typing = isTyping(e)), { once: true });
    target.dispatchEvent(new KeyboardEvent("keydown", { key: "j", bubbles: true, ...init }));
    return typing;
  };
  it("is true in fields and with a modifier, false elsewhere", () => {
    const input = document.body.appendChild(document.createElement("input"));
    const area = document.body.appendChild(document.createElement("textarea"));
    const div = document.body.appendChild(document.createElement("div"));
    expect(press(input)).toBe(true);
    expect(press(area)).toBe(true);
    expect(press(div)).toBe(false);
    expect(press(div, { ctrlKey: true })).toBe(true);
  });
});
