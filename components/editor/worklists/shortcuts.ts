// The desk's keyboard shortcuts: one list for the help dialog and the handlers.

export const SHORTCUTS = [
  { keys: ["?"], what: "Show these shortcuts" },
  { keys: ["/"], what: "Search the list" },
  { keys: ["j"], what: "Next item in a list" },
  { keys: ["k"], what: "Previous item in a list" },
  { keys: ["x"], what: "Select or unselect the current item" },
  { keys: ["Enter"], what: "Open the current item" },
  { keys: ["a"], what: "On a claim: attach the first suggested evidence" },
  { keys: ["p"], what: "On a claim: publish it; in the claim list: publish the selected claims" },
  { keys: ["Esc"], what: "Close this dialog" },
] as const;

/**
 * True when a key press belongs to what the person is typing or operating
 * (a field, a select, an editable region, a modal), or carries a modifier:
 * then no shortcut fires.
 */
export function isTyping(event: KeyboardEvent): boolean {
  if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey || event.isComposing) return true;
  const target = event.target as HTMLElement | null;
  if (!target || typeof target.closest !== "function") return false;
  return !!target.closest("input, textarea, select, [contenteditable=''], [contenteditable='true'], [role='textbox'], [role='combobox']");
}

/** A button on the page found by its visible text (within `scope`), when it can be pressed. */
export function buttonNamed(name: RegExp, scope: ParentNode = document): HTMLButtonElement | null {
  for (const b of scope.querySelectorAll<HTMLButtonElement>("button")) if (name.test(b.textContent?.trim() ?? "") && !b.disabled) return b;
  return null;
}
