"use client";

import { useEffect, useState } from "react";
import { isTyping } from "./shortcuts";

export type ListKeys = { count: number; tableId: string; onToggle?: (index: number) => void; onPublish?: () => void };

/**
 * j/k move the current row (its link takes the focus, so Enter opens it),
 * x selects it, p publishes the selection. Nothing fires while typing or
 * while a modal dialog is open.
 */
export function useListKeys({ count, tableId, onToggle, onPublish }: ListKeys) {
  const [active, setActive] = useState(-1);
  useEffect(() => {
    const focusRow = (i: number) => document.querySelector<HTMLElement>(`#${tableId} [data-row-index="${i}"] a`)?.focus();
    const onKey = (event: KeyboardEvent) => {
      if (isTyping(event) || document.querySelector("dialog[open]") || count === 0) return;
      if (event.key === "j" || event.key === "k") {
        const next = event.key === "j" ? Math.min(active + 1, count - 1) : Math.max(active - 1, 0);
        setActive(next);
        focusRow(next);
      } else if (event.key === "x" && onToggle && active >= 0) onToggle(active);
      else if (event.key === "p" && onPublish) onPublish();
      else return;
      event.preventDefault();
    };
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, [active, count, tableId, onToggle, onPublish]);
  return { active, setActive };
}
