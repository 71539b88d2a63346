"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import Link from "next/link";
import { listArticles, restoreArticle } from "@/lib/contracts/api/articles";
import { deskArticle } from "@/lib/contracts/api/desk";
import { formatInZone } from "@/lib/dates";
import { call } from "@/lib/query/call";
import { keyOf } from "@/lib/query/endpoint-query";
import { FormAlert } from "@/components/ui/form-alert";

/** What the article page shows after a deletion: an undo until `undoUntil` (an admin can restore later). */
export function DeletedArticle({ id, title, undoUntil, onRestored }: { id: string; title: string; undoUntil: string; onRestored: () => void }) {
  const queryClient = useQueryClient();
  const undo = useMutation({
    mutationFn: () => call(restoreArticle, { params: { id } }),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: keyOf(deskArticle, { params: { id } }) });
      void queryClient.invalidateQueries({ queryKey: keyOf(listArticles) });
      onRestored();
    },
  });
  return (
    <section className="card stack" aria-labelledby="deleted-heading">
      <h1 id="deleted-heading">Article deleted</h1>
      <div className="alert alert-ok" role="status">
        “{title}” was deleted. You can undo this until {formatInZone(new Date(undoUntil))}; after that an admin can still restore it.
      </div>
      <FormAlert error={undo.error} />
      <p className="row">
        <button type="button" onClick={() => undo.mutate()} disabled={undo.isPending}>
          Undo
        </button>
        <Link href="/desk/articles">All articles</Link>
      </p>
    </section>
  );
}
