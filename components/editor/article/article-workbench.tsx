"use client";

import { useQuery, useSuspenseQuery } from "@tanstack/react-query";
import Link from "next/link";
import { useRef, useState } from "react";
import { formatDay, isPreEvent } from "@/lib/dates";
import { deskArticle, deskClaimable, deskEvents } from "@/lib/contracts/api/desk";
import { endpointQuery } from "@/lib/query/endpoint-query";
import { readSelection } from "@/lib/selection";
import { ArticleText, type TextMark } from "./article-text";
import { ArticleQuotes } from "./article-quotes";
import { ClaimCandidates } from "./claim-candidates";
import type { SelectedSpan } from "./selected-span";
import { SelectionPanel } from "./selection-panel";
import { AssigneePicker } from "../workflow/assignee-picker";
import styles from "./article-workbench.module.css";

type Done = { kind: "claim" | "evidence"; claimId: string };

export function ArticleWorkbench({ id }: { id: string }) {
  const { data: article } = useSuspenseQuery(endpointQuery(deskArticle, { params: { id } }));
  const events = useQuery(endpointQuery(deskEvents)).data?.items ?? [];
  const claimable = useQuery(endpointQuery(deskClaimable, { params: { id } })).data?.items ?? [];
  const textRef = useRef<HTMLDivElement>(null);
  const [selection, setSelection] = useState<SelectedSpan | null>(null);
  const [done, setDone] = useState<Done | null>(null);

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
    if (span) {
      setSelection(span);
      setDone(null);
    }
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
          <h1 id="article-title">{article.title}</h1>
          <p className="muted">
            {article.outlet.name} · <time dateTime={article.publishedAt.slice(0, 10)}>{formatDay(article.publishedAt)}</time>
            {article.url && (
              <>
                {" · "}
                <a href={article.url} rel="noopener noreferrer nofollow" target="_blank">
                  Original
                </a>
              </>
            )}
          </p>
          <p className="small muted">
            {preFor.length > 0 && <>Pre-event for {preFor.map((e) => e.name).join(", ")}. </>}
            {postFor.length > 0 && <>Post-event for {postFor.map((e) => e.name).join(", ")}.</>}
          </p>
          <AssigneePicker kind="article" id={article.id} assignee={article.assignee} />
        </header>
        <ArticleText ref={textRef} body={article.body} marks={marks} onSelectText={onSelectText} />
      </article>
      <aside className={styles.panel} aria-label="Quotes and actions">
        <SelectionPanel
          article={article}
          selection={selection}
          events={events}
          claimable={claimable}
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
        <p className="small muted">
          <Link href="/desk/articles">All articles</Link>
        </p>
      </aside>
    </div>
  );
}
