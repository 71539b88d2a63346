"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useRef, type FormEvent } from "react";
import { createEvent } from "@/lib/contracts/api/articles";
import { deskEvents } from "@/lib/contracts/api/desk";
import { call } from "@/lib/query/call";
import { keyOf } from "@/lib/query/endpoint-query";
import { EventInputSchema, type EventInput } from "@/lib/schemas/event";
import { FieldError } from "@/components/ui/field-error";
import { FormAlert } from "@/components/ui/form-alert";
import { useFormErrors } from "../use-form-errors";

const FIELDS = [
  { name: "name", label: "Event name", type: "text" },
  { name: "date", label: "Event date", type: "date" },
  { name: "startTime", label: "Start time, local (optional)", type: "time" },
  { name: "timeZone", label: "Time zone (IANA name; UTC if empty)", type: "text", placeholder: "Europe/Paris" },
  { name: "place", label: "Place (optional)", type: "text" },
] as const;

export function EventForm() {
  const router = useRouter();
  const queryClient = useQueryClient();
  const errors = useFormErrors();
  const formRef = useRef<HTMLFormElement>(null);
  const mutation = useMutation({
    mutationFn: (input: EventInput) => call(createEvent, { input }),
    onSuccess: () => {
      formRef.current?.reset();
      void queryClient.invalidateQueries({ queryKey: keyOf(deskEvents) });
      router.refresh();
    },
    onError: errors.fromServer,
  });

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    // A new attempt: the last one's "Event created." must not stand beside this one's errors.
    mutation.reset();
    const values = Object.fromEntries(new FormData(event.currentTarget));
    const input = errors.check(EventInputSchema, values);
    if (input) mutation.mutate(input);
  }

  return (
    <section className="card spaced-top" aria-labelledby="new-event-heading">
      <h2 id="new-event-heading">New event</h2>
      <form ref={formRef} onSubmit={submit} aria-label="New event">
        <div className="grid-2">
          {FIELDS.map((f) => (
            <div className="field" key={f.name}>
              <label htmlFor={`event-${f.name}`}>{f.label}</label>
              <input id={`event-${f.name}`} name={f.name} type={f.type} placeholder={"placeholder" in f ? f.placeholder : undefined} />
              <FieldError errors={errors.fields} name={f.name} />
            </div>
          ))}
        </div>
        <div className="field">
          <label htmlFor="event-description">Description (optional)</label>
          <textarea id="event-description" name="description" rows={2} />
          <FieldError errors={errors.fields} name="description" />
        </div>
        <FormAlert error={mutation.error} success={mutation.isSuccess ? "Event created." : null} />
        <button type="submit" disabled={mutation.isPending}>
          Create event
        </button>
      </form>
    </section>
  );
}
