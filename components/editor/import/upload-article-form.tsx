"use client";

import { useId, useRef, useState, type FormEvent } from "react";
import { FieldError } from "@/components/ui/field-error";
import type { FieldErrors } from "@/lib/form-errors";
import { ACCEPT_SINGLE, parseImportFile } from "@/lib/import/parse";
import { tooLargeMessage } from "@/lib/import/size";
import { importArticles } from "@/lib/contracts/api/articles";
import { api, ApiError } from "@/lib/query/api";
import { urlOf } from "@/lib/query/call";
import { LIMITS } from "@/lib/schemas/common";
import { byField, ImportProblems, ImportResult, serverProblems, type ImportReportBody, type Problems } from "./import-result";
import { useImportMutation } from "./use-import-mutation";

const META = [
  { name: "outlet", label: "Outlet", type: "text", hint: "The outlet's name; used when the file does not name one." },
  { name: "publishedAt", label: "Published on", type: "date", hint: "Optional when the file starts with a header such as “date 2024-08-09”." },
  { name: "title", label: "Title (optional)", type: "text", hint: "Otherwise the Markdown heading or the first sentence." },
  { name: "url", label: "URL (optional)", type: "url" },
] as const;
const META_NAMES: readonly string[] = META.map((m) => m.name);

/** One .txt, .md or .html article, checked in the browser with the server's own parser before it is sent. */
export function UploadArticleForm() {
  const id = useId();
  const formRef = useRef<HTMLFormElement>(null);
  const [fields, setFields] = useState<FieldErrors>({});
  const [problems, setProblems] = useState<Problems | null>(null);
  const mutation = useImportMutation((body: FormData) => api<ImportReportBody>(urlOf(importArticles), { method: importArticles.method, body }));

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    mutation.reset();
    setProblems(null);
    const form = new FormData(event.currentTarget);
    const file = form.get("file");
    if (!(file instanceof File) || !file.name) return setFields({ file: ["Choose a .txt, .md or .html file."] });
    if (file.size > LIMITS.uploadBytes) return setFields({ file: [tooLargeMessage(`“${file.name}”`, file.size)] });
    const defaults = Object.fromEntries(META.map((m) => [m.name, String(form.get(m.name) ?? "")]));
    const { errors } = parseImportFile(file.name, await file.text(), defaults);
    setFields(byField(errors, "file"));
    if (errors.length) return;
    mutation.mutate(form, {
      onSuccess: () => formRef.current?.reset(),
      onError: (error) => {
        setFields(error instanceof ApiError ? error.fields : {});
        setProblems(serverProblems(error));
      },
    });
  }

  // Problems that belong to no input (a line, the text, the file) are shown under the file input.
  const fileErrors = Object.entries(fields).flatMap(([k, msgs]) => (META_NAMES.includes(k) ? [] : msgs));
  const invalid = (name: string) => (fields[name]?.length ? true : undefined);

  return (
    <section className="card" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`} style={{ marginTop: 0 }}>
        Upload one article
      </h2>
      <p className="small muted">
        A plain text (.txt), Markdown (.md) or HTML (.html, reduced to its text) file holding one article, up to 5 MiB, in UTF-8. A first line such as “date
        2024-08-09” gives its date; Markdown front matter (outlet, title, url, date) is read too.
      </p>
      <form ref={formRef} onSubmit={submit} noValidate>
        <div className="field">
          <label htmlFor={`${id}-file`}>Article file</label>
          <input
            id={`${id}-file`}
            name="file"
            type="file"
            accept={ACCEPT_SINGLE}
            aria-invalid={fileErrors.length ? true : undefined}
            aria-describedby={fileErrors.length ? `${id}-file-error` : undefined}
          />
          {fileErrors.length > 0 && (
            <div className="field-error" id={`${id}-file-error`} role="alert">
              {fileErrors.map((m, i) => (
                <p key={i} style={{ margin: 0 }}>
                  {m}
                </p>
              ))}
            </div>
          )}
        </div>
        <div className="grid-2">
          {META.map((m) => (
            <div className="field" key={m.name}>
              <label htmlFor={`${id}-${m.name}`}>{m.label}</label>
              <input
                id={`${id}-${m.name}`}
                name={m.name}
                type={m.type}
                aria-invalid={invalid(m.name)}
                aria-describedby={
                  [`hint` in m ? `${id}-${m.name}-hint` : null, invalid(m.name) ? `${id}-${m.name}-error` : null].filter(Boolean).join(" ") || undefined
                }
              />
              {"hint" in m && (
                <p className="small muted" id={`${id}-${m.name}-hint`} style={{ margin: "0.2rem 0 0" }}>
                  {m.hint}
                </p>
              )}
              <FieldError errors={fields} name={m.name} id={`${id}-${m.name}-error`} />
            </div>
          ))}
        </div>
        {problems && Object.keys(fields).length === 0 && <ImportProblems problems={problems} />}
        {mutation.data && <ImportResult report={mutation.data} />}
        <button type="submit" disabled={mutation.isPending} aria-busy={mutation.isPending}>
          Upload article
        </button>
      </form>
    </section>
  );
}
