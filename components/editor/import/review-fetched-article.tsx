"use client";

import { useId, useState, type ChangeEvent, type FormEvent } from "react";
import { FieldError } from "@/components/ui/field-error";
import { FormAlert } from "@/components/ui/form-alert";
import { createArticle } from "@/lib/contracts/api/articles";
import type { FetchedArticle } from "@/lib/contracts/sources";
import { call } from "@/lib/query/call";
import { ArticleInputSchema, type ArticleInput } from "@/lib/schemas/article";
import { useFormErrors } from "../use-form-errors";
import { ImportResult, reportOf } from "./import-result";
import { useImportMutation } from "./use-import-mutation";

export type ReviewFetchedArticleProps = { preview: FetchedArticle; onDone: () => void };

const SOURCE = { "json-ld": "the page’s JSON-LD", "article:published_time": "its article:published_time tag", time: "a <time> element on the page" };

const kb = (bytes: number) => `${(bytes / 1024).toLocaleString("en", { maximumFractionDigits: 1 })} KB`;

/** Step two of "Add by URL": what the page said, editable, saved through the ordinary article create. */
export function ReviewFetchedArticle({ preview, onDone }: ReviewFetchedArticleProps) {
  const id = useId();
  const [values, setValues] = useState({
    outlet: preview.outlet.name,
    title: preview.title ?? "",
    byline: preview.byline ?? "",
    url: preview.canonicalUrl ?? preview.finalUrl,
    publishedAt: preview.publishedAt ?? "",
    text: preview.text,
  });
  const errors = useFormErrors();
  const saving = useImportMutation((input: ArticleInput) => call(createArticle, { input }).then(reportOf));
  const set = (name: keyof typeof values) => (e: ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) => setValues((v) => ({ ...v, [name]: e.target.value }));

  function save(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const sameOutlet = values.outlet.trim() === preview.outlet.name;
    const input = errors.check(ArticleInputSchema, {
      ...values,
      outletDomain: sameOutlet ? preview.outlet.domain : undefined,
      captureId: preview.captureId,
    });
    if (input) saving.mutate(input, { onSuccess: onDone, onError: errors.fromServer });
  }

  const field = (name: keyof typeof values, label: string, hint?: string) => (
    <div className="field">
      <label htmlFor={`${id}-${name}`}>{label}</label>
      <input
        id={`${id}-${name}`}
        name={name}
        value={values[name]}
        onChange={set(name)}
        aria-invalid={errors.fields[name]?.length ? true : undefined}
        aria-describedby={[hint && `${id}-${name}-hint`, errors.fields[name]?.length && `${id}-${name}-error`].filter(Boolean).join(" ") || undefined}
      />
      {hint && (
        <p className="small muted" id={`${id}-${name}-hint`} style={{ margin: "0.2rem 0 0" }}>
          {hint}
        </p>
      )}
      <FieldError errors={errors.fields} name={name} id={`${id}-${name}-error`} />
    </div>
  );

  const outletHint = preview.outlet.existing
    ? `Matched by its address to the outlet “${preview.outlet.name}”.`
    : `No outlet has the domain ${preview.outlet.domain}: a new outlet of this name will be created when you save.`;
  const dateHint = preview.publishedAt
    ? `Found in ${SOURCE[preview.publishedAtSource!]}. A date (YYYY-MM-DD) or an ISO 8601 timestamp.`
    : "The page states no date: give the publication date before saving (YYYY-MM-DD or an ISO 8601 timestamp).";

  return (
    <form onSubmit={save} noValidate aria-labelledby={`${id}-review`} style={{ marginTop: "1rem" }}>
      <h3 id={`${id}-review`}>Check what the page says</h3>
      <p className="small muted">
        Fetched {new Date(preview.fetchedAt).toLocaleString("en-GB", { timeZone: "UTC" })} UTC from {preview.finalUrl} · archived ({kb(preview.storedSize)} of{" "}
        {kb(preview.size)})
      </p>
      <div className="grid-2">
        {field("outlet", "Outlet", outletHint)}
        {field("publishedAt", "Published", dateHint)}
        {field("title", "Title")}
        {field("url", "URL")}
        {field("byline", "Byline", "The author as the page names it; leave empty when it names none.")}
      </div>
      <div className="field">
        <label htmlFor={`${id}-text`}>Article text</label>
        <textarea
          id={`${id}-text`}
          name="text"
          rows={14}
          value={values.text}
          onChange={set("text")}
          aria-invalid={errors.fields.text?.length ? true : undefined}
          aria-describedby={errors.fields.text?.length ? `${id}-text-error` : undefined}
        />
        <FieldError errors={errors.fields} name="text" id={`${id}-text-error`} />
      </div>
      {saving.isError && <FormAlert error={saving.error} />}
      {saving.data && <ImportResult report={saving.data} />}
      <button type="submit" disabled={saving.isPending || !!saving.data} aria-busy={saving.isPending}>
        Save article
      </button>
    </form>
  );
}
