"use client";

import { useMutation } from "@tanstack/react-query";
import { useId, useState, type FormEvent } from "react";
import { FieldError } from "@/components/ui/field-error";
import { FormAlert } from "@/components/ui/form-alert";
import { fetchArticle } from "@/lib/contracts/api/sources";
import type { FetchedArticle } from "@/lib/contracts/sources";
import { call } from "@/lib/query/call";
import { ApiError } from "@/lib/query/api";
import { ReviewFetchedArticle } from "./review-fetched-article";

export type AddByUrlFormProps = { initialUrl?: string };

/**
 * "Add by URL" (issue 15), step one: the address. The server fetches the page
 * safely, archives it and answers what it read; step two
 * (ReviewFetchedArticle) lets the editor correct it before saving.
 */
export function AddByUrlForm({ initialUrl = "" }: AddByUrlFormProps) {
  const id = useId();
  const [url, setUrl] = useState(initialUrl);
  const [preview, setPreview] = useState<FetchedArticle | null>(null);
  const fetching = useMutation({ mutationFn: (address: string) => call(fetchArticle, { input: { url: address } }) });
  const fields = fetching.error instanceof ApiError ? fetching.error.fields : {};

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setPreview(null);
    fetching.mutate(url, { onSuccess: setPreview });
  }

  return (
    <section className="card" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`} style={{ marginTop: 0 }}>
        Add by URL
      </h2>
      <form onSubmit={submit} noValidate>
        <div className="field">
          <label htmlFor={`${id}-url`}>Article address</label>
          <input
            id={`${id}-url`}
            name="url"
            type="url"
            inputMode="url"
            placeholder="https://"
            value={url}
            onChange={(e) => setUrl(e.target.value)}
            aria-invalid={fields.url?.length ? true : undefined}
            aria-describedby={`${id}-url-hint${fields.url?.length ? ` ${id}-url-error` : ""}`}
          />
          <p className="small muted" id={`${id}-url-hint`} style={{ margin: "0.2rem 0 0" }}>
            Hindsight fetches the page, keeps an archived copy, and shows you the text and details it found to check before saving.
          </p>
          <FieldError errors={fields} name="url" id={`${id}-url-error`} />
        </div>
        {fetching.isError && !fields.url?.length && <FormAlert error={fetching.error} />}
        <button type="submit" disabled={fetching.isPending} aria-busy={fetching.isPending}>
          {fetching.isPending ? "Fetching…" : "Fetch"}
        </button>
      </form>
      {preview && <ReviewFetchedArticle key={preview.captureId} preview={preview} onDone={() => setUrl("")} />}
    </section>
  );
}
