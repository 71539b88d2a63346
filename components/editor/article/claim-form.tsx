"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useCallback, useEffect, type FormEvent } from "react";
import { isPreEvent } from "@/lib/dates";
import { listArticles } from "@/lib/contracts/api/articles";
import { createClaim } from "@/lib/contracts/api/claims";
import { call } from "@/lib/query/call";
import { keyOf } from "@/lib/query/endpoint-query";
import { ClaimCreateSchema, type ClaimCreateInput } from "@/lib/schemas/claim";
import type { DeskEvent } from "@/lib/contracts/desk";
import { FieldError } from "@/components/ui/field-error";
import { FormAlert } from "@/components/ui/form-alert";
import { useDraft, type Draft } from "../drafts/use-draft";
import { EventSelect } from "../event-select";
import { StanceSelect } from "../rumor/stance-select";
import { useFormErrors } from "../use-form-errors";
import type { SelectedSpan } from "./selected-span";

const COMMON_ATTRIBUTIONS = ["French media", "People", "Paris organizers", "a spokesperson", "the outlet itself", "unnamed sources"];

export type ClaimFormProps = { articleId: string; publishedAt: string; selection: SelectedSpan; events: DeskEvent[]; onDone: (claimId: string) => void };

export function ClaimForm({ articleId, publishedAt, selection, events, onDone }: ClaimFormProps) {
  const queryClient = useQueryClient();
  const errors = useFormErrors();
  // Typed text is a local draft per article: a new passage, a reload or a
  // visit elsewhere keeps it; an untouched statement follows the quote, and
  // "Edit first" (a candidate's wording) replaces what was typed.
  const statement = useDraft(`claim-statement:${articleId}`, selection.draft?.statement ?? selection.quote);
  const attributedTo = useDraft(`claim-attribution:${articleId}`, selection.draft?.attributedTo ?? "");
  const deadline = useDraft(`claim-deadline:${articleId}`, selection.draft?.deadline ?? "");
  const { clear: clearStatement } = statement;
  const { clear: clearAttribution } = attributedTo;
  const { clear: clearDeadline } = deadline;
  const clearAll = useCallback(() => {
    clearStatement();
    clearAttribution();
    clearDeadline();
  }, [clearStatement, clearAttribution, clearDeadline]);
  useEffect(() => {
    if (selection.draft) clearAll();
  }, [selection, clearAll]);
  const edit = (draft: Draft) => (e: { target: { value: string } }) => draft.set(e.target.value);
  // Only events this article precedes can be the subject of its claims.
  const eligible = events.filter((e) => isPreEvent(new Date(publishedAt), e));
  const mutation = useMutation({
    mutationFn: (input: ClaimCreateInput) => call(createClaim, { input }),
    onSuccess: (claim) => {
      clearAll();
      onDone(claim.id);
      // This article's marks, and the claim pickers of later articles.
      void queryClient.invalidateQueries({ queryKey: keyOf(listArticles) });
    },
    onError: errors.fromServer,
  });

  // onSubmit rather than a form action: React resets a form after an action,
  // which would wipe what the editor typed when validation fails.
  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const input = errors.check(ClaimCreateSchema, {
      articleId,
      start: selection.start,
      end: selection.end,
      quote: selection.quote,
      statement: String(form.get("statement") ?? ""),
      attributedTo: String(form.get("attributedTo") ?? ""),
      eventId: String(form.get("eventId") ?? "") || null,
      deadline: String(form.get("deadline") ?? "") || null,
      stance: form.get("stance") ?? undefined,
    });
    if (input) mutation.mutate(input);
  }

  return (
    <form onSubmit={submit} aria-label="New claim" className="stack">
      <div className="field">
        <label htmlFor="claim-statement">Statement</label>
        <textarea
          id="claim-statement"
          name="statement"
          rows={2}
          placeholder="What is claimed, in your words"
          value={statement.value}
          onChange={edit(statement)}
          required
        />
        <FieldError errors={errors.fields} name="statement" />
      </div>
      <div className="field">
        <label htmlFor="claim-attribution">Attributed to</label>
        <input
          id="claim-attribution"
          name="attributedTo"
          list="attribution-suggestions"
          placeholder="Who says so, inside the article"
          value={attributedTo.value}
          onChange={edit(attributedTo)}
          required
        />
        <datalist id="attribution-suggestions">
          {COMMON_ATTRIBUTIONS.map((a) => (
            <option key={a} value={a} />
          ))}
        </datalist>
        <FieldError errors={errors.fields} name="attributedTo" />
      </div>
      {/* The stance is read from the quote's wording: a new passage reads it again. */}
      <StanceSelect key={`${selection.start}-${selection.end}`} id="claim-stance" quote={selection.quote} />
      <EventSelect id="claim-event" events={eligible} defaultValue={eligible[0]?.id ?? ""} noneLabel="No event yet (triage)" errors={errors.fields} />
      <div className="field">
        <label htmlFor="claim-deadline">Deadline (optional)</label>
        <input id="claim-deadline" name="deadline" type="date" aria-describedby="claim-deadline-hint" value={deadline.value} onChange={edit(deadline)} />
        <p id="claim-deadline-hint" className="small muted">
          Defaults to the event&apos;s date.
        </p>
        <FieldError errors={errors.fields} name="deadline" />
      </div>
      <FieldError errors={errors.fields} name="start" />
      <FormAlert error={mutation.error} />
      <button type="submit" disabled={mutation.isPending}>
        {mutation.isPending ? "Creating…" : "Create claim"}
      </button>
    </form>
  );
}
