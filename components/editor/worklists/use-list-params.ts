"use client";

import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { useCallback } from "react";
import { listInput, type ListName } from "@/lib/schemas/desk-list";

/**
 * A list's state lives in the URL: shareable, and the back button undoes a
 * filter or a page. Changing a filter starts again at the first page.
 */
export function useListParams(list: ListName) {
  const params = useSearchParams();
  const router = useRouter();
  const pathname = usePathname();
  const input = listInput(list, params);

  const go = useCallback(
    (next: Record<string, string | undefined>) => {
      const search = new URLSearchParams(Object.entries(next).filter((e): e is [string, string] => !!e[1]));
      const s = search.toString();
      router.push(`${pathname}${s ? `?${s}` : ""}` as never, { scroll: false });
    },
    [pathname, router],
  );
  /** Sets filters (undefined or "" removes one) and drops the cursor. */
  const set = useCallback((changes: Record<string, string | undefined>) => go({ ...input, cursor: undefined, ...changes }), [go, input]);
  return { input, set, go };
}
