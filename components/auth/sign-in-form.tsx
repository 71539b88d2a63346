"use client";

import { useState, type FormEvent } from "react";
import { FieldError } from "@/components/ui/field-error";
import { useFormErrors } from "@/components/editor/use-form-errors";
import { signIn } from "@/lib/contracts/api/auth";
import { SignInSchema } from "@/lib/schemas/auth";
import { useHydrated } from "./use-hydrated";

export type SignInFormProps = { next: string };

export function SignInForm({ next }: SignInFormProps) {
  const form = useFormErrors();
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const hydrated = useHydrated();

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setError(null);
    const values = Object.fromEntries(new FormData(event.currentTarget));
    const input = form.check(SignInSchema, values);
    if (!input) return;
    setPending(true);
    try {
      const response = await fetch(signIn.path, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify(input),
      });
      if (response.ok) {
        // A full page load: the desk renders on the server with the new session.
        window.location.assign(new URL(next, window.location.origin));
        return;
      }
      const body = (await response.json().catch(() => null)) as { message?: string } | null;
      setError(
        response.status === 401
          ? "Wrong email or password."
          : response.status === 429
            ? (body?.message ?? "Too many attempts. Wait a few minutes and try again.")
            : (body?.message ?? `Signing in failed (${response.status}).`),
      );
    } catch {
      setError("The server could not be reached.");
    } finally {
      setPending(false);
    }
  }

  return (
    <form className="card stack" method="post" onSubmit={submit} noValidate aria-label="Sign in">
      <div className="field">
        <label htmlFor="email">Email</label>
        <input id="email" name="email" type="email" autoComplete="username" required aria-describedby="email-error" />
        <FieldError errors={form.fields} name="email" id="email-error" />
      </div>
      <div className="field">
        <label htmlFor="password">Password</label>
        <input id="password" name="password" type="password" autoComplete="current-password" required aria-describedby="password-error" />
        <FieldError errors={form.fields} name="password" id="password-error" />
      </div>
      {error ? (
        <div className="alert alert-error" role="alert">
          {error}
        </div>
      ) : null}
      <button type="submit" disabled={pending || !hydrated}>
        {pending ? "Signing in…" : "Sign in"}
      </button>
    </form>
  );
}
