"use client";

import Link from "next/link";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { deskArticleList } from "@/lib/contracts/api/desk-lists";
import type { DeskArticleRow } from "@/lib/contracts/desk-lists";
import { formatDay } from "@/lib/dates";
import { endpointQuery } from "@/lib/query/endpoint-query";
import { FormAlert } from "@/components/ui/form-alert";
import { AssigneeFilter, EventOutletFilters, FilterSelect, ListSearch } from "./list-filters";
import { ListPager } from "./list-pager";
import { SavedViews } from "./saved-views";
import { useListKeys } from "./use-list-keys";
import { useListParams } from "./use-list-params";

const EMPTY: DeskArticleRow[] = [];

/** The desk's article list: search, filters, sort and page in the URL, saved views, j/k. */
export function ArticleList() {
  const { input, set, go } = useListParams("articles");
  const { data, error, isFetching } = useQuery({ ...endpointQuery(deskArticleList, { input }), placeholderData: keepPreviousData });
  const rows = data?.items ?? EMPTY;
  const keys = useListKeys({ count: rows.length, tableId: "article-list" });
  return (
    <div className="work-list-layout">
      <div className="stack">
        <div className="list-filters">
          <ListSearch key={input.q ?? ""} id="article-search" label="Search articles" value={input.q} set={set} />
          <div className="row list-filter-row">
            <EventOutletFilters prefix="article" input={input} set={set} />
            <AssigneeFilter prefix="article" value={input.assignee} set={set} />
            <FilterSelect id="article-sort" label="Sort" value={input.sort} onChange={(v) => set({ sort: v })}>
              <option value="">Newest first</option>
              <option value="oldest">Oldest first</option>
              <option value="title">Title A–Z</option>
              <option value="outlet">Outlet A–Z</option>
            </FilterSelect>
          </div>
        </div>
        <FormAlert error={error} />
        <p className="small muted" aria-live="polite">
          {isFetching
            ? "Loading…"
            : rows.length === 0
              ? "No article matches these filters."
              : `${rows.length} article${rows.length === 1 ? "" : "s"} on this page.`}
        </p>
        {rows.length > 0 && (
          <div className="table-scroll">
            <table id="article-list" className="work-list">
              <thead>
                <tr>
                  <th scope="col">Title</th>
                  <th scope="col">Outlet</th>
                  <th scope="col">Published</th>
                  <th scope="col">Assigned to</th>
                  <th scope="col">Claims</th>
                  <th scope="col">Evidence</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((a, i) => (
                  <tr key={a.id} data-row-index={i} className={i === keys.active ? "active-row" : undefined}>
                    <td>
                      <Link href={`/desk/articles/${a.id}`}>{a.title}</Link>
                    </td>
                    <td className="small">{a.outlet.name}</td>
                    <td className="small">
                      <time dateTime={a.publishedAt.slice(0, 10)}>{formatDay(a.publishedAt)}</time>
                    </td>
                    <td className="small">{a.assignee?.name ?? <span className="muted">Nobody</span>}</td>
                    <td className="small">{a.claimCount}</td>
                    <td className="small">{a.evidenceCount}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        <ListPager hasCursor={!!input.cursor} nextCursor={data?.nextCursor ?? null} onFirst={() => set({})} onNext={(cursor) => go({ ...input, cursor })} />
      </div>
      <SavedViews list="articles" input={input} />
    </div>
  );
}
