"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { api } from "@/lib/query/api";
import { keys } from "@/lib/query/keys";

/** A publish/unpublish call that carries the claim version and refreshes the claim after. */
export function useClaimAction(claimId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ path, version }: { path: string; version: number }) => api(path, { method: "POST", json: { version } }),
    onSettled: () => {
      void queryClient.invalidateQueries({ queryKey: keys.claim(claimId) });
      void queryClient.invalidateQueries({ queryKey: keys.articles() });
    },
  });
}
