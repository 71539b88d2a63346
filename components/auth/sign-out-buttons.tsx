"use client";

import { useState } from "react";
import { revokeSessions, signOut as signOutEndpoint } from "@/lib/contracts/api/auth";
import { useHydrated } from "./use-hydrated";

export type SignOutButtonsProps = { name: string; role: string };

/** Sign out here, or end every session of this account (all devices). */
export function SignOutButtons({ name, role }: SignOutButtonsProps) {
  const [pending, setPending] = useState(false);
  const hydrated = useHydrated();
  async function signOut(everywhere: boolean) {
    setPending(true);
    const post = (url: string) => fetch(url, { method: "POST", headers: { "content-type": "application/json" }, body: "{}" });
    if (everywhere) await post(revokeSessions.path);
    await post(signOutEndpoint.path);
    // A full page load, so nothing of the signed-in desk stays in this tab's memory.
    window.location.assign(new URL("/login", window.location.origin));
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
