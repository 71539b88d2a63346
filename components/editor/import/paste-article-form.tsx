"use client";

import { useId, useState, type ChangeEvent, type FormEvent } from "react";
import { FieldError } from "@/components/ui/field-error";
import { FormAlert } from "@/components/ui/form-alert";
import type { FieldErrors } from "@/lib/form-errors";
import { detectDateHeader, parseTextArticle } from "@/lib/import/parse";
import { createArticle } from "@/lib/contracts/api/articles";
import { ApiError } from "@/lib/query/api";
import { call } from "@/lib/query/call";
import type { ArticleInput } from "@/lib/schemas/article";
import { byField, ImportResult, reportOf } from "./import-result";
import { useImportMutation } from "./use-import-mutation";

type Values = { outlet: string; title: string; url: string; publishedAt: string; text: string };
const EMPTY: Values = { outlet: "", title: "", url: "", publishedAt: "", text: "" };

export function PasteArticleForm() {
  const id = useId();
  const [values, setValues] = useState<Values>(EMPTY);
  const [fields, setFields] = useState<FieldErrors>({});
  const mutation = useImportMutation((article: ArticleInput) => call(createArticle, { input: article }).then(reportOf));
  const header = detectDateHeader(values.text);

  const set = (name: keyof Values) => (e: ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) => setValues((v) => ({ ...v, [name]: e.target.value }));

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    mutation.reset();
    const { text, ...defaults } = values;
    // The same parsing as an uploaded .txt file: a pasted seed keeps its date header out of the text.
    const { article, errors } = parseTextArticle(text, defaults, { noun: "text" });
    setFields(byField(errors, "text"));
    if (!article) return;
    mutation.mutate(article, {
      onSuccess: (report) => {
        if (report.created) setValues((v) => ({ ...EMPTY, outlet: v.outlet }));
      },
      onError: (error) => setFields(error instanceof ApiError ? error.fields : {}),
    });
  }

  const describedBy = (name: string, hint?: string) => [hint, fields[name]?.length ? `${id}-${name}-error` : null].filter(Boolean).join(" ") || undefined;
  const input = (name: keyof Values, label: string, type = "text", hint?: string) => (
    <div className="field">
      <label htmlFor={`${id}-${name}`}>{label}</label>
      <input
        id={`${id}-${name}`}
        name={name}
        type={type}
        value={values[name]}
        onChange={set(name)}
        aria-invalid={fields[name]?.length ? true : undefined}
        aria-describedby={describedBy(name, hint && `${id}-${name}-hint`)}
      />
      {hint && (
        <p className="small muted" id={`${id}-${name}-hint`} style={{ margin: "0.2rem 0 0" }}>
          {hint}
        </p>
      )}
      <FieldError errors={fields} name={name} id={`${id}-${name}-error`} />
    </div>
  );

  return (
    <section className="card" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`} style={{ marginTop: 0 }}>
        Paste an article
      </h2>
      <form onSubmit={submit} noValidate>
        <div className="grid-2">
          {input("outlet", "Outlet")}
          {input("publishedAt", "Published on", "date", "Optional when the text starts with a header such as “date 2024-08-09”.")}
          {input("title", "Title (optional)", "text", "Derived from the first sentence if empty.")}
          {input("url", "URL (optional)", "url")}
        </div>
        <div className="field">
          <label htmlFor={`${id}-text`}>Article text</label>
          <textarea
            id={`${id}-text`}
            name="text"
            rows={12}
            value={values.text}
            onChange={set("text")}
            aria-invalid={fields.text?.length ? true : undefined}
            aria-describedby={describedBy("text", header ? `${id}-header` : undefined)}
          />
          {header && (
            <p className="small muted" id={`${id}-header`} style={{ margin: "0.2rem 0 0" }}>
              {header.valid
                ? `The text starts with a date header (${header.date}): it will be removed from the text and used as the publication date.`
                : `The text starts with a date header, but ${header.date} is not a real date.`}
            </p>
          )}
          <FieldError errors={fields} name="text" id={`${id}-text-error`} />
        </div>
        {mutation.isError && <FormAlert error={mutation.error} />}
        {mutation.data && <ImportResult report={mutation.data} />}
        <button type="submit" disabled={mutation.isPending} aria-busy={mutation.isPending}>
          Add article
        </button>
      </form>
    </section>
  );
}
