"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { api } from "@/lib/query/api";
import { keys } from "@/lib/query/keys";
import type { DeskClaim } from "@/server/desk";

/**
 * Takes the claim version a write answered with into the cached claim at
 * once, so a next action (publish right after recording a verdict) carries
 * it even before the refetch lands; otherwise it would be refused as stale.
 */
export function keepVersion(queryClient: ReturnType<typeof useQueryClient>, claimId: string, answer: unknown) {
  const version = (answer as { version?: unknown } | null)?.version;
  if (typeof version !== "number") return;
  queryClient.setQueryData<DeskClaim>(keys.claim(claimId), (claim) => (claim && claim.version < version ? { ...claim, version } : claim));
}

/** A publish/unpublish call that carries the claim version and refreshes the claim after. */
export function useClaimAction(claimId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ path, version }: { path: string; version: number }) => api(path, { method: "POST", json: { version } }),
    onSuccess: (answer) => keepVersion(queryClient, claimId, answer),
    onSettled: () => {
      void queryClient.invalidateQueries({ queryKey: keys.claim(claimId) });
      void queryClient.invalidateQueries({ queryKey: keys.articles() });
    },
  });
}
