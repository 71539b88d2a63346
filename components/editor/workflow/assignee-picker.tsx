"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useId, useState, type FormEvent } from "react";
import { deskArticle, deskClaim } from "@/lib/contracts/api/desk";
import { assignArticle, assignClaim, deskMyWork, deskWorkflow } from "@/lib/contracts/api/workflow";
import type { Assignee } from "@/lib/contracts/desk";
import { call } from "@/lib/query/call";
import { endpointQuery, keyOf } from "@/lib/query/endpoint-query";
import { FormAlert } from "@/components/ui/form-alert";

export type AssigneePickerProps = { kind: "claim" | "article"; id: string; assignee: Assignee };

/** Who works on a claim or an article: pick an editor (or nobody), or take it yourself. */
export function AssigneePicker({ kind, id, assignee }: AssigneePickerProps) {
  const queryClient = useQueryClient();
  const selectId = useId();
  const workflow = useQuery(endpointQuery(deskWorkflow)).data;
  const [done, setDone] = useState<string | null>(null);
  const mutation = useMutation({
    mutationFn: (assigneeId: string | null) => call(kind === "claim" ? assignClaim : assignArticle, { params: { id }, input: { assigneeId } }),
    onMutate: () => setDone(null),
    onSuccess: (answer) => setDone(answer.assignee ? `Assigned to ${answer.assignee.name}.` : "Nobody is assigned now."),
    onSettled: () => {
      void queryClient.invalidateQueries({ queryKey: kind === "claim" ? keyOf(deskClaim, { params: { id } }) : keyOf(deskArticle, { params: { id } }) });
      void queryClient.invalidateQueries({ queryKey: keyOf(deskMyWork) });
    },
  });

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const value = String(new FormData(event.currentTarget).get("assigneeId") ?? "");
    mutation.mutate(value || null);
  }

  const me = workflow?.me;
  return (
    <form className="row assignee" onSubmit={submit} aria-label={`Assign this ${kind}`} data-testid="assignee-picker">
      <label htmlFor={selectId} className="small">
        Assigned to
      </label>
      <select id={selectId} name="assigneeId" defaultValue={assignee?.id ?? ""} key={assignee?.id ?? "nobody"} disabled={!workflow}>
        <option value="">Nobody</option>
        {(workflow?.editors ?? (assignee ? [{ ...assignee, email: "" }] : [])).map((e) => (
          <option key={e.id} value={e.id}>
            {e.name}
          </option>
        ))}
      </select>
      <button type="submit" className="secondary" disabled={mutation.isPending || !workflow}>
        Assign
      </button>
      {me && assignee?.id !== me.id && (
        <button type="button" className="link-button small" disabled={mutation.isPending} onClick={() => mutation.mutate(me.id)}>
          Assign to me
        </button>
      )}
      <FormAlert error={mutation.error} success={done} />
    </form>
  );
}
