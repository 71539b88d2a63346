"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { listArticles } from "@/lib/contracts/api/articles";
import { publishClaim, publishVerdict, unpublishClaim, unpublishVerdict } from "@/lib/contracts/api/claims";
import { deskClaim } from "@/lib/contracts/api/desk";
import type { DeskClaim } from "@/lib/contracts/desk";
import { call } from "@/lib/query/call";
import { keyOf } from "@/lib/query/endpoint-query";

/**
 * Takes the claim version a write answered with into the cached claim at
 * once, so a next action (publish right after recording a verdict) carries
 * it even before the refetch lands; otherwise it would be refused as stale.
 */
export function keepVersion(queryClient: ReturnType<typeof useQueryClient>, claimId: string, answer: { version: number }) {
  const { version } = answer;
  queryClient.setQueryData<DeskClaim>(keyOf(deskClaim, { params: { id: claimId } }), (claim) =>
    claim && claim.version < version ? { ...claim, version } : claim,
  );
}

/** The publishing switches of a claim and its verdicts: each carries the claim version. */
export const PUBLISHING = { publishClaim, unpublishClaim, publishVerdict, unpublishVerdict };
type Publishing = (typeof PUBLISHING)[keyof typeof PUBLISHING];

/** A publish/unpublish call (of the claim, or of one of its verdicts: `id`) that refreshes the claim after. */
export function useClaimAction(claimId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ endpoint, id, version }: { endpoint: Publishing; id: string; version: number }) => call(endpoint, { params: { id }, input: { version } }),
    onSuccess: (answer) => keepVersion(queryClient, claimId, answer),
    onSettled: () => {
      void queryClient.invalidateQueries({ queryKey: keyOf(deskClaim, { params: { id: claimId } }) });
      void queryClient.invalidateQueries({ queryKey: keyOf(listArticles) });
    },
  });
}
