"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { listArticles } from "@/lib/contracts/api/articles";
import { deleteClaim } from "@/lib/contracts/api/claims";
import { deskClaim } from "@/lib/contracts/api/desk";
import { call } from "@/lib/query/call";
import { keyOf } from "@/lib/query/endpoint-query";
import { FormAlert } from "@/components/ui/form-alert";

export type DeleteClaimButtonProps = { claimId: string };

/** Removes a claim made in error, with its evidence and verdicts, after asking. */
export function DeleteClaimButton({ claimId }: DeleteClaimButtonProps) {
  const router = useRouter();
  const queryClient = useQueryClient();
  const mutation = useMutation({
    mutationFn: () => call(deleteClaim, { params: { id: claimId } }),
    onSuccess: () => {
      queryClient.removeQueries({ queryKey: keyOf(deskClaim, { params: { id: claimId } }) });
      // Every article's claim picker may have listed it.
      void queryClient.invalidateQueries({ queryKey: keyOf(listArticles) });
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
