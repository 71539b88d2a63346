"use client";

import Link from "next/link";
import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { listDeletedArticles, restoreArticle } from "@/lib/contracts/api/articles";
import type { DeletedArticleRow } from "@/lib/contracts/writes";
import { formatDay, formatInZone } from "@/lib/dates";
import { deletedListInput } from "@/lib/schemas/editing";
import { call } from "@/lib/query/call";
import { endpointQuery, keyOf } from "@/lib/query/endpoint-query";
import { ListPager } from "@/components/editor/worklists/list-pager";
import { FormAlert } from "@/components/ui/form-alert";
import styles from "./deleted-articles.module.css";

const who = (a: DeletedArticleRow) => (a.deletedBy ? (a.deletedBy.name ?? a.deletedBy.email ?? "an editor") : "the system");

/** Admins: articles deleted on the desk and not restored, newest first, each with a Restore button. */
export function DeletedArticles() {
  const params = useSearchParams();
  const router = useRouter();
  const pathname = usePathname();
  const input = deletedListInput(params.get("cursor"));
  const queryClient = useQueryClient();
  const { data, error, isFetching } = useQuery({ ...endpointQuery(listDeletedArticles, { input }), placeholderData: keepPreviousData });
  const [restored, setRestored] = useState<{ id: string; title: string } | null>(null);
  const restore = useMutation({
    mutationFn: (a: DeletedArticleRow) => call(restoreArticle, { params: { id: a.id } }),
    onMutate: () => setRestored(null),
    onSuccess: (article) => setRestored({ id: article.id, title: article.title }),
    // The list loses the row; the desk's article lists gain it.
    onSettled: () =>
      Promise.all([queryClient.invalidateQueries({ queryKey: keyOf(listDeletedArticles) }), queryClient.invalidateQueries({ queryKey: ["articles"] })]),
  });
  const rows = data?.items ?? [];
  return (
    <div className="stack">
      <div role="status" aria-live="polite">
        {restored && (
          <p className="alert alert-ok">
            Restored “{restored.title}”: it is back on the desk. <Link href={`/desk/articles/${restored.id}`}>Open the article</Link>
          </p>
        )}
      </div>
      <FormAlert error={error ?? restore.error} />
      {rows.length === 0 ? (
        <p className="muted">{isFetching ? "Loading…" : "No deleted article waits to be restored."}</p>
      ) : (
        <ul className={styles.list} aria-label="Deleted articles">
          {rows.map((a) => (
            <li key={a.id} className="card spread">
              <div>
                <h2 className={styles.title}>{a.title}</h2>
                <p className={`small muted ${styles.meta}`}>
                  {a.outlet} · published {formatDay(a.publishedAt)}
                </p>
                <p className={`small ${styles.meta}`}>
                  Deleted by {who(a)} on <time dateTime={a.deletedAt}>{formatInZone(new Date(a.deletedAt), "UTC")}</time>
                </p>
              </div>
              <button type="button" className="secondary" aria-label={`Restore “${a.title}”`} disabled={restore.isPending} onClick={() => restore.mutate(a)}>
                {restore.isPending && restore.variables?.id === a.id ? "Restoring…" : "Restore"}
              </button>
            </li>
          ))}
        </ul>
      )}
      <ListPager
        hasCursor={!!input.cursor}
        nextCursor={data?.nextCursor ?? null}
        onFirst={() => router.push(pathname as never, { scroll: false })}
        onNext={(cursor) => router.push(`${pathname}?cursor=${encodeURIComponent(cursor)}` as never, { scroll: false })}
      />
    </div>
  );
}
