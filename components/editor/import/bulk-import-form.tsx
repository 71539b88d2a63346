"use client";

import { useId, useRef, useState, type FormEvent } from "react";
import { ACCEPT_JSONL, parseImportFile } from "@/lib/import/parse";
import { tooLargeMessage } from "@/lib/import/size";
import { api } from "@/lib/query/api";
import { LIMITS } from "@/lib/schemas/common";
import { ImportProblems, ImportResult, localProblems, serverProblems, type ImportReportBody, type Problems } from "./import-result";
import { useImportMutation } from "./use-import-mutation";

const EXAMPLE = `{"outlet": "Example News", "publishedAt": "2024-08-09", "title": "…", "url": "https://…", "text": "…"}`;

/** Many articles at once from a JSON Lines file; one bad line and nothing is imported. */
export function BulkImportForm() {
  const id = useId();
  const formRef = useRef<HTMLFormElement>(null);
  const [problems, setProblems] = useState<Problems | null>(null);
  const mutation = useImportMutation((body: FormData) => api<ImportReportBody>("/api/v1/articles/import", { method: "POST", body }));

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    mutation.reset();
    setProblems(null);
    const form = new FormData(event.currentTarget);
    const file = form.get("file");
    if (!(file instanceof File) || !file.name) return setProblems({ message: "Choose a .jsonl or .ndjson file.", list: [] });
    if (file.size > LIMITS.uploadBytes) return setProblems({ message: tooLargeMessage(`“${file.name}”`, file.size), list: [] });
    if (!/\.(jsonl|ndjson)$/i.test(file.name)) {
      return setProblems({ message: `“${file.name}” is not a JSON Lines file: its name must end in .jsonl or .ndjson.`, list: [] });
    }
    const { articles, errors } = parseImportFile(file.name, await file.text());
    if (errors.length) return setProblems(localProblems(errors));
    if (articles.length === 0) return setProblems({ message: "The file holds no articles.", list: [] });
    mutation.mutate(form, {
      onSuccess: () => formRef.current?.reset(),
      onError: (error) => setProblems(serverProblems(error)),
    });
  }

  return (
    <section className="card" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`} style={{ marginTop: 0 }}>
        Import JSON Lines
      </h2>
      <p className="small muted" id={`${id}-help`}>
        One article per line, as a JSON object with <code>outlet</code>, <code>publishedAt</code> (or <code>date</code>),{" "}
        <code>text</code> and optionally <code>title</code>, <code>url</code> and <code>outletDomain</code>. Up to 5 MiB. If any line has a
        problem, nothing is imported. Texts already stored are reported as duplicates.
      </p>
      <pre className="small" style={{ overflowX: "auto", background: "var(--paper-soft)", padding: "0.5rem" }}>
        {EXAMPLE}
      </pre>
      <form ref={formRef} onSubmit={submit} noValidate>
        <div className="field">
          <label htmlFor={`${id}-file`}>JSON Lines file</label>
          <input
            id={`${id}-file`}
            name="file"
            type="file"
            accept={ACCEPT_JSONL}
            aria-describedby={[`${id}-help`, problems ? `${id}-problems` : null].filter(Boolean).join(" ")}
            aria-invalid={problems ? true : undefined}
          />
        </div>
        <ImportProblems problems={problems} id={`${id}-problems`} />
        {mutation.data && <ImportResult report={mutation.data} />}
        <button type="submit" disabled={mutation.isPending} aria-busy={mutation.isPending}>
          Import file
        </button>
      </form>
    </section>
  );
}
