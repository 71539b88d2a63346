import type { Metadata } from "next";
import { PasswordForm } from "@/components/auth/password-form";
import { TokenManager } from "@/components/auth/token-manager";
import { jsonify } from "@/lib/json";
import { listMyTokens } from "@/server/auth/my-tokens";

export const metadata: Metadata = { title: "Your account" };

export default async function TokensPage() {
  const tokens = jsonify(await listMyTokens());
  return (
    <section className="stack">
      <h1>Your account</h1>
      <PasswordForm />
      <h2>Personal API tokens</h2>
      <p className="muted">
        For your newsroom&apos;s scripts: send <code>Authorization: Bearer &lt;token&gt;</code> to the editor API (docs/api.md). A token acts as you; revoke it
        when a script no longer needs it.
      </p>
      <TokenManager tokens={tokens} />
    </section>
  );
}
