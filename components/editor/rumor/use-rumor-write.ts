"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { listArticles } from "@/lib/contracts/api/articles";
import { deskClaim } from "@/lib/contracts/api/desk";
import { likelyLinks } from "@/lib/contracts/api/matches";
import { keyOf } from "@/lib/query/endpoint-query";

/**
 * A write that changes which rumor claims belong to (link, split, merge,
 * reject a match): afterwards the claim, its matches and the work queue's
 * offers are read again. `["claims", id]` prefixes the claim's matches too.
 */
export function useRumorWrite<I, O>(claimId: string, write: (input: I) => Promise<O>, onDone?: (answer: O) => void) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: write,
    onSuccess: (answer) => onDone?.(answer),
    onSettled: () => {
      void queryClient.invalidateQueries({ queryKey: keyOf(deskClaim, { params: { id: claimId } }) });
      void queryClient.invalidateQueries({ queryKey: keyOf(likelyLinks) });
      void queryClient.invalidateQueries({ queryKey: keyOf(listArticles) });
    },
  });
}
