"use client";

import { useLayoutEffect, useRef, type RefObject } from "react";

type Field = HTMLTextAreaElement | HTMLInputElement;

/**
 * Keeps what was typed into a server-rendered field before React hydrated it
 * (issue 14: no lost keystrokes). Hydration leaves the typed text in the
 * field, but React does not know it, and the next render of the field (a
 * restored draft, a query's data arriving) writes React's value back over it.
 * Once mounted, a field that holds something other than what React rendered
 * hands that text to `keep`, as if it had just been typed.
 */
export function useEarlyTyping<E extends Field>(field: RefObject<E | null>, rendered: string, keep: (value: string, element: E) => void) {
  // The value and callback of the first render: the one hydration matched.
  const first = useRef({ rendered, keep });
  useLayoutEffect(() => {
    const element = field.current;
    if (element && element.value !== first.current.rendered) first.current.keep(element.value, element);
  }, [field]);
}
