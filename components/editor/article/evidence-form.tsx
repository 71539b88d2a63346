"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import type { FormEvent } from "react";
import { addEvidence } from "@/lib/contracts/api/claims";
import { deskArticle, deskClaim } from "@/lib/contracts/api/desk";
import { call } from "@/lib/query/call";
import { keyOf } from "@/lib/query/endpoint-query";
import { EvidenceFormSchema, type EvidenceCreateInput } from "@/lib/schemas/evidence";
import { STANCE_INFO, STANCES } from "@/lib/verdicts";
import type { DeskClaimable } from "@/lib/contracts/desk";
import { FieldError } from "@/components/ui/field-error";
import { FormAlert } from "@/components/ui/form-alert";
import { useDraft } from "../drafts/use-draft";
import { useFormErrors } from "../use-form-errors";
import { ClaimPicker } from "./claim-picker";
import type { SelectedSpan } from "./selected-span";

export type EvidenceFormProps = {
  articleId: string;
  selection: SelectedSpan;
  claims: DeskClaimable[];
  /** The article's title and text, for ranking the claims. */
  text?: string;
  /** Events the article already gives evidence for. */
  eventIds?: ReadonlySet<string>;
  /** The claim the editor came from ("Find evidence"), preselected. */
  chosenClaimId?: string | null;
  onDone: (claimId: string) => void;
};

export function EvidenceForm({ articleId, selection, claims, text = "", eventIds = new Set(), chosenClaimId = null, onDone }: EvidenceFormProps) {
  const queryClient = useQueryClient();
  const errors = useFormErrors();
  const note = useDraft(`evidence-note:${articleId}`, "");
  const mutation = useMutation({
    mutationFn: ({ claimId, input }: { claimId: string; input: EvidenceCreateInput }) => call(addEvidence, { params: { id: claimId }, input }),
    onSuccess: (_evidence, { claimId }) => {
      note.clear();
      onDone(claimId);
      void queryClient.invalidateQueries({ queryKey: keyOf(deskArticle, { params: { id: articleId } }) });
      void queryClient.invalidateQueries({ queryKey: keyOf(deskClaim, { params: { id: claimId } }) });
    },
    onError: errors.fromServer,
  });

  if (claims.length === 0) {
    return (
      <p className="muted">
        No claim can take evidence from this article: evidence must be published after the event (or after the claim&apos;s source article).
      </p>
    );
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const parsed = errors.check(EvidenceFormSchema, {
      claimId: String(form.get("claimId") ?? ""),
      articleId,
      start: selection.start,
      end: selection.end,
      quote: selection.quote,
      stance: form.get("stance") ?? undefined,
      note: String(form.get("note") ?? ""),
    });
    if (!parsed) return;
    const { claimId, ...input } = parsed;
    mutation.mutate({ claimId, input });
  }

  return (
    <form onSubmit={submit} aria-label="Attach evidence" className="stack">
      <ClaimPicker claims={claims} text={text} eventIds={eventIds} chosenId={chosenClaimId} />
      <FieldError errors={errors.fields} name="claimId" />
      <fieldset className="field">
        <legend>Stance</legend>
        <div className="row">
          {STANCES.map((s) => (
            <label key={s} className="choice">
              <input type="radio" name="stance" value={s} required /> <span aria-hidden="true">{STANCE_INFO[s].icon}</span> {STANCE_INFO[s].label}
            </label>
          ))}
        </div>
        <FieldError errors={errors.fields} name="stance" />
      </fieldset>
      <div className="field">
        <label htmlFor="evidence-note">Note (optional)</label>
        <textarea id="evidence-note" name="note" rows={2} value={note.value} onChange={(e) => note.set(e.target.value)} />
        <FieldError errors={errors.fields} name="note" />
      </div>
      <FieldError errors={errors.fields} name="start" />
      <FieldError errors={errors.fields} name="articleId" />
      <FormAlert error={mutation.error} />
      <button type="submit" disabled={mutation.isPending}>
        {mutation.isPending ? "Attaching…" : "Attach evidence"}
      </button>
    </form>
  );
}
