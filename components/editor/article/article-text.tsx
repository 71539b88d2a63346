"use client";

import { useRouter } from "next/navigation";
import { forwardRef, type KeyboardEvent, type MouseEvent } from "react";
import { segmentText } from "@/lib/spans";
import styles from "./article-text.module.css";

export type TextMark = { start: number; end: number; kind: "claim" | "evidence"; claimId: string; label: string };

export type ArticleTextProps = { body: string; marks: TextMark[]; onSelectText: () => void };

/**
 * The stored article text, verbatim, with claim and evidence quotes
 * highlighted. Marks carry their labels in attributes, never as extra text,
 * so selection offsets stay exact.
 */
export const ArticleText = forwardRef<HTMLDivElement, ArticleTextProps>(function ArticleText({ body, marks, onSelectText }, ref) {
  const router = useRouter();
  const open = (claimId: string) => router.push(`/desk/claims/${claimId}`);
  const onMarkClick = (e: MouseEvent, claimId: string) => {
    // A drag that ends on a mark is a selection, not a click.
    if (!window.getSelection()?.isCollapsed) return;
    e.preventDefault();
    open(claimId);
  };
  const onMarkKey = (e: KeyboardEvent, claimId: string) => {
    if (e.key === "Enter") open(claimId);
  };
  return (
    <div ref={ref} className={styles.text} data-testid="article-text" onMouseUp={onSelectText} onKeyUp={(e) => e.shiftKey && onSelectText()}>
      {segmentText(body, marks).map((seg) => {
        if (seg.marks.length === 0) return <span key={seg.start}>{seg.text}</span>;
        const top = seg.marks.find((m) => m.kind === "claim") ?? seg.marks[0]!;
        const label = seg.marks.map((m) => m.label).join("; ");
        return (
          <mark
            key={seg.start}
            className={top.kind === "claim" ? styles.claim : styles.evidence}
            data-claim-id={top.claimId}
            data-kind={top.kind}
            title={label}
            role="link"
            tabIndex={0}
            onClick={(e) => onMarkClick(e, top.claimId)}
            onKeyDown={(e) => onMarkKey(e, top.claimId)}
          >
            {seg.text}
          </mark>
        );
      })}
    </div>
  );
});
