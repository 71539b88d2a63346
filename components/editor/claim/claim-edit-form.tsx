"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useRef, type FormEvent } from "react";
import { listArticles } from "@/lib/contracts/api/articles";
import { updateClaim } from "@/lib/contracts/api/claims";
import { deskClaim, deskEvents } from "@/lib/contracts/api/desk";
import { call } from "@/lib/query/call";
import { endpointQuery, keyOf } from "@/lib/query/endpoint-query";
import { ClaimUpdateSchema, type ClaimUpdateInput } from "@/lib/schemas/claim";
import type { DeskClaim } from "@/lib/contracts/desk";
import { FieldError } from "@/components/ui/field-error";
import { FormAlert } from "@/components/ui/form-alert";
import { useDraft } from "../drafts/use-draft";
import { useEarlyTyping } from "../drafts/use-early-typing";
import { EventSelect } from "../event-select";
import { useFormErrors } from "../use-form-errors";
import { ConflictNotice } from "./conflict-notice";

export type ClaimEditFormProps = { claim: DeskClaim; onClose: () => void };

export function ClaimEditForm({ claim, onClose }: ClaimEditFormProps) {
  const queryClient = useQueryClient();
  const errors = useFormErrors();
  const events = useQuery(endpointQuery(deskEvents)).data?.items ?? [];
  const statement = useDraft(`claim-edit:${claim.id}`, claim.statement);
  const statementBox = useRef<HTMLTextAreaElement>(null);
  useEarlyTyping(statementBox, statement.value, statement.set);
  const mutation = useMutation({
    mutationFn: (input: ClaimUpdateInput) => call(updateClaim, { params: { id: claim.id }, input }),
    onSuccess: () => {
      statement.clear();
      void queryClient.invalidateQueries({ queryKey: keyOf(deskClaim, { params: { id: claim.id } }) });
      // Its statement shows in its article and in later articles' claim pickers.
      void queryClient.invalidateQueries({ queryKey: keyOf(listArticles) });
      onClose();
    },
    onError: errors.fromServer,
  });

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const input = errors.check(ClaimUpdateSchema, {
      statement: String(form.get("statement") ?? ""),
      attributedTo: String(form.get("attributedTo") ?? ""),
      eventId: String(form.get("eventId") ?? "") || null,
      deadline: String(form.get("deadline") ?? "") || null,
      version: claim.version,
    });
    if (input) mutation.mutate(input);
  }

  return (
    <form onSubmit={submit} className="card" aria-label="Edit claim">
      <div className="field">
        <label htmlFor="edit-statement">Statement</label>
        <textarea ref={statementBox} id="edit-statement" name="statement" rows={2} value={statement.value} onChange={(e) => statement.set(e.target.value)} />
        <FieldError errors={errors.fields} name="statement" />
      </div>
      <div className="field">
        <label htmlFor="edit-attribution">Attributed to</label>
        <input id="edit-attribution" name="attributedTo" defaultValue={claim.attributedTo} />
        <FieldError errors={errors.fields} name="attributedTo" />
      </div>
      <div className="grid-2">
        <EventSelect id="edit-event" events={events} defaultValue={claim.event?.id ?? ""} noneLabel="No event" errors={errors.fields} />
        <div className="field">
          <label htmlFor="edit-deadline">Deadline</label>
          <input id="edit-deadline" name="deadline" type="date" defaultValue={claim.deadline?.slice(0, 10) ?? ""} />
          <FieldError errors={errors.fields} name="deadline" />
        </div>
      </div>
      <FormAlert error={mutation.error} />
      <ConflictNotice error={mutation.error} claimId={claim.id} />
      <div className="row">
        <button type="submit" disabled={mutation.isPending}>
          Save claim
        </button>
        <button type="button" className="secondary" onClick={onClose}>
          Cancel
        </button>
      </div>
    </form>
  );
}
