"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { formatDay } from "@/lib/dates";
import { listArticles, updateArticle } from "@/lib/contracts/api/articles";
import { deskArticle } from "@/lib/contracts/api/desk";
import type { DeskArticle } from "@/lib/contracts/desk";
import { call } from "@/lib/query/call";
import { keyOf } from "@/lib/query/endpoint-query";
import { ArticleUpdateSchema, type ArticleUpdateInput } from "@/lib/schemas/editing";
import { FieldError } from "@/components/ui/field-error";
import { FormAlert } from "@/components/ui/form-alert";
import { RuleProblems } from "../rule-problems";
import { useFormErrors } from "../use-form-errors";
import { DeleteArticleButton } from "./delete-article-button";

// A day-only date (stored at 00:00 UTC) is edited as its day; a time as ISO 8601.
const dateField = (iso: string) => (iso.endsWith("T00:00:00.000Z") ? iso.slice(0, 10) : iso);

export type ArticleDetailsProps = { article: DeskArticle; onDeleted: (undoUntil: string) => void };

/** The article's title, outlet, date and link, with "Edit details" and, while nothing quotes it, "Delete article". */
export function ArticleDetails({ article, onDeleted }: ArticleDetailsProps) {
  const queryClient = useQueryClient();
  const errors = useFormErrors();
  const [editing, setEditing] = useState(false);
  const mutation = useMutation({
    mutationFn: (input: ArticleUpdateInput) => call(updateArticle, { params: { id: article.id }, input }),
    onSuccess: () => {
      setEditing(false);
      void queryClient.invalidateQueries({ queryKey: keyOf(deskArticle, { params: { id: article.id } }) });
      void queryClient.invalidateQueries({ queryKey: keyOf(listArticles) });
      // Its claims' pages show the new outlet and date.
      void queryClient.invalidateQueries({ queryKey: ["claims"] });
    },
    onError: errors.fromServer,
  });

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const input = errors.check(ArticleUpdateSchema, {
      title: String(form.get("title") ?? ""),
      outlet: String(form.get("outlet") ?? ""),
      url: String(form.get("url") ?? ""),
      publishedAt: String(form.get("publishedAt") ?? ""),
      version: article.version,
    });
    if (input) mutation.mutate(input);
  }

  const quoted = article.claims.length + article.evidence.length > 0;
  return (
    <>
      <h1 id="article-title">{article.title}</h1>
      <p className="muted">
        {article.outlet.name} · <time dateTime={article.publishedAt.slice(0, 10)}>{formatDay(article.publishedAt)}</time>
        {article.url && (
          <>
            {" · "}
            <a href={article.url} rel="noopener noreferrer nofollow" target="_blank">
              Original
            </a>
          </>
        )}
      </p>
      {!editing && (
        <p className="row">
          <button type="button" className="secondary" onClick={() => setEditing(true)}>
            Edit details
          </button>
          {!quoted && <DeleteArticleButton article={article} onDeleted={onDeleted} />}
        </p>
      )}
      {editing && (
        <form onSubmit={submit} className="card stack" aria-label="Article details">
          <div className="field">
            <label htmlFor="article-edit-title">Title</label>
            <input id="article-edit-title" name="title" defaultValue={article.title} required />
            <FieldError errors={errors.fields} name="title" />
          </div>
          <div className="grid-2">
            <div className="field">
              <label htmlFor="article-edit-outlet">Outlet</label>
              <input id="article-edit-outlet" name="outlet" defaultValue={article.outlet.name} required />
              <FieldError errors={errors.fields} name="outlet" />
            </div>
            <div className="field">
              <label htmlFor="article-edit-date">Published</label>
              <input
                id="article-edit-date"
                name="publishedAt"
                defaultValue={dateField(article.publishedAt)}
                aria-describedby="article-edit-date-hint"
                required
              />
              <p id="article-edit-date-hint" className="small muted">
                YYYY-MM-DD or an ISO 8601 time. Every claim and evidence quoted from the article is checked against its event again.
              </p>
              <FieldError errors={errors.fields} name="publishedAt" />
            </div>
          </div>
          <div className="field">
            <label htmlFor="article-edit-url">Address (URL)</label>
            <input id="article-edit-url" name="url" type="url" defaultValue={article.url ?? ""} />
            <FieldError errors={errors.fields} name="url" />
          </div>
          <FormAlert error={mutation.error} />
          <RuleProblems error={mutation.error} />
          <div className="row">
            <button type="submit" disabled={mutation.isPending}>
              Save details
            </button>
            <button type="button" className="secondary" onClick={() => setEditing(false)}>
              Cancel
            </button>
          </div>
        </form>
      )}
    </>
  );
}
