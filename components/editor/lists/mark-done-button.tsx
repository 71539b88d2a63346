"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { markArticleDone } from "@/lib/contracts/api/articles";
import { call } from "@/lib/query/call";
import { FormAlert } from "@/components/ui/form-alert";

/** "Nothing checkable": an article read and found to hold no claim or evidence leaves the queue (issue 14, defect 4). */
export function MarkDoneButton({ article }: { article: { id: string; title: string; version: number } }) {
  const router = useRouter();
  const mutation = useMutation({
    mutationFn: () => call(markArticleDone, { params: { id: article.id }, input: { done: true, version: article.version } }),
    onSuccess: () => router.refresh(),
  });
  return (
    <>
      <button
        type="button"
        className="secondary small"
        onClick={() => mutation.mutate()}
        disabled={mutation.isPending}
        aria-label={`Mark “${article.title}” done: nothing checkable`}
      >
        Nothing checkable
      </button>
      <FormAlert error={mutation.error} />
    </>
  );
}
