"use client";

import { useRouter } from "next/navigation";
import { forwardRef, useEffect, useImperativeHandle, useRef, type KeyboardEvent, type MouseEvent, type SyntheticEvent } from "react";
import { segmentText } from "@/lib/spans";
import styles from "./article-text.module.css";

export type TextMark = { start: number; end: number; kind: "claim" | "evidence"; claimId: string; label: string };

export type ArticleTextProps = {
  body: string;
  marks: TextMark[];
  onSelectText: () => void;
  /** Keyboard selection: the text takes focus and a caret, so Shift + arrow keys select (issue 14, defect 8). */
  keyboardMode?: boolean;
};

// In keyboard mode the text is made editable only to get the browser's caret
// and its Shift + arrow selection; every edit is refused before it happens,
// so the rendered text stays the stored text and the offsets stay exact.
const refuse = (e: SyntheticEvent) => e.preventDefault();

/**
 * The stored article text, verbatim, with claim and evidence quotes
 * highlighted. Marks carry their labels in attributes, never as extra text,
 * so selection offsets stay exact. Where quotes overlap, the overlap is
 * marked apart (a hatched band) and names every quote in it.
 */
export const ArticleText = forwardRef<HTMLDivElement, ArticleTextProps>(function ArticleText({ body, marks, onSelectText, keyboardMode = false }, ref) {
  const router = useRouter();
  const inner = useRef<HTMLDivElement>(null);
  useImperativeHandle(ref, () => inner.current!, []);
  useEffect(() => {
    const el = inner.current;
    if (!keyboardMode || !el) return;
    // The native event: React's onBeforeInput stands for text insertion only, not deletions or line breaks.
    const block = (e: Event) => e.preventDefault();
    el.addEventListener("beforeinput", block);
    return () => el.removeEventListener("beforeinput", block);
  }, [keyboardMode]);
  const open = (claimId: string) => router.push(`/desk/claims/${claimId}`);
  const onMarkClick = (e: MouseEvent, claimId: string) => {
    // A drag that ends on a mark is a selection, not a click.
    if (!window.getSelection()?.isCollapsed) return;
    e.preventDefault();
    open(claimId);
  };
  const onMarkKey = (e: KeyboardEvent, claimId: string) => {
    if (e.key === "Enter" && !keyboardMode) open(claimId);
  };
  const keyboard = keyboardMode
    ? {
        contentEditable: true,
        suppressContentEditableWarning: true,
        role: "textbox",
        "aria-readonly": true,
        "aria-multiline": true,
        "aria-label": "Article text: move with the arrow keys, select with Shift + arrow keys",
        tabIndex: 0,
        spellCheck: false,
        onPaste: refuse,
        onCut: refuse,
        onDrop: refuse,
      }
    : {};
  return (
    <div
      ref={inner}
      className={`${styles.text} ${keyboardMode ? styles.keyboard : ""}`}
      data-testid="article-text"
      onMouseUp={onSelectText}
      onKeyUp={(e) => e.shiftKey && onSelectText()}
      {...keyboard}
    >
      {segmentText(body, marks).map((seg) => {
        if (seg.marks.length === 0) return <span key={seg.start}>{seg.text}</span>;
        const top = seg.marks.find((m) => m.kind === "claim") ?? seg.marks[0]!;
        const overlap = seg.marks.length > 1;
        const label = overlap ? `${seg.marks.length} quotes overlap here: ${seg.marks.map((m) => m.label).join("; ")}` : top.label;
        const kind = top.kind === "claim" ? styles.claim : styles.evidence;
        return (
          <mark
            key={seg.start}
            className={overlap ? `${kind} ${styles.overlap}` : kind}
            data-claim-id={top.claimId}
            data-kind={top.kind}
            data-overlap={overlap ? seg.marks.length : undefined}
            title={label}
            role={keyboardMode ? undefined : "link"}
            tabIndex={keyboardMode ? undefined : 0}
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
