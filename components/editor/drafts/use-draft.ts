"use client";

import { useCallback, useSyncExternalStore } from "react";
import { useDraftOwner } from "./draft-owner";
import { useUnsavedWarning } from "./unsaved-warning";

// Typed text kept in localStorage while it is unsaved (issue 14: no lost
// keystrokes): it survives a new selection, a reload and navigation, and is
// cleared when the save succeeds. Keyed by account and item, e.g.
// "hindsight:draft:<user id>:verdict:<claim id>".

const CHANGED = "hindsight-draft";

const read = (key: string): string | null => {
  try {
    return window.localStorage.getItem(key);
  } catch {
    return null; // Storage may be off (private mode, policy): the field still works, without a draft.
  }
};

function write(key: string, value: string | null) {
  try {
    if (value === null) window.localStorage.removeItem(key);
    else window.localStorage.setItem(key, value);
  } catch {
    // Full or disabled storage: the text stays in the field, unsaved.
  }
  window.dispatchEvent(new Event(CHANGED));
}

function subscribe(onChange: () => void) {
  window.addEventListener("storage", onChange);
  window.addEventListener(CHANGED, onChange);
  return () => {
    window.removeEventListener("storage", onChange);
    window.removeEventListener(CHANGED, onChange);
  };
}

const draftKey = (owner: string, item: string) => `hindsight:draft:${owner}:${item}`;

export type Draft = { value: string; set: (value: string) => void; clear: () => void; dirty: boolean };

/**
 * A text field's value, kept as a draft until saved. `initial` is what the
 * field shows without a draft (the current rationale, the selected quote);
 * typing it back to `initial` drops the draft.
 */
export function useDraft(item: string, initial: string): Draft {
  const key = draftKey(useDraftOwner(), item);
  const stored = useSyncExternalStore(
    subscribe,
    () => read(key),
    () => null,
  );
  const set = useCallback((value: string) => write(key, value === initial ? null : value), [key, initial]);
  const clear = useCallback(() => write(key, null), [key]);
  const dirty = stored !== null && stored !== initial;
  useUnsavedWarning(key, dirty);
  return { value: stored ?? initial, set, clear, dirty };
}
