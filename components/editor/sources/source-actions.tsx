"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { recaptureArticle, reviewQuoteEdit } from "@/lib/contracts/api/sources";
import { call } from "@/lib/query/call";
import { FormAlert } from "@/components/ui/form-alert";

const OUTCOME: Record<string, string> = {
  version: "The text changed: a new version was recorded.",
  same: "The text is unchanged.",
  gone: "The page is gone (404/410); recorded as such, not as an edit.",
  moved: "The page now redirects elsewhere; recorded as such, not as an edit.",
  error: "The site answered with an error; the answer was archived.",
  "no-text": "No article text was found; the page was archived as received.",
};

export type RecaptureButtonProps = { articleId: string };

/** Fetches the article's page again now and reports what changed. */
export function RecaptureButton({ articleId }: RecaptureButtonProps) {
  const router = useRouter();
  const mutation = useMutation({
    mutationFn: () => call(recaptureArticle, { params: { id: articleId } }),
    onSuccess: () => router.refresh(),
  });
  return (
    <div className="no-print">
      <FormAlert error={mutation.error} />
      <button type="button" className="secondary" disabled={mutation.isPending} onClick={() => mutation.mutate()}>
        {mutation.isPending ? "Checking…" : "Check the page again now"}
      </button>
      <p role="status" className="small">
        {mutation.data ? OUTCOME[mutation.data.outcome] : null}
      </p>
    </div>
  );
}

export type ReviewEditButtonProps = { editId: string };

/** Takes a stealth edit off the work queue once an editor has looked at it. */
export function ReviewEditButton({ editId }: ReviewEditButtonProps) {
  const router = useRouter();
  const mutation = useMutation({
    mutationFn: () => call(reviewQuoteEdit, { params: { id: editId } }),
    onSuccess: () => router.refresh(),
  });
  return (
    <>
      <FormAlert error={mutation.error} />
      <button type="button" className="secondary" disabled={mutation.isPending} onClick={() => mutation.mutate()}>
        Mark as reviewed
      </button>
    </>
  );
}
