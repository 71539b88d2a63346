"use client";

import { useId, useRef, useState, type FormEvent } from "react";
import { ACCEPT_JSONL, parseImportFileAsync } from "@/lib/import/parse";
import { tooLargeMessage } from "@/lib/import/size";
import { postWithProgress } from "@/lib/query/import";
import { LIMITS } from "@/lib/schemas/common";
import { ImportProgress, useImportProgress } from "./import-progress";
import { importArticles } from "@/lib/contracts/api/articles";
import { urlOf } from "@/lib/query/call";
import { ImportProblems, ImportResult, localProblems, serverProblems, type ImportReportBody, type Problems } from "./import-result";
import { useImportMutation } from "./use-import-mutation";

const EXAMPLE = `{"outlet": "Example News", "publishedAt": "2024-08-09", "title": "…", "url": "https://…", "text": "…"}`;

// Between slices of the browser's own check, so the page stays responsive.
const nextFrame = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * Many articles at once from a JSON Lines file; one bad line and nothing is
 * imported. The file is checked in the browser first (in slices), then the
 * server streams its progress (receiving, reading, duplicates, writing,
 * indexing) and ends with the report or the problems.
 */
export function BulkImportForm() {
  const id = useId();
  const formRef = useRef<HTMLFormElement>(null);
  const [problems, setProblems] = useState<Problems | null>(null);
  const progress = useImportProgress();
  const startedAt = useRef(0);
  const mutation = useImportMutation((body: FormData) =>
    postWithProgress<ImportReportBody>(urlOf(importArticles), body, {
      onUpload: (sent, total) => progress.report("upload", sent, total || sent, performance.now()),
      onProgress: (event) => progress.report(event.phase, event.done, event.total, event.ms),
    }),
  );
  const [checking, setChecking] = useState(false);
  const busy = checking || mutation.isPending;

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (busy) return;
    mutation.reset();
    setProblems(null);
    progress.clear();
    const form = new FormData(event.currentTarget);
    const file = form.get("file");
    if (!(file instanceof File) || !file.name) return setProblems({ message: "Choose a .jsonl or .ndjson file.", list: [] });
    if (file.size > LIMITS.uploadBytes)
      return setProblems({
        message: `${tooLargeMessage(`“${file.name}”`, file.size)} Larger files can be imported on the server with npm run import.`,
        list: [],
      });
    if (!/\.(jsonl|ndjson)$/i.test(file.name)) {
      return setProblems({ message: `“${file.name}” is not a JSON Lines file: its name must end in .jsonl or .ndjson.`, list: [] });
    }
    startedAt.current = performance.now();
    setChecking(true);
    let result;
    try {
      result = await parseImportFileAsync(
        file.name,
        await file.text(),
        {},
        {
          pause: nextFrame,
          onProgress: ({ done, total }) => progress.report("local", done, total, performance.now()),
        },
      );
    } finally {
      setChecking(false);
    }
    const { articles, errors } = result;
    if (errors.length || articles.length === 0) {
      progress.clear();
      return setProblems(errors.length ? localProblems(errors) : { message: "The file holds no articles.", list: [] });
    }
    mutation.mutate(form, {
      onSuccess: (report) => {
        progress.finish(report.items.length, performance.now() - startedAt.current);
        formRef.current?.reset();
      },
      onError: (error) => {
        progress.clear();
        setProblems(serverProblems(error));
      },
    });
  }

  return (
    <section className="card" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`} style={{ marginTop: 0 }}>
        Import JSON Lines
      </h2>
      <p className="small muted" id={`${id}-help`}>
        One article per line, as a JSON object with <code>outlet</code>, <code>publishedAt</code> (or <code>date</code>), <code>text</code> and optionally{" "}
        <code>title</code>, <code>url</code> and <code>outletDomain</code>. Up to 5 MiB here (about 1,400 articles of average length); larger collections are
        imported on the server with <code>npm run import</code>, which takes files up to 256 MiB (docs/importing.md). If any line has a problem, nothing is
        imported. Texts already stored are reported as duplicates. Progress is shown while the file is checked and stored; leaving the page does not stop an
        import the server has started.
      </p>
      <pre className="small" style={{ overflowX: "auto", background: "var(--paper-soft)", padding: "0.5rem" }}>
        {EXAMPLE}
      </pre>
      <form ref={formRef} onSubmit={submit} noValidate aria-busy={busy}>
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
        {progress.view && <ImportProgress view={progress.view} id={`${id}-progress`} />}
        <ImportProblems problems={problems} id={`${id}-problems`} />
        {mutation.data && <ImportResult report={mutation.data} />}
        <button type="submit" disabled={busy} aria-busy={busy}>
          {busy ? "Importing…" : "Import file"}
        </button>
      </form>
    </section>
  );
}
