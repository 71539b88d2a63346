"use client";

import { useState } from "react";
import { useHydrated } from "./use-hydrated";

export type SignOutButtonsProps = { name: string; role: string };

/** Sign out here, or end every session of this account (all devices). */
export function SignOutButtons({ name, role }: SignOutButtonsProps) {
  const [pending, setPending] = useState(false);
  const hydrated = useHydrated();
  async function signOut(everywhere: boolean) {
    setPending(true);
    if (everywhere) await fetch("/api/auth/revoke-sessions", { method: "POST", headers: { "content-type": "application/json" }, body: "{}" });
    await fetch("/api/auth/sign-out", { method: "POST", headers: { "content-type": "application/json" }, body: "{}" });
    window.location.assign("/login");
  }
  return (
    <div className="row small account-menu">
      <span className="muted">
        {name} ({role})
      </span>
      <button type="button" className="link-button" disabled={pending || !hydrated} onClick={() => signOut(false)}>
        Sign out
      </button>
      <button type="button" className="link-button" disabled={pending || !hydrated} onClick={() => signOut(true)}>
        Sign out everywhere
      </button>
    </div>
  );
}
