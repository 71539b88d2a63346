"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { archiveEvent, unarchiveEvent, updateEvent } from "@/lib/contracts/api/articles";
import { deskEvents } from "@/lib/contracts/api/desk";
import type { DeskEvent } from "@/lib/contracts/desk";
import { call } from "@/lib/query/call";
import { keyOf } from "@/lib/query/endpoint-query";
import { EventUpdateSchema, type EventUpdateInput } from "@/lib/schemas/editing";
import { FieldError } from "@/components/ui/field-error";
import { FormAlert } from "@/components/ui/form-alert";
import { RuleProblems } from "../rule-problems";
import { useFormErrors } from "../use-form-errors";

const FIELDS = [
  { name: "name", label: "Event name", type: "text" },
  { name: "slug", label: "Address (slug)", type: "text" },
  { name: "date", label: "Event date", type: "date" },
  { name: "startTime", label: "Start time, local (optional)", type: "time" },
  { name: "timeZone", label: "Time zone (IANA name; UTC if empty)", type: "text" },
  { name: "place", label: "Place (optional)", type: "text" },
] as const;

const valueOf = (event: DeskEvent, name: (typeof FIELDS)[number]["name"]) => (name === "date" ? event.date.slice(0, 10) : (event[name] ?? ""));

/** Edit and archive/unarchive one event of the desk's list (issue 14). */
export function EventActions({ event }: { event: DeskEvent }) {
  const router = useRouter();
  const queryClient = useQueryClient();
  const errors = useFormErrors();
  const [editing, setEditing] = useState(false);
  const done = () => {
    void queryClient.invalidateQueries({ queryKey: keyOf(deskEvents) });
    router.refresh();
  };
  const save = useMutation({
    mutationFn: (input: EventUpdateInput) => call(updateEvent, { params: { id: event.id }, input }),
    onSuccess: () => {
      setEditing(false);
      done();
    },
    onError: errors.fromServer,
  });
  const archive = useMutation({
    mutationFn: () => call(event.archivedAt ? unarchiveEvent : archiveEvent, { params: { id: event.id }, input: { version: event.version } }),
    onSuccess: done,
  });

  function submit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const input = errors.check(EventUpdateSchema, { ...Object.fromEntries(new FormData(e.currentTarget)), version: event.version });
    if (input) save.mutate(input);
  }

  return (
    <div className="stack">
      <p className="row">
        <button type="button" className="secondary" onClick={() => setEditing((on) => !on)} aria-expanded={editing} aria-label={`Edit ${event.name}`}>
          Edit
        </button>
        <button
          type="button"
          className="secondary"
          onClick={() => archive.mutate()}
          disabled={archive.isPending}
          aria-label={`${event.archivedAt ? "Unarchive" : "Archive"} ${event.name}`}
        >
          {event.archivedAt ? "Unarchive" : "Archive"}
        </button>
      </p>
      <FormAlert error={archive.error} />
      {editing && (
        <form onSubmit={submit} aria-label={`Edit ${event.name}`} className="stack">
          {FIELDS.map((f) => (
            <div className="field" key={f.name}>
              <label htmlFor={`edit-${event.id}-${f.name}`}>{f.label}</label>
              <input id={`edit-${event.id}-${f.name}`} name={f.name} type={f.type} defaultValue={valueOf(event, f.name)} />
              <FieldError errors={errors.fields} name={f.name} />
            </div>
          ))}
          <div className="field">
            <label htmlFor={`edit-${event.id}-description`}>Description (optional)</label>
            <textarea id={`edit-${event.id}-description`} name="description" rows={2} defaultValue={event.description ?? ""} />
          </div>
          <FormAlert error={save.error} />
          <RuleProblems error={save.error} />
          <button type="submit" disabled={save.isPending}>
            Save event
          </button>
        </form>
      )}
    </div>
  );
}
