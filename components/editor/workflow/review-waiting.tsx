"use client";

import { useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { deskMyWork } from "@/lib/contracts/api/workflow";
import { endpointQuery } from "@/lib/query/endpoint-query";
import { VerdictRows } from "./my-work";

/**
 * The work queue's first section when colleagues wait on this editor: the
 * verdicts sent for their review, one click from the desk's home page
 * (issue 14). Nothing shows when none waits.
 */
export function ReviewWaiting() {
  const toReview = useQuery(endpointQuery(deskMyWork)).data?.toReview ?? [];
  if (toReview.length === 0) return null;
  return (
    <section aria-labelledby="waiting-heading">
      <h2 id="waiting-heading">Waiting for your review</h2>
      <VerdictRows verdicts={toReview} empty="" testId="queue-to-review" />
      <p className="small">
        <Link href="/desk/my-work">All your work</Link>
      </p>
    </section>
  );
}
