"use client";

import Link from "next/link";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { createSavedView, deleteSavedView, listSavedViews } from "@/lib/contracts/api/desk-lists";
import { listQuery, type ListName } from "@/lib/schemas/desk-list";
import { call } from "@/lib/query/call";
import { endpointQuery, keyOf } from "@/lib/query/endpoint-query";
import { FormAlert } from "@/components/ui/form-alert";

export type SavedViewsProps = { list: ListName; input: Record<string, string> };

/** The editor's own saved views of this list: open (a link to the query), save the current one, delete. */
export function SavedViews({ list, input }: SavedViewsProps) {
  const queryClient = useQueryClient();
  const views = useQuery(endpointQuery(listSavedViews, { input: { list } }));
  const [name, setName] = useState("");
  const refresh = () => queryClient.invalidateQueries({ queryKey: keyOf(listSavedViews) });
  const save = useMutation({
    mutationFn: () => call(createSavedView, { input: { list, name, query: listQuery(list, input) } }),
    onSuccess: () => setName(""),
    onSettled: refresh,
  });
  const remove = useMutation({ mutationFn: (id: string) => call(deleteSavedView, { params: { id } }), onSettled: refresh });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    save.mutate();
  };
  const current = listQuery(list, input);
  return (
    <section className="card saved-views" aria-labelledby={`${list}-views-heading`}>
      <h2 id={`${list}-views-heading`} className="inline-heading">
        Saved views
      </h2>
      {views.data?.items.length === 0 && <p className="small muted">None yet: filter the list, then save the view under a name.</p>}
      <ul className="flush saved-view-list">
        {views.data?.items.map((v) => (
          <li key={v.id} className="row">
            <Link href={`/desk/${list}${v.query ? `?${v.query}` : ""}` as never} aria-current={v.query === current ? "page" : undefined}>
              {v.name}
            </Link>
            <button type="button" className="link-button small" aria-label={`Delete the view ${v.name}`} onClick={() => remove.mutate(v.id)}>
              Delete
            </button>
          </li>
        ))}
      </ul>
      <form className="row" onSubmit={submit}>
        <label htmlFor={`${list}-view-name`} className="visually-hidden">
          Name of this view
        </label>
        <input
          id={`${list}-view-name`}
          className="input-narrow"
          value={name}
          onChange={(e) => setName(e.target.value)}
          placeholder="Name this view"
          maxLength={80}
        />
        <button type="submit" className="secondary" disabled={save.isPending || !name.trim()}>
          Save view
        </button>
      </form>
      <FormAlert error={save.error ?? remove.error} />
    </section>
  );
}
