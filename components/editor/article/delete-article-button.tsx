"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { deleteArticle, listArticles } from "@/lib/contracts/api/articles";
import type { DeskArticle } from "@/lib/contracts/desk";
import { call } from "@/lib/query/call";
import { keyOf } from "@/lib/query/endpoint-query";
import { FormAlert } from "@/components/ui/form-alert";

/** Deletes an article nothing quotes; the page then offers to undo it (ADR 0031). */
export function DeleteArticleButton({ article, onDeleted }: { article: DeskArticle; onDeleted: (undoUntil: string) => void }) {
  const queryClient = useQueryClient();
  const mutation = useMutation({
    mutationFn: () => call(deleteArticle, { params: { id: article.id }, input: { version: article.version } }),
    onSuccess: (answer) => {
      onDeleted(answer.undoUntil);
      void queryClient.invalidateQueries({ queryKey: keyOf(listArticles) });
    },
  });
  return (
    <>
      <button type="button" className="danger" disabled={mutation.isPending} onClick={() => mutation.mutate()}>
        Delete article
      </button>
      <FormAlert error={mutation.error} />
    </>
  );
}
