"use client";

import { useState, type FormEvent } from "react";
import { FieldError } from "@/components/ui/field-error";
import { useFormErrors } from "@/components/editor/use-form-errors";
import { changePassword } from "@/lib/contracts/api/auth";
import { PasswordChangeSchema } from "@/lib/schemas/auth";

/** Changes the signed-in editor's password and ends their other sessions. */
export function PasswordForm() {
  const form = useFormErrors();
  const [outcome, setOutcome] = useState<{ ok: boolean; message: string } | null>(null);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setOutcome(null);
    const el = event.currentTarget;
    const input = form.check(PasswordChangeSchema, Object.fromEntries(new FormData(el)));
    if (!input) return;
    const response = await fetch(changePassword.path, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ currentPassword: input.currentPassword, newPassword: input.newPassword, revokeOtherSessions: true }),
    });
    if (response.ok) {
      el.reset();
      setOutcome({ ok: true, message: "Password changed. Your other sessions were signed out." });
    } else {
      const body = (await response.json().catch(() => null)) as { message?: string } | null;
      setOutcome({
        ok: false,
        message: response.status === 400 || response.status === 401 ? "The current password is wrong." : (body?.message ?? `Failed (${response.status}).`),
      });
    }
  }

  return (
    <form className="card" onSubmit={submit} aria-label="Change password" noValidate>
      <h2>Change your password</h2>
      {(["currentPassword", "newPassword", "confirm"] as const).map((name) => (
        <div className="field" key={name}>
          <label htmlFor={`pw-${name}`}>
            {name === "currentPassword" ? "Current password" : name === "newPassword" ? "New password" : "New password again"}
          </label>
          <input id={`pw-${name}`} name={name} type="password" autoComplete={name === "currentPassword" ? "current-password" : "new-password"} />
          <FieldError errors={form.fields} name={name} />
        </div>
      ))}
      {outcome && (
        <div className={`alert ${outcome.ok ? "alert-ok" : "alert-error"}`} role={outcome.ok ? "status" : "alert"}>
          {outcome.message}
        </div>
      )}
      <button type="submit">Change password</button>
    </form>
  );
}
