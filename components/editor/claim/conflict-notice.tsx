"use client";

import { useQueryClient } from "@tanstack/react-query";
import { ApiError } from "@/lib/query/api";
import { deskClaim } from "@/lib/contracts/api/desk";
import { keyOf } from "@/lib/query/endpoint-query";

export type ConflictNoticeProps = { error: unknown; claimId: string };

/**
 * Shown when the server refused a stale write (409). Reloading refetches the
 * claim only; the form's own fields are uncontrolled, so nothing typed is lost.
 */
export function ConflictNotice({ error, claimId }: ConflictNoticeProps) {
  const queryClient = useQueryClient();
  if (!(error instanceof ApiError) || error.status !== 409 || error.body.code !== "conflict") return null;
  return (
    <p data-testid="conflict">
      <button type="button" className="secondary" onClick={() => queryClient.invalidateQueries({ queryKey: keyOf(deskClaim, { params: { id: claimId } }) })}>
        Reload the current version
      </button>{" "}
      <span className="small muted">Your input stays in the form; submit again to apply it on top.</span>
    </p>
  );
}
