"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useEffect } from "react";
import { createArticleNote, createClaimNote, listArticleNotes, listClaimNotes } from "@/lib/contracts/api/notes";
import { call } from "@/lib/query/call";
import { endpointQuery } from "@/lib/query/endpoint-query";
import { FormAlert } from "@/components/ui/form-alert";
import { NoteComposer } from "./note-composer";
import { NoteItem } from "./note-item";
import styles from "./notes.module.css";

export type NoteThreadProps = { target: { claimId: string } | { articleId: string } };

/** The internal notes of a claim or an article: for the desk only, never on reader pages. */
export function NoteThread({ target }: NoteThreadProps) {
  const queryClient = useQueryClient();
  const list =
    "claimId" in target
      ? endpointQuery(listClaimNotes, { params: { id: target.claimId } })
      : endpointQuery(listArticleNotes, { params: { id: target.articleId } });
  const notes = useQuery(list);
  const refresh = () => queryClient.invalidateQueries({ queryKey: list.queryKey });
  const create = useMutation({
    mutationFn: (body: string) =>
      "claimId" in target
        ? call(createClaimNote, { params: { id: target.claimId }, input: { body } })
        : call(createArticleNote, { params: { id: target.articleId }, input: { body } }),
    onSuccess: () => void refresh(),
  });
  const items = notes.data?.items ?? [];
  const loaded = notes.isSuccess;
  // A notification links to `#note-<id>`: bring that note into view once the thread is there.
  useEffect(() => {
    if (loaded && window.location.hash.startsWith("#note-")) document.getElementById(window.location.hash.slice(1))?.scrollIntoView({ block: "center" });
  }, [loaded]);
  return (
    <section aria-labelledby="notes-heading" className="stack" data-testid="notes">
      <h2 id="notes-heading">Internal notes ({items.length})</h2>
      {notes.error ? <FormAlert error={notes.error} /> : null}
      {items.length === 0 && !notes.isPending && <p className="muted small">No notes yet. Notes are seen by editors only.</p>}
      <ol className={styles.thread}>
        {items.map((note) => (
          <NoteItem key={note.id} note={note} onChanged={refresh} />
        ))}
      </ol>
      <FormAlert error={create.error} />
      <NoteComposer
        // Once the note is saved the box empties and its draft is dropped.
        draftItem={"claimId" in target ? `note:claim:${target.claimId}` : `note:article:${target.articleId}`}
        label="Add a note"
        submitLabel={create.isPending ? "Saving…" : "Add note"}
        pending={create.isPending}
        onSubmit={(body) => create.mutateAsync(body)}
      />
    </section>
  );
}
