"use client";

import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { FieldError } from "@/components/ui/field-error";
import { FormAlert } from "@/components/ui/form-alert";
import { useFormErrors } from "@/components/editor/use-form-errors";
import { createWebhook } from "@/lib/contracts/api/webhooks";
import { call } from "@/lib/query/call";
import { WebhookCreateSchema } from "@/lib/schemas/webhook";
import { WebhookEventChoices } from "./webhook-event-choices";

const DEFAULT_EVENTS = ["verdict.published", "verdict.changed"];

/** Adds a webhook; its signing secret is shown here once. */
export function WebhookForm() {
  const router = useRouter();
  const form = useFormErrors();
  const [error, setError] = useState<unknown>(null);
  const [secret, setSecret] = useState<string | null>(null);

  async function add(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setError(null);
    setSecret(null);
    const el = event.currentTarget;
    const data = new FormData(el);
    const input = form.check(WebhookCreateSchema, { url: data.get("url"), description: data.get("description") ?? "", events: data.getAll("events") });
    if (!input) return;
    try {
      const created = await call(createWebhook, { input });
      setSecret(created.secret);
      el.reset();
      router.refresh();
    } catch (e) {
      form.fromServer(e);
      setError(e);
    }
  }

  return (
    <div className="stack">
      {secret && (
        <div className="alert alert-ok" role="status">
          Webhook added. Copy its signing secret now; it is not shown again: <code data-testid="webhook-secret">{secret}</code>
        </div>
      )}
      <FormAlert error={error} />
      <form className="card stack" onSubmit={add} aria-label="Add a webhook" noValidate>
        <h2>Add a webhook</h2>
        <div className="stack">
          <label htmlFor="webhook-url">Address (receives a POST for each event)</label>
          <input
            id="webhook-url"
            name="url"
            type="url"
            inputMode="url"
            placeholder="https://example.org/hooks/hindsight"
            aria-describedby="webhook-url-error"
          />
          <FieldError errors={form.fields} name="url" id="webhook-url-error" />
        </div>
        <div className="stack">
          <label htmlFor="webhook-description">Description (optional)</label>
          <input id="webhook-description" name="description" placeholder="e.g. the CMS's verdict box" />
          <FieldError errors={form.fields} name="description" />
        </div>
        <fieldset className="stack">
          <legend>Events</legend>
          <WebhookEventChoices checked={DEFAULT_EVENTS} />
          <FieldError errors={form.fields} name="events" />
        </fieldset>
        <button type="submit">Add webhook</button>
      </form>
    </div>
  );
}
