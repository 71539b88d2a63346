"use client";

import { useId, useState } from "react";
import { rankClaimable, searchClaimable, type RankReason } from "@/lib/claim-ranking";
import { RATING_INFO } from "@/lib/verdicts";
import type { DeskClaimable } from "@/lib/contracts/desk";
import styles from "./claim-picker.module.css";

export type ClaimPickerProps = {
  claims: DeskClaimable[];
  /** The article's text (and title): what relevance is measured against. */
  text: string;
  /** Events the article already gives evidence for. */
  eventIds: ReadonlySet<string>;
  /** Preselected: the claim the editor came from ("Find evidence"). */
  chosenId: string | null;
};

const REASON: Record<RankReason, string> = { chosen: "from the claim page", "same-event": "same event", suggested: "suggested" };

/**
 * A searchable list of radio buttons (one form field, `claimId`), most
 * relevant first: a plain dropdown of every eligible claim offered claims of
 * unrelated events (issue 14, defect 2).
 */
export function ClaimPicker({ claims, text, eventIds, chosenId }: ClaimPickerProps) {
  const id = useId();
  const [query, setQuery] = useState("");
  const [checked, setChecked] = useState<string | null>(chosenId && claims.some((c) => c.id === chosenId) ? chosenId : null);
  const ranked = rankClaimable(claims, { text, eventIds, chosenId });
  const shown = searchClaimable(ranked, query);
  // The choice stays submitted while a search hides it.
  const hidden = checked && !shown.some((c) => c.id === checked) ? checked : null;
  return (
    <fieldset className="field">
      <legend>Claim</legend>
      <label htmlFor={`${id}-search`} className="small">
        Search claims
      </label>
      <input
        id={`${id}-search`}
        type="search"
        value={query}
        onChange={(e) => setQuery(e.target.value)}
        aria-describedby={`${id}-count`}
        placeholder="Words of the statement, attribution or event"
        autoComplete="off"
      />
      <p id={`${id}-count`} className="small muted" aria-live="polite">
        {shown.length} of {claims.length} {claims.length === 1 ? "claim" : "claims"}, most relevant first
      </p>
      <div className={styles.list} role="radiogroup" aria-label="Claim this passage settles" data-testid="claim-picker">
        {shown.map((c) => (
          <label key={c.id} className={styles.option}>
            <input type="radio" name="claimId" value={c.id} checked={checked === c.id} onChange={() => setChecked(c.id)} />
            <span>
              {c.statement}{" "}
              <span className="small muted">
                — {RATING_INFO[c.currentVerdict?.rating ?? "pending"].label}
                {c.event ? ` · ${c.event.name}` : ""}
                {c.reason ? ` · ${REASON[c.reason]}` : ""}
              </span>
            </span>
          </label>
        ))}
        {shown.length === 0 && <p className="small muted">No claim matches “{query}”.</p>}
      </div>
      {hidden && <input type="hidden" name="claimId" value={hidden} />}
    </fieldset>
  );
}
