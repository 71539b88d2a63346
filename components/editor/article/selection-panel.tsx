"use client";

import Link from "next/link";
import { useEffect, useRef, useState } from "react";
import { isPreEvent } from "@/lib/dates";
import type { DeskArticle, DeskClaimable, DeskEvent } from "@/lib/contracts/desk";
import { NewClaimMatches } from "../rumor/new-claim-matches";
import { ClaimForm } from "./claim-form";
import { EvidenceForm } from "./evidence-form";
import type { SelectedSpan } from "./selected-span";

export type SelectionPanelProps = {
  article: DeskArticle;
  selection: SelectedSpan | null;
  events: DeskEvent[];
  claimable: DeskClaimable[];
  /** The claim the editor came from ("Find evidence"): the evidence tab opens with it chosen. */
  chosenClaimId?: string | null;
  done: { kind: "claim" | "evidence"; claimId: string } | null;
  onCancel: () => void;
  onClaimCreated: (claimId: string) => void;
  onEvidenceAttached: (claimId: string) => void;
};

export function SelectionPanel(props: SelectionPanelProps) {
  const { article, selection, events, claimable, done } = props;
  const precedesAnEvent = events.some((e) => isPreEvent(new Date(article.publishedAt), e));
  // Offer what the article can be used for first: a later article's
  // passages are usually evidence.
  const [tab, setTab] = useState<"claim" | "evidence" | null>(null);
  const chosen = props.chosenClaimId && claimable.some((c) => c.id === props.chosenClaimId) ? props.chosenClaimId : null;
  const current = tab ?? (claimable.length > 0 && (chosen || !precedesAnEvent) ? "evidence" : "claim");
  // Relevance: events the article already gives evidence for (defect 2).
  const eventIds = new Set(claimable.filter((c) => c.event && article.evidence.some((e) => e.rumorId === c.rumorId)).map((c) => c.event!.id));
  const formCard = useRef<HTMLElement>(null);

  // A new passage (mouse selection or "Edit first") brings its form into view
  // with the first field focused, unless the editor is still selecting in the
  // article text with the keyboard.
  useEffect(() => {
    const card = formCard.current;
    if (!selection || !card) return;
    card.scrollIntoView({ block: "nearest" });
    if (document.activeElement?.closest("article")) return;
    card.querySelector("form")?.querySelector<HTMLElement>("input, select, textarea")?.focus({ preventScroll: true });
  }, [selection]);

  if (!selection) {
    return (
      <section className="card" aria-labelledby="selection-heading">
        <h2 id="selection-heading">Selected passage</h2>
        {done && (
          <div className="alert alert-ok" role="status">
            {done.kind === "claim" ? "Claim created." : "Evidence attached."} <Link href={`/desk/claims/${done.claimId}`}>Open the claim</Link>
          </div>
        )}
        {done?.kind === "claim" && <NewClaimMatches claimId={done.claimId} />}
        <p className="muted">Select a passage in the text with the mouse (or Shift + arrow keys) to turn it into a claim or attach it as evidence.</p>
      </section>
    );
  }

  return (
    <section ref={formCard} className="card" aria-labelledby="selection-heading">
      <div className="spread">
        <h2 id="selection-heading">Selected passage</h2>
        <button type="button" className="secondary" onClick={props.onCancel}>
          Clear
        </button>
      </div>
      <blockquote className="quote" data-testid="selected-quote">
        {selection.quote}
      </blockquote>
      <p className="small muted">
        Characters {selection.start}–{selection.end}
      </p>
      <div className="row" role="group" aria-label="Use the passage as">
        <button type="button" className={current === "claim" ? "" : "secondary"} aria-pressed={current === "claim"} onClick={() => setTab("claim")}>
          New claim
        </button>
        <button type="button" className={current === "evidence" ? "" : "secondary"} aria-pressed={current === "evidence"} onClick={() => setTab("evidence")}>
          Evidence for a claim
        </button>
      </div>
      {current === "claim" ? (
        // Not keyed by the span: a new selection keeps what the editor typed.
        <ClaimForm articleId={article.id} publishedAt={article.publishedAt} selection={selection} events={events} onDone={props.onClaimCreated} />
      ) : (
        // Not keyed by the span either: the chosen claim and the note stay for the next passage.
        <EvidenceForm
          articleId={article.id}
          selection={selection}
          claims={claimable}
          text={`${article.title}\n${article.body}`}
          eventIds={eventIds}
          chosenClaimId={chosen}
          onDone={props.onEvidenceAttached}
        />
      )}
    </section>
  );
}
