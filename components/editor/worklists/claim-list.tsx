"use client";

import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useCallback, useState } from "react";
import { bulkClaims, deskClaimList } from "@/lib/contracts/api/desk-lists";
import { deskMyWork } from "@/lib/contracts/api/workflow";
import type { BulkReport, DeskClaimRow } from "@/lib/contracts/desk-lists";
import type { BulkActionInput } from "@/lib/schemas/desk-list";
import { call } from "@/lib/query/call";
import { endpointQuery, keyOf } from "@/lib/query/endpoint-query";
import { FormAlert } from "@/components/ui/form-alert";
import { BulkBar, BulkResult } from "./bulk-bar";
import { ClaimFilters } from "./claim-filters";
import { ClaimRows } from "./claim-rows";
import { ListPager } from "./list-pager";
import { SavedViews } from "./saved-views";
import { useListKeys } from "./use-list-keys";
import { useListParams } from "./use-list-params";
import { useSelection } from "./use-selection";

const EMPTY: DeskClaimRow[] = [];

/** The desk's claim list: filters and page in the URL, saved views, a selection and bulk actions, j/k/x/p. */
export function ClaimList() {
  const { input, set, go } = useListParams("claims");
  const queryClient = useQueryClient();
  const { data, error, isFetching } = useQuery({ ...endpointQuery(deskClaimList, { input }), placeholderData: keepPreviousData });
  const rows = data?.items ?? EMPTY;
  const selection = useSelection(rows.map((r) => r.id));
  const [report, setReport] = useState<{ report: BulkReport; rows: DeskClaimRow[] }>();
  const bulk = useMutation({
    mutationFn: (body: BulkActionInput) => call(bulkClaims, { input: body }),
    onSuccess: (answer) => {
      setReport({ report: answer, rows });
      selection.clear();
    },
    // Every read about claims (this list, open claims, the queue) shares the "claims" prefix; assignments and reviews show in My work.
    onSettled: () => Promise.all([queryClient.invalidateQueries({ queryKey: ["claims"] }), queryClient.invalidateQueries({ queryKey: keyOf(deskMyWork) })]),
  });
  const { selected, toggle } = selection;
  const publish = useCallback(() => {
    if (selected.size && !bulk.isPending) bulk.mutate({ action: "publish", claimIds: [...selected] });
  }, [selected, bulk]);
  const keys = useListKeys({ count: rows.length, tableId: "claim-list", onToggle: (i) => toggle(i, false), onPublish: publish });

  return (
    <div className="work-list-layout">
      <div className="stack">
        <ClaimFilters input={input} set={set} />
        <BulkBar rows={rows} selected={selection.selected} busy={bulk.isPending} onRun={(body) => bulk.mutate(body)} />
        <BulkResult report={report?.report} rows={report?.rows ?? rows} />
        <FormAlert error={error ?? bulk.error} />
        <p className="small muted" aria-live="polite">
          {isFetching
            ? "Loading…"
            : rows.length === 0
              ? "No claim matches these filters."
              : `${rows.length} claim${rows.length === 1 ? "" : "s"} on this page.`}
          {data?.searchCapped && " The search stopped at its best 1,000 matches: narrow it to see the rest."}
        </p>
        {rows.length > 0 && (
          <ClaimRows
            id="claim-list"
            rows={rows}
            selected={selection.selected}
            active={keys.active}
            allSelected={selection.allSelected}
            onToggle={selection.toggle}
            onToggleAll={selection.toggleAll}
          />
        )}
        <ListPager hasCursor={!!input.cursor} nextCursor={data?.nextCursor ?? null} onFirst={() => set({})} onNext={(cursor) => go({ ...input, cursor })} />
      </div>
      <SavedViews list="claims" input={input} />
    </div>
  );
}
