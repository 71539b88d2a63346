"use client";

import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import { deleteNote, updateNote } from "@/lib/contracts/api/notes";
import type { NoteRow } from "@/lib/contracts/notes";
import { noteSegments, noteText } from "@/lib/notes/mentions";
import { call } from "@/lib/query/call";
import { FormAlert } from "@/components/ui/form-alert";
import { NoteComposer } from "./note-composer";
import styles from "./notes.module.css";

export type NoteItemProps = { note: NoteRow; onChanged: () => void };

const when = (iso: string) => iso.replace("T", " ").slice(0, 16) + " UTC";

export function NoteItem({ note, onChanged }: NoteItemProps) {
  const [editing, setEditing] = useState(false);
  const edit = useMutation({
    mutationFn: (body: string) => call(updateNote, { params: { id: note.id }, input: { body, version: note.version } }),
    onSuccess: () => {
      setEditing(false);
      onChanged();
    },
  });
  const remove = useMutation({ mutationFn: () => call(deleteNote, { params: { id: note.id } }), onSuccess: onChanged });
  return (
    <li id={`note-${note.id}`} className={styles.note} data-testid="note">
      <p className="small muted">
        <strong>{note.author.name}</strong> · <time dateTime={note.createdAt}>{when(note.createdAt)}</time>
        {note.editedAt && <> · edited</>}
      </p>
      {editing ? (
        <>
          <FormAlert error={edit.error} />
          <NoteComposer
            draftItem={`note-edit:${note.id}`}
            label="Edit your note"
            submitLabel={edit.isPending ? "Saving…" : "Save note"}
            initialText={noteText(note.body, note.mentions)}
            initialMentions={note.mentions}
            pending={edit.isPending}
            onSubmit={(body) => edit.mutateAsync(body)}
            onCancel={() => setEditing(false)}
          />
        </>
      ) : (
        <p className={styles.body}>
          {noteSegments(note.body, note.mentions).map((s, i) =>
            "text" in s ? (
              <span key={i}>{s.text}</span>
            ) : (
              <span key={i} className={styles.mention}>
                @{s.mention.name}
              </span>
            ),
          )}
        </p>
      )}
      {note.mine && !editing && (
        <div className="row small">
          <FormAlert error={remove.error} />
          <button type="button" className="link-button" onClick={() => setEditing(true)}>
            Edit
          </button>
          <button
            type="button"
            className="link-button"
            disabled={remove.isPending}
            onClick={() => {
              if (window.confirm("Delete this note? Colleagues will no longer see it.")) remove.mutate();
            }}
          >
            Delete
          </button>
        </div>
      )}
    </li>
  );
}
