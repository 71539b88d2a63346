"use client";

import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { FieldError } from "@/components/ui/field-error";
import { FormAlert } from "@/components/ui/form-alert";
import { useFormErrors } from "@/components/editor/use-form-errors";
import { createToken, revokeToken } from "@/lib/contracts/api/accounts";
import { call } from "@/lib/query/call";
import { ApiTokenCreateSchema } from "@/lib/schemas/api-token";

type TokenRow = { id: string; name: string; prefix: string; createdAt: string; lastUsedAt: string | null };
export type TokenManagerProps = { tokens: TokenRow[] };

export function TokenManager({ tokens }: TokenManagerProps) {
  const router = useRouter();
  const form = useFormErrors();
  const [error, setError] = useState<unknown>(null);
  const [secret, setSecret] = useState<string | null>(null);

  async function create(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setError(null);
    const el = event.currentTarget;
    const input = form.check(ApiTokenCreateSchema, Object.fromEntries(new FormData(el)));
    if (!input) return;
    try {
      const created = await call(createToken, { input });
      setSecret(created.token);
      el.reset();
      router.refresh();
    } catch (e) {
      form.fromServer(e);
      setError(e);
    }
  }

  async function revoke(id: string) {
    try {
      await call(revokeToken, { params: { id } });
      router.refresh();
    } catch (e) {
      setError(e);
    }
  }

  return (
    <div className="stack">
      {secret && (
        <div className="alert alert-ok" role="status">
          Copy your new token now; it is not shown again: <code data-testid="new-token">{secret}</code>
        </div>
      )}
      <FormAlert error={error} />
      <ul className="stack" aria-label="Your tokens">
        {tokens.map((t) => (
          <li key={t.id} className="row">
            <strong>{t.name}</strong> <code>{t.prefix}…</code>
            <span className="small muted">
              created {t.createdAt.slice(0, 10)}
              {t.lastUsedAt ? `, last used ${t.lastUsedAt.slice(0, 10)}` : ", never used"}
            </span>
            <button type="button" className="link-button" onClick={() => revoke(t.id)}>
              Revoke
            </button>
          </li>
        ))}
        {tokens.length === 0 && <li className="muted">No tokens yet.</li>}
      </ul>
      <form className="card row" onSubmit={create} aria-label="Create a token" noValidate>
        <label htmlFor="token-name">Token name</label>
        <input id="token-name" name="name" placeholder="e.g. nightly import" />
        <FieldError errors={form.fields} name="name" />
        <button type="submit">Create token</button>
      </form>
    </div>
  );
}
