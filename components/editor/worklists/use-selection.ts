"use client";

import { useCallback, useState } from "react";

/**
 * Which rows of the current page are selected: toggle one, shift-click a
 * range from the last row toggled (all set to that row's new state), or all
 * on the page. The selection is the page's: it empties when the page changes.
 */
export function useSelection(ids: string[]) {
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [anchor, setAnchor] = useState<number | null>(null);
  const key = ids.join(",");
  const [pageKey, setPageKey] = useState(key);
  if (pageKey !== key) {
    setPageKey(key);
    setSelected(new Set([...selected].filter((id) => ids.includes(id))));
    setAnchor(null);
  }

  const toggle = useCallback(
    (index: number, range: boolean) => {
      const id = ids[index];
      if (id === undefined) return;
      setSelected((prev) => {
        const next = new Set(prev);
        const on = !prev.has(id);
        const from = range && anchor !== null ? Math.min(anchor, index) : index;
        const to = range && anchor !== null ? Math.max(anchor, index) : index;
        for (let i = from; i <= to; i++)
          if (on) next.add(ids[i]!);
          else next.delete(ids[i]!);
        return next;
      });
      setAnchor(index);
    },
    [ids, anchor],
  );
  const allSelected = ids.length > 0 && ids.every((id) => selected.has(id));
  const toggleAll = useCallback(() => setSelected(allSelected ? new Set() : new Set(ids)), [allSelected, ids]);
  const clear = useCallback(() => setSelected(new Set()), []);
  return { selected, toggle, toggleAll, allSelected, clear };
}
