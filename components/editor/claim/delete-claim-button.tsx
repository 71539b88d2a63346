"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { api } from "@/lib/query/api";
import { keys } from "@/lib/query/keys";
import { FormAlert } from "@/components/ui/form-alert";

export type DeleteClaimButtonProps = { claimId: string; articleId: string };

/** Removes a claim made in error, with its evidence and verdicts, after asking. */
export function DeleteClaimButton({ claimId, articleId }: DeleteClaimButtonProps) {
  const router = useRouter();
  const queryClient = useQueryClient();
  const mutation = useMutation({
    mutationFn: () => api<void>(`/api/v1/claims/${claimId}`, { method: "DELETE" }),
    onSuccess: () => {
      queryClient.removeQueries({ queryKey: keys.claim(claimId) });
      // Every article's claim picker may have listed it.
      void queryClient.invalidateQueries({ queryKey: keys.articles() });
      router.push("/desk/claims");
    },
  });
  return (
    <div className="no-print">
      <FormAlert error={mutation.error} />
      <button
        type="button"
        className="danger"
        disabled={mutation.isPending}
        onClick={() => {
          if (window.confirm("Delete this claim with its evidence and verdict history? Readers will no longer see it.")) mutation.mutate();
        }}
      >
        Delete claim
      </button>
    </div>
  );
}
