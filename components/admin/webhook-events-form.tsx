"use client";

import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { FieldError } from "@/components/ui/field-error";
import { FormAlert } from "@/components/ui/form-alert";
import { useFormErrors } from "@/components/editor/use-form-errors";
import { patchWebhook } from "@/lib/contracts/api/webhooks";
import type { WebhookRow } from "@/lib/contracts/webhooks";
import { call } from "@/lib/query/call";
import { WebhookPatchSchema } from "@/lib/schemas/webhook";
import { WebhookEventChoices } from "./webhook-event-choices";

export type WebhookEventsFormProps = { webhook: WebhookRow };

/** Changes which events a webhook is told of (from the next event on; what is queued stays). */
export function WebhookEventsForm({ webhook }: WebhookEventsFormProps) {
  const router = useRouter();
  const form = useFormErrors();
  const [error, setError] = useState<unknown>(null);
  const [done, setDone] = useState<string | null>(null);

  async function save(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setError(null);
    setDone(null);
    const data = new FormData(event.currentTarget);
    const input = form.check(WebhookPatchSchema, { events: data.getAll("events"), version: webhook.version });
    if (!input) return;
    try {
      await call(patchWebhook, { params: { id: webhook.id }, input });
      setDone("Events saved: the next events follow them.");
      router.refresh();
    } catch (e) {
      form.fromServer(e);
      setError(e);
    }
  }

  return (
    <details>
      <summary>Change events</summary>
      <form className="stack" onSubmit={save} aria-label={`Events of ${webhook.url}`} noValidate>
        <fieldset className="stack">
          <legend>Events</legend>
          <WebhookEventChoices checked={webhook.events} />
          <FieldError errors={form.fields} name="events" />
        </fieldset>
        <FormAlert error={error} success={done} />
        <button type="submit">Save events</button>
      </form>
    </details>
  );
}
