"use client";

import { useMutation } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { updateNewsroomSettings } from "@/lib/contracts/api/workflow";
import type { NewsroomSettingsView } from "@/lib/contracts/workflow";
import { call } from "@/lib/query/call";
import { FormAlert } from "@/components/ui/form-alert";

export type NewsroomSettingsFormProps = { settings: NewsroomSettingsView };

/** Review before publish, on or off (ADR 0028); every change is in the audit log. */
export function NewsroomSettingsForm({ settings }: NewsroomSettingsFormProps) {
  const [saved, setSaved] = useState<string | null>(null);
  const mutation = useMutation({
    mutationFn: (reviewBeforePublish: boolean) => call(updateNewsroomSettings, { input: { reviewBeforePublish } }),
    onMutate: () => setSaved(null),
    onSuccess: (answer) =>
      setSaved(answer.reviewBeforePublish ? "Saved: verdicts now need a second editor’s approval." : "Saved: editors publish verdicts without a review."),
  });
  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    mutation.mutate(new FormData(event.currentTarget).get("reviewBeforePublish") === "on");
  }
  return (
    <form onSubmit={submit} aria-label="Newsroom settings" className="stack">
      <div className="field">
        <label className="choice">
          <input type="checkbox" name="reviewBeforePublish" defaultChecked={settings.reviewBeforePublish} /> Review before publish
        </label>
        <p className="small muted">
          A second editor approves every verdict before it is published; its author cannot approve it. Admins can still publish without review, giving a reason
          that is kept in the audit log.
        </p>
      </div>
      <FormAlert error={mutation.error} success={saved} />
      <div className="row">
        <button type="submit" disabled={mutation.isPending}>
          Save settings
        </button>
      </div>
    </form>
  );
}
