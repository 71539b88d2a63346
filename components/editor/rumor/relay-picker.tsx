"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useId, useState } from "react";
import { updateClaim } from "@/lib/contracts/api/claims";
import { deskClaim, deskOutlets } from "@/lib/contracts/api/desk";
import type { DeskClaim } from "@/lib/contracts/desk";
import { call } from "@/lib/query/call";
import { endpointQuery, keyOf } from "@/lib/query/endpoint-query";
import { FormAlert } from "@/components/ui/form-alert";
import { keepVersion } from "../claim/use-claim-action";
import { ConflictNotice } from "../claim/conflict-notice";

const SHOWN = 8;

/**
 * The outlet a claim was relayed from, when the editor knows it (issue 12):
 * a search over the outlets (never the claim's own), saved through the claim
 * update (versioned and audited like any claim edit).
 */
export function RelayPicker({ claim }: { claim: DeskClaim }) {
  const id = useId();
  const queryClient = useQueryClient();
  const [query, setQuery] = useState("");
  const outlets = useQuery(endpointQuery(deskOutlets)).data?.items ?? [];
  const save = useMutation({
    mutationFn: (relayedFromId: string | null) => call(updateClaim, { params: { id: claim.id }, input: { relayedFromId, version: claim.version } }),
    onSuccess: (answer) => {
      keepVersion(queryClient, claim.id, answer);
      setQuery("");
    },
    onSettled: () => void queryClient.invalidateQueries({ queryKey: keyOf(deskClaim, { params: { id: claim.id } }) }),
  });
  const terms = query.trim().toLowerCase();
  const matches = terms
    ? outlets.filter((o) => o.slug !== claim.article.outlet.slug && `${o.name} ${o.domain ?? ""}`.toLowerCase().includes(terms)).slice(0, SHOWN)
    : [];
  return (
    <div className="stack" role="group" aria-labelledby={`${id}-label`}>
      <p id={`${id}-label`}>
        <strong>Relayed from:</strong>{" "}
        <span data-testid="relayed-from">{claim.relayedFrom ? claim.relayedFrom.name : "not known (or the outlet's own reporting)"}</span>
        {claim.relayedFrom && (
          <>
            {" "}
            <button type="button" className="secondary small" onClick={() => save.mutate(null)} disabled={save.isPending}>
              Clear
            </button>
          </>
        )}
      </p>
      <label htmlFor={`${id}-search`}>Find the outlet it relays</label>
      <input
        id={`${id}-search`}
        type="search"
        value={query}
        onChange={(e) => setQuery(e.target.value)}
        autoComplete="off"
        placeholder="Outlet name or domain"
      />
      {terms && (
        <ul aria-label="Matching outlets" className="small">
          {matches.map((o) => (
            <li key={o.id}>
              <button type="button" className="secondary small" onClick={() => save.mutate(o.id)} disabled={save.isPending}>
                Relayed from {o.name}
              </button>
              {o.domain && <span className="muted"> {o.domain}</span>}
            </li>
          ))}
          {matches.length === 0 && <li className="muted">No outlet matches “{query.trim()}”.</li>}
        </ul>
      )}
      <FormAlert error={save.error} success={save.isSuccess ? "Saved." : null} />
      <ConflictNotice error={save.error} claimId={claim.id} />
    </div>
  );
}
