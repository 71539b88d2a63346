"use client";

import { useQuery } from "@tanstack/react-query";
import { deskClaim } from "@/lib/contracts/api/desk";
import { endpointQuery } from "@/lib/query/endpoint-query";
import { RumorMatches } from "./rumor-matches";

/** Right after a claim is created: the rumors it may belong to, the likely one pre-selected. */
export function NewClaimMatches({ claimId }: { claimId: string }) {
  const claim = useQuery(endpointQuery(deskClaim, { params: { id: claimId } })).data;
  if (!claim) return <p className="muted small">Looking for rumors this claim may belong to…</p>;
  return <RumorMatches claimId={claim.id} rumorId={claim.rumor.id} version={claim.version} canMerge={claim.rumor.claimCount > 1} />;
}
