"use client";

import { useQuery } from "@tanstack/react-query";
import type { FormEvent, ReactNode } from "react";
import { deskEvents } from "@/lib/contracts/api/desk";
import { deskOutlets } from "@/lib/contracts/api/desk";
import { deskWorkflow } from "@/lib/contracts/api/workflow";
import { endpointQuery } from "@/lib/query/endpoint-query";
import { ASSIGNEE_ME, ASSIGNEE_NONE } from "@/lib/schemas/desk-list";

export type Setter = (changes: Record<string, string | undefined>) => void;

/** The search box (`/` focuses it); the search runs on Enter or the button. Keyed by the URL's value, so back and forward refill it. */
export function ListSearch({ id, label, value, set }: { id: string; label: string; value?: string; set: Setter }) {
  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const q = new FormData(e.currentTarget).get("q");
    set({ q: typeof q === "string" && q.trim() ? q.trim() : undefined });
  };
  return (
    <form role="search" className="row" onSubmit={submit}>
      <label htmlFor={id} className="visually-hidden">
        {label}
      </label>
      <input id={id} name="q" data-list-search type="search" defaultValue={value ?? ""} placeholder={`${label} (press /)`} className="input-narrow" />
      <button type="submit" className="secondary">
        Search
      </button>
    </form>
  );
}

export function FilterSelect({
  id,
  label,
  value,
  onChange,
  children,
}: {
  id: string;
  label: string;
  value?: string;
  onChange: (v: string) => void;
  children: ReactNode;
}) {
  return (
    <div className="list-filter">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value ?? ""} onChange={(e) => onChange(e.target.value)}>
        {children}
      </select>
    </div>
  );
}

/** Event and outlet filters (by slug, as in the reader's URLs). */
export function EventOutletFilters({ prefix, input, set }: { prefix: string; input: Record<string, string>; set: Setter }) {
  const events = useQuery(endpointQuery(deskEvents));
  const outlets = useQuery(endpointQuery(deskOutlets));
  return (
    <>
      <FilterSelect id={`${prefix}-event`} label="Event" value={input.event} onChange={(v) => set({ event: v })}>
        <option value="">Any event</option>
        {events.data?.items.map((e) => (
          <option key={e.id} value={e.slug}>
            {e.name}
          </option>
        ))}
      </FilterSelect>
      <FilterSelect id={`${prefix}-outlet`} label="Outlet" value={input.outlet} onChange={(v) => set({ outlet: v })}>
        <option value="">Any outlet</option>
        {outlets.data?.items.map((o) => (
          <option key={o.slug} value={o.slug}>
            {o.name}
          </option>
        ))}
      </FilterSelect>
    </>
  );
}

/** Whose work: anyone, mine, nobody's, or one editor's (the editors whom work can be assigned to). */
export function AssigneeFilter({ prefix, value, set }: { prefix: string; value?: string; set: Setter }) {
  const workflow = useQuery(endpointQuery(deskWorkflow)).data;
  const me = workflow?.me.id;
  return (
    <FilterSelect id={`${prefix}-assignee`} label="Assigned to" value={value} onChange={(v) => set({ assignee: v })}>
      <option value="">Anyone or nobody</option>
      <option value={ASSIGNEE_ME}>Me</option>
      <option value={ASSIGNEE_NONE}>Nobody (unassigned)</option>
      {workflow?.editors
        .filter((e) => e.id !== me)
        .map((e) => (
          <option key={e.id} value={e.id}>
            {e.name}
          </option>
        ))}
    </FilterSelect>
  );
}
