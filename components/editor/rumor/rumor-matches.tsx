"use client";

import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { mergeRumor, moveClaim } from "@/lib/contracts/api/rumors";
import { claimMatches, rejectMatch } from "@/lib/contracts/api/matches";
import type { MatchItem } from "@/lib/contracts/matching";
import { call } from "@/lib/query/call";
import { endpointQuery } from "@/lib/query/endpoint-query";
import { FormAlert } from "@/components/ui/form-alert";
import styles from "./rumor.module.css";
import { useRumorWrite } from "./use-rumor-write";

export type RumorMatchesProps = {
  claimId: string;
  /** The claim's rumor and its version (every write to it carries the version). */
  rumorId: string;
  version: number;
  /** Offer "merge the whole rumor" beside "move this claim" (when the rumor has other claims). */
  canMerge?: boolean;
};

const percent = (score: number) => `${Math.round(score * 100)} %`;

/**
 * The rumors this claim may belong to: a `likely` one comes pre-selected, so
 * accepting it is one click; `possible` ones are listed below it. Nothing is
 * linked until the editor says so; "Not this rumor" is remembered for the claim.
 */
export function RumorMatches({ claimId, rumorId, version, canMerge = false }: RumorMatchesProps) {
  const query = useQuery(endpointQuery(claimMatches, { params: { id: claimId }, input: { limit: 5 } }));
  const items = query.data?.items ?? [];
  const [picked, setPicked] = useState<string | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const likely = items.find((m) => m.likely);
  const selected = items.find((m) => m.rumorId === picked) ?? likely ?? null;
  const link = useRumorWrite(
    claimId,
    (to: MatchItem) => call(moveClaim, { params: { id: claimId }, input: { rumorId: to.rumorId, version } }),
    () => setMessage("Linked: the claim now belongs to that rumor and takes its verdict through its stance."),
  );
  const merge = useRumorWrite(
    claimId,
    (to: MatchItem) => call(mergeRumor, { params: { id: rumorId }, input: { intoRumorId: to.rumorId, version } }),
    () => setMessage("Merged: every claim, evidence and verdict of this rumor now belongs to that one."),
  );
  const reject = useRumorWrite(claimId, (to: MatchItem) => call(rejectMatch, { params: { id: claimId }, input: { rumorId: to.rumorId } }));
  const busy = link.isPending || merge.isPending || reject.isPending;

  return (
    <section className="card stack" aria-labelledby={`matches-${claimId}`} data-testid="rumor-matches">
      <h2 id={`matches-${claimId}`}>Same rumor elsewhere?</h2>
      {message && (
        <div className="alert alert-ok" role="status">
          {message}
        </div>
      )}
      {query.isPending ? (
        <p className="muted">Looking for rumors this claim may belong to…</p>
      ) : items.length === 0 ? (
        <p className="muted">{canMerge ? "No other rumor looks like this one." : "No existing rumor looks like this one: it is a rumor of its own."}</p>
      ) : (
        <form
          className="stack"
          onSubmit={(e) => {
            e.preventDefault();
            if (selected) link.mutate(selected);
          }}
        >
          <fieldset className={styles.fieldset}>
            <legend className="small muted">
              {likely
                ? "The likely rumor is selected: link to accept it, or pick another."
                : "Possible rumors: pick one to link, or leave the claim on its own."}
            </legend>
            {items.map((m) => (
              <div key={m.rumorId} className={styles.option}>
                <input
                  type="radio"
                  id={`match-${claimId}-${m.rumorId}`}
                  name={`match-${claimId}`}
                  value={m.rumorId}
                  checked={selected?.rumorId === m.rumorId}
                  onChange={() => setPicked(m.rumorId)}
                  aria-describedby={`match-why-${claimId}-${m.rumorId}`}
                />
                <label htmlFor={`match-${claimId}-${m.rumorId}`}>
                  <span className={`badge ${m.likely ? styles.likely : styles.possible}`}>{m.likely ? "Likely" : "Possible"}</span> {m.statement}
                </label>
                <p id={`match-why-${claimId}-${m.rumorId}`} className="small muted">
                  {m.claimCount} {m.claimCount === 1 ? "appearance" : "appearances"} · match {percent(m.score)} · {m.reasons.join(", ")}
                </p>
                <button
                  type="button"
                  className="secondary small"
                  disabled={busy}
                  onClick={() => reject.mutate(m)}
                  aria-label={`Not this rumor: ${m.statement}`}
                >
                  Not this rumor
                </button>
              </div>
            ))}
          </fieldset>
          <div className="row">
            <button type="submit" disabled={busy || !selected}>
              {link.isPending ? "Linking…" : "Link to the selected rumor"}
            </button>
            {canMerge && (
              <button type="button" className="secondary" disabled={busy || !selected} onClick={() => selected && merge.mutate(selected)}>
                Merge this whole rumor into it
              </button>
            )}
          </div>
        </form>
      )}
      <FormAlert error={link.error ?? merge.error ?? reject.error ?? query.error} />
    </section>
  );
}
