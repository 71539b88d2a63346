"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { listArticles } from "@/lib/contracts/api/articles";
import { publishVerdict, unpublishVerdict } from "@/lib/contracts/api/claims";
import { deskClaim } from "@/lib/contracts/api/desk";
import { approveVerdict, deskMyWork, requestVerdictChanges, requestVerdictReview } from "@/lib/contracts/api/workflow";
import type { VerdictRecord } from "@/lib/contracts/writes";
import type { Rating } from "@/lib/verdicts";
import { call } from "@/lib/query/call";
import { keyOf } from "@/lib/query/endpoint-query";
import { keepVersion } from "../claim/use-claim-action";

/** One step of a verdict's review or publication, with what it takes besides the claim version. */
export type ReviewStep =
  | { step: "request"; id: string; version: number; rating?: Rating; rationale?: string }
  | { step: "approve"; id: string; version: number }
  | { step: "approvePublish"; id: string; version: number }
  | { step: "changes"; id: string; version: number; comment: string }
  | { step: "publish"; id: string; version: number; reason?: string }
  | { step: "unpublish"; id: string; version: number };

function send(s: ReviewStep): Promise<VerdictRecord> {
  const params = { id: s.id };
  switch (s.step) {
    case "request":
      return call(requestVerdictReview, { params, input: { version: s.version, rating: s.rating, rationale: s.rationale } });
    case "approve":
      return call(approveVerdict, { params, input: { version: s.version } });
    case "approvePublish":
      return call(publishVerdict, { params, input: { version: s.version, approve: true } });
    case "changes":
      return call(requestVerdictChanges, { params, input: { version: s.version, comment: s.comment } });
    case "publish":
      return call(publishVerdict, { params, input: { version: s.version, reason: s.reason } });
    case "unpublish":
      return call(unpublishVerdict, { params, input: { version: s.version } });
  }
}

const DONE: Record<ReviewStep["step"], string> = {
  request: "Sent for review. Another editor approves it or sends it back.",
  approve: "Approved. It can be published now.",
  approvePublish: "Approved and published.",
  changes: "Sent back to its author with your comment.",
  publish: "Verdict published.",
  unpublish: "Verdict unpublished. Readers no longer see it.",
};

/** Takes a step on one of the claim's verdicts, then refreshes the claim and "My work". */
export function useReviewStep(claimId: string) {
  const queryClient = useQueryClient();
  const mutation = useMutation({
    mutationFn: send,
    onSuccess: (answer) => keepVersion(queryClient, claimId, answer),
    onSettled: () => {
      void queryClient.invalidateQueries({ queryKey: keyOf(deskClaim, { params: { id: claimId } }) });
      void queryClient.invalidateQueries({ queryKey: keyOf(deskMyWork) });
      void queryClient.invalidateQueries({ queryKey: keyOf(listArticles) });
    },
  });
  return { ...mutation, done: mutation.isSuccess && mutation.variables ? DONE[mutation.variables.step] : null };
}
