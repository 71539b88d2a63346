"use client";

import { useQuery, useSuspenseQuery } from "@tanstack/react-query";
import Link from "next/link";
import { useRef, useState } from "react";
import { isPreEvent } from "@/lib/dates";
import { deskArticle, deskClaimable, deskEvents } from "@/lib/contracts/api/desk";
import { endpointQuery } from "@/lib/query/endpoint-query";
import { crossesParagraph, PARAGRAPH_MESSAGE } from "@/lib/quote-bounds";
import { readSelection } from "@/lib/selection";
import { ArticleDetails } from "./article-details";
import { NoteThread } from "../notes/note-thread";
import { ArticleText, type TextMark } from "./article-text";
import { ArticleQuotes } from "./article-quotes";
import { ClaimCandidates } from "./claim-candidates";
import { DeletedArticle } from "./deleted-article";
import type { SelectedSpan } from "./selected-span";
import { SelectionPanel } from "./selection-panel";
import { AssigneePicker } from "../workflow/assignee-picker";
import styles from "./article-workbench.module.css";

type Done = { kind: "claim" | "evidence"; claimId: string };

export type ArticleWorkbenchProps = { id: string; /** The claim the editor came from ("Find evidence"), preselected. */ chosenClaimId?: string | null };

export function ArticleWorkbench({ id, chosenClaimId = null }: ArticleWorkbenchProps) {
  const [deleted, setDeleted] = useState<{ title: string; undoUntil: string } | null>(null);
  // A deleted article is not read again (it would answer 404) until it is restored: the reading part unmounts.
  if (deleted) return <DeletedArticle id={id} title={deleted.title} undoUntil={deleted.undoUntil} onRestored={() => setDeleted(null)} />;
  return <Workbench id={id} chosenClaimId={chosenClaimId} onDeleted={(title, undoUntil) => setDeleted({ title, undoUntil })} />;
}

type WorkbenchProps = { id: string; chosenClaimId: string | null; onDeleted: (title: string, undoUntil: string) => void };

function Workbench({ id, chosenClaimId, onDeleted }: WorkbenchProps) {
  const { data: article } = useSuspenseQuery(endpointQuery(deskArticle, { params: { id } }));
  const events = useQuery(endpointQuery(deskEvents)).data?.items ?? [];
  const claimable = useQuery(endpointQuery(deskClaimable, { params: { id } })).data?.items ?? [];
  const textRef = useRef<HTMLDivElement>(null);
  const [selection, setSelection] = useState<SelectedSpan | null>(null);
  const [done, setDone] = useState<Done | null>(null);
  const [refused, setRefused] = useState<string | null>(null);
  const [keyboardMode, setKeyboardMode] = useState(false);

  const marks: TextMark[] = [
    ...article.claims.map((c) => ({ start: c.quoteStart, end: c.quoteEnd, kind: "claim" as const, claimId: c.id, label: `Claim: ${c.statement}` })),
    ...article.evidence.map((e) => ({
      start: e.quoteStart,
      end: e.quoteEnd,
      kind: "evidence" as const,
      claimId: e.claim.id,
      label: `Evidence for: ${e.claim.statement}`,
    })),
  ];
  const published = new Date(article.publishedAt);
  const preFor = events.filter((e) => isPreEvent(published, e));
  const postFor = events.filter((e) => !isPreEvent(published, e));

  function onSelectText() {
    if (!textRef.current) return;
    const span = readSelection(textRef.current, article.body);
    if (!span) return;
    // A quote stays within one paragraph (issue 14, defect 7): refused here with a reason, not taken silently.
    if (crossesParagraph(article.body, span)) {
      setRefused(PARAGRAPH_MESSAGE);
      return;
    }
    setRefused(null);
    setSelection(span);
    setDone(null);
  }

  function finish(kind: Done["kind"]) {
    return (claimId: string) => {
      setSelection(null);
      setDone({ kind, claimId });
      window.getSelection()?.removeAllRanges();
    };
  }

  return (
    <div className={styles.layout}>
      <article className={styles.article} aria-labelledby="article-title">
        <header className={styles.header}>
          <ArticleDetails article={article} onDeleted={(undoUntil) => onDeleted(article.title, undoUntil)} />
          <p className="small muted">
            {preFor.length > 0 && <>Pre-event for {preFor.map((e) => e.name).join(", ")}. </>}
            {postFor.length > 0 && <>Post-event for {postFor.map((e) => e.name).join(", ")}.</>}
          </p>
          <AssigneePicker kind="article" id={article.id} assignee={article.assignee} />
        </header>
        <p className="row">
          <button type="button" className="secondary" aria-pressed={keyboardMode} onClick={() => setKeyboardMode((on) => !on)}>
            Select with the keyboard
          </button>
          {keyboardMode && <span className="small muted">Tab into the text, move with the arrow keys, hold Shift to select.</span>}
        </p>
        {refused && (
          <div className="alert alert-error" role="alert">
            {refused}
          </div>
        )}
        <ArticleText ref={textRef} body={article.body} marks={marks} onSelectText={onSelectText} keyboardMode={keyboardMode} />
      </article>
      <aside className={styles.panel} aria-label="Quotes and actions">
        <SelectionPanel
          article={article}
          selection={selection}
          events={events}
          claimable={claimable}
          chosenClaimId={chosenClaimId}
          done={done}
          onCancel={() => setSelection(null)}
          onClaimCreated={finish("claim")}
          onEvidenceAttached={finish("evidence")}
        />
        <ArticleQuotes article={article} />
        {/* Candidates are for articles that can still be a claim's source. */}
        {(events.length === 0 || preFor.length > 0) && (
          <ClaimCandidates
            articleId={article.id}
            publishedAt={article.publishedAt}
            events={events}
            onCreated={finish("claim")}
            onEdit={(span) => {
              setSelection(span);
              setDone(null);
            }}
          />
        )}
        <NoteThread target={{ articleId: article.id }} />
        <p className="small muted">
          <Link href="/desk/articles">All articles</Link>
        </p>
      </aside>
    </div>
  );
}
