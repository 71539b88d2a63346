"use client";

import { useEffect, useState } from "react";

/**
 * False until React has hydrated. Auth buttons stay disabled until then: a
 * click before hydration would do nothing (sign out) or, worse, submit the
 * sign-in form natively with the password in the URL.
 */
export function useHydrated() {
  const [hydrated, setHydrated] = useState(false);
  useEffect(() => setHydrated(true), []);
  return hydrated;
}
