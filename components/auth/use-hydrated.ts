"use client";

import { useSyncExternalStore } from "react";

/**
 * False until React has hydrated. Auth buttons stay disabled until then: a
 * click before hydration would do nothing (sign out) or, worse, submit the
 * sign-in form natively with the password in the URL.
 */
export function useHydrated() {
  // The server's snapshot (false) is used while hydrating, the client's after.
  return useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
}

const noSubscription = () => () => undefined;
