"use client";

import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { FieldError } from "@/components/ui/field-error";
import { FormAlert } from "@/components/ui/form-alert";
import { useFormErrors } from "@/components/editor/use-form-errors";
import { createAccount, patchAccount } from "@/lib/contracts/api/accounts";
import { call } from "@/lib/query/call";
import { ROLES, UserCreateSchema } from "@/lib/schemas/auth";

type AccountRow = { id: string; email: string; name: string; role: string; disabledAt: string | null; lockedUntil: string | null };
export type AccountListProps = { accounts: AccountRow[]; selfId: string };

export function AccountList({ accounts, selfId }: AccountListProps) {
  const router = useRouter();
  const form = useFormErrors();
  const [error, setError] = useState<unknown>(null);
  const [created, setCreated] = useState<string | null>(null);

  async function add(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setError(null);
    setCreated(null);
    const el = event.currentTarget;
    const values = Object.fromEntries(new FormData(el));
    const input = form.check(UserCreateSchema, { ...values, password: values.password || undefined, name: values.name || undefined });
    if (!input) return;
    try {
      const result = await call(createAccount, { input });
      setCreated(result.password ? `Created ${result.user.email}. One-time password (shown once): ${result.password}` : `Created ${result.user.email}.`);
      el.reset();
      router.refresh();
    } catch (e) {
      form.fromServer(e);
      setError(e);
    }
  }

  async function setDisabled(id: string, disabled: boolean) {
    setError(null);
    try {
      await call(patchAccount, { params: { id }, input: { disabled } });
      router.refresh();
    } catch (e) {
      setError(e);
    }
  }

  return (
    <div className="stack">
      <table>
        <thead>
          <tr>
            <th>Email</th>
            <th>Name</th>
            <th>Role</th>
            <th>State</th>
            <th />
          </tr>
        </thead>
        <tbody>
          {accounts.map((a) => (
            <tr key={a.id}>
              <td>{a.email}</td>
              <td>{a.name}</td>
              <td>{a.role}</td>
              <td>{a.disabledAt ? "disabled" : a.lockedUntil && new Date(a.lockedUntil) > new Date() ? "locked" : "active"}</td>
              <td>
                {a.id !== selfId && (
                  <button type="button" className="link-button" onClick={() => setDisabled(a.id, !a.disabledAt)}>
                    {a.disabledAt ? "Enable" : "Disable"}
                  </button>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <form className="card" onSubmit={add} aria-label="Add an account" noValidate>
        <h2>Add an account</h2>
        <div className="grid-2">
          <div className="field">
            <label htmlFor="new-email">Email</label>
            <input id="new-email" name="email" type="email" autoComplete="off" />
            <FieldError errors={form.fields} name="email" />
          </div>
          <div className="field">
            <label htmlFor="new-name">Name</label>
            <input id="new-name" name="name" autoComplete="off" />
          </div>
          <div className="field">
            <label htmlFor="new-role">Role</label>
            <select id="new-role" name="role" defaultValue="editor">
              {ROLES.map((r) => (
                <option key={r} value={r}>
                  {r}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="new-password">Password (empty: generate one)</label>
            <input id="new-password" name="password" type="password" autoComplete="new-password" />
            <FieldError errors={form.fields} name="password" />
          </div>
        </div>
        <FormAlert error={error} success={created} />
        <button type="submit">Add account</button>
      </form>
    </div>
  );
}
