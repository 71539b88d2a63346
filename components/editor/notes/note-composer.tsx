"use client";

import { useQuery } from "@tanstack/react-query";
import { useId, useLayoutEffect, useRef, useState, type KeyboardEvent } from "react";
import { listEditors } from "@/lib/contracts/api/notes";
import type { EditorRef } from "@/lib/contracts/notes";
import { mentionQuery, toStoredBody } from "@/lib/notes/mentions";
import { NOTE_CHARS } from "@/lib/schemas/note";
import { endpointQuery } from "@/lib/query/endpoint-query";
import { useDraft } from "../drafts/use-draft";
import { useEarlyTyping } from "../drafts/use-early-typing";
import styles from "./notes.module.css";

export type NoteComposerProps = {
  /** The local draft's name, e.g. `note:claim:<id>`: what is typed survives a reload until the note is saved. */
  draftItem: string;
  label: string;
  submitLabel: string;
  /** The text with names (`@Name`) and the people it already mentions. */
  initialText?: string;
  initialMentions?: EditorRef[];
  pending: boolean;
  /** Called with the stored form: `@{userId}` for every picked name still in the text; the draft is dropped once it resolves. */
  onSubmit: (body: string) => Promise<unknown>;
  onCancel?: () => void;
};

const readPicked = (json: string): EditorRef[] => {
  try {
    const value: unknown = JSON.parse(json);
    if (!Array.isArray(value)) return [];
    return value.filter((e: unknown): e is EditorRef => typeof (e as EditorRef | null)?.id === "string" && typeof (e as EditorRef | null)?.name === "string");
  } catch {
    return [];
  }
};

/** A note's text box: typing `@` offers colleagues by name; picking one inserts `@Name`. */
export function NoteComposer({ draftItem, label, submitLabel, initialText = "", initialMentions = [], pending, onSubmit, onCancel }: NoteComposerProps) {
  const id = useId();
  const box = useRef<HTMLTextAreaElement>(null);
  // The text and the names picked for it are local drafts (issue 14: no lost
  // keystrokes): the picked names are kept too, so a mention typed before a
  // reload still reaches its colleague.
  const draft = useDraft(draftItem, initialText);
  const mentions = useDraft(`${draftItem}:mentions`, JSON.stringify(initialMentions));
  const text = draft.value;
  const picked = readPicked(mentions.value);
  const setText = (value: string) => {
    draft.set(value);
    // Typed back to where it started: nothing of the draft is left to keep.
    if (value === initialText) mentions.clear();
  };
  const setPicked = (next: EditorRef[]) => mentions.set(JSON.stringify(next));
  const discard = () => {
    draft.clear();
    mentions.clear();
  };
  const [query, setQuery] = useState<{ start: number; query: string } | null>(null);
  // Where the caret goes after a picked name is inserted. Set in the same
  // commit as the new text, before the browser handles the next keystroke: a
  // caret moved a frame later put what a fast typist typed meanwhile after it.
  const caretAfterPick = useRef<number | null>(null);
  useLayoutEffect(() => {
    const at = caretAfterPick.current;
    if (at === null) return;
    caretAfterPick.current = null;
    box.current?.focus();
    box.current?.setSelectionRange(at, at);
  });
  const [active, setActive] = useState(0);
  const editors = useQuery({ ...endpointQuery(listEditors), staleTime: 5 * 60_000 }).data?.items ?? [];
  const matches = query ? editors.filter((e) => e.name.toLowerCase().includes(query.query.toLowerCase())).slice(0, 8) : [];
  const open = query !== null && matches.length > 0;

  const follow = (value: string, caret: number) => {
    setQuery(mentionQuery(value, caret));
    setActive(0);
  };

  useEarlyTyping(box, text, (value, element) => {
    setText(value);
    follow(value, element.selectionStart ?? value.length);
  });

  const pick = (editor: EditorRef) => {
    if (!query) return;
    const caret = box.current?.selectionStart ?? text.length;
    const inserted = `@${editor.name} `;
    const next = text.slice(0, query.start) + inserted + text.slice(caret);
    setText(next);
    if (!picked.some((x) => x.id === editor.id)) setPicked([...picked, editor]);
    setQuery(null);
    caretAfterPick.current = query.start + inserted.length;
  };

  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (!open) return;
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault();
      setActive((a) => (a + (event.key === "ArrowDown" ? 1 : matches.length - 1)) % matches.length);
    } else if (event.key === "Enter" || event.key === "Tab") {
      event.preventDefault();
      pick(matches[active]!);
    } else if (event.key === "Escape") {
      event.preventDefault();
      setQuery(null);
    }
  };

  return (
    <form
      className={`stack ${styles.composer}`}
      onSubmit={(event) => {
        event.preventDefault();
        // A refused note keeps its draft; the caller shows why.
        if (text.trim()) onSubmit(toStoredBody(text, picked)).then(discard, () => undefined);
      }}
    >
      <div className="field">
        <label htmlFor={`${id}-text`}>{label}</label>
        <textarea
          ref={box}
          id={`${id}-text`}
          rows={3}
          maxLength={NOTE_CHARS}
          value={text}
          aria-describedby={`${id}-hint`}
          aria-controls={open ? `${id}-list` : undefined}
          aria-activedescendant={open ? `${id}-opt-${active}` : undefined}
          onChange={(event) => {
            setText(event.target.value);
            follow(event.target.value, event.target.selectionStart);
          }}
          onKeyDown={onKeyDown}
          onBlur={() => setTimeout(() => setQuery(null), 150)}
        />
        <p id={`${id}-hint`} className="small muted">
          Type @ and a name to mention a colleague; they are notified. Only editors see notes.
        </p>
        {open && (
          <ul id={`${id}-list`} role="listbox" aria-label="Colleagues to mention" className={styles.suggestions}>
            {matches.map((editor, i) => (
              <li
                key={editor.id}
                id={`${id}-opt-${i}`}
                role="option"
                aria-selected={i === active}
                className={i === active ? styles.activeOption : undefined}
                onMouseDown={(event) => {
                  event.preventDefault();
                  pick(editor);
                }}
              >
                {editor.name}
              </li>
            ))}
          </ul>
        )}
        <p className="visually-hidden" aria-live="polite">
          {open ? `${matches.length} colleague${matches.length === 1 ? "" : "s"} match; arrow keys to choose, Enter to pick.` : ""}
        </p>
      </div>
      <div className="row">
        <button type="submit" disabled={pending || !text.trim()}>
          {submitLabel}
        </button>
        {onCancel && (
          <button
            type="button"
            className="secondary"
            onClick={() => {
              discard();
              onCancel();
            }}
          >
            Cancel
          </button>
        )}
      </div>
    </form>
  );
}
