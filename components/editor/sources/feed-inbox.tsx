"use client";

import { useMutation } from "@tanstack/react-query";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { FormAlert } from "@/components/ui/form-alert";
import { dismissFeedItems, importFeedItems } from "@/lib/contracts/api/sources";
import type { FeedImportResult, InboxItem } from "@/lib/contracts/sources";
import { formatDay } from "@/lib/dates";
import { call } from "@/lib/query/call";

export type FeedInboxProps = { items: InboxItem[] };

const MAX = 50;

/** The inbox: each new feed item with its first lines; import or dismiss one, or the selected ones at once. */
export function FeedInbox({ items }: FeedInboxProps) {
  const router = useRouter();
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [results, setResults] = useState<(FeedImportResult & { title?: string })[]>([]);
  const act = useMutation({
    mutationFn: async ({ action, ids }: { action: "import" | "dismiss"; ids: string[] }) => {
      if (action === "dismiss") return (await call(dismissFeedItems, { input: { ids } }), []);
      // Titles as the inbox showed them: the refresh below takes imported items out of the list.
      const titles = new Map(ids.map((id) => [id, titleOf.get(id)]));
      return (await call(importFeedItems, { input: { ids } })).results.map((r) => ({ ...r, title: titles.get(r.id) }));
    },
    onSuccess: (done) => {
      setResults(done);
      setSelected(new Set());
      router.refresh();
    },
  });
  const toggle = (id: string) =>
    setSelected((s) => {
      const next = new Set(s);
      if (!next.delete(id)) next.add(id);
      return next;
    });
  const ids = [...selected].slice(0, MAX);
  const titleOf = new Map(items.map((i) => [i.id, i.title]));

  return (
    <section aria-labelledby="inbox-heading">
      <h2 id="inbox-heading">New from feeds ({items.length})</h2>
      <FormAlert error={act.error} />
      {results.length ? (
        <div role="status" aria-label="Import results" className="small">
          <ul>
            {results.map((r) => (
              <li key={r.id}>
                {r.status === "failed" ? (
                  <span className="field-error">Not imported: {r.message}</span>
                ) : (
                  <>
                    {r.status === "duplicate" ? "Already stored: " : "Imported: "}
                    <Link href={`/desk/articles/${r.articleId}`}>{r.title ?? "the article"}</Link>
                  </>
                )}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {items.length === 0 ? (
        <p className="muted">Nothing new. Feeds are polled on a schedule; see Sources for the last and next poll.</p>
      ) : (
        <>
          <div className="row">
            <button type="button" disabled={!ids.length || act.isPending} onClick={() => act.mutate({ action: "import", ids })}>
              Import selected ({ids.length})
            </button>
            <button type="button" className="secondary" disabled={!ids.length || act.isPending} onClick={() => act.mutate({ action: "dismiss", ids })}>
              Dismiss selected
            </button>
            <button type="button" className="link-button" onClick={() => setSelected(new Set(items.slice(0, MAX).map((i) => i.id)))}>
              Select all{items.length > MAX ? ` (first ${MAX})` : ""}
            </button>
          </div>
          <ul className="inbox-list">
            {items.map((item) => (
              <li key={item.id} className="card">
                <input type="checkbox" id={`pick-${item.id}`} checked={selected.has(item.id)} onChange={() => toggle(item.id)} />{" "}
                <label htmlFor={`pick-${item.id}`}>
                  <strong>{item.title}</strong>
                </label>
                <div className="small muted">
                  {item.outlet}
                  {item.publishedAt ? `, ${formatDay(item.publishedAt)}` : ""} ·{" "}
                  <a href={item.url} rel="noopener noreferrer nofollow" target="_blank">
                    {item.url}
                  </a>
                </div>
                {item.excerpt ? <p className="small">{item.excerpt}</p> : null}
                <div className="row small">
                  <Link href={`/desk/articles/new?url=${encodeURIComponent(item.url)}`}>Review and import</Link>
                  <button type="button" className="link-button" disabled={act.isPending} onClick={() => act.mutate({ action: "import", ids: [item.id] })}>
                    Import <span className="visually-hidden">{item.title}</span>
                  </button>
                  <button type="button" className="link-button" disabled={act.isPending} onClick={() => act.mutate({ action: "dismiss", ids: [item.id] })}>
                    Dismiss <span className="visually-hidden">{item.title}</span>
                  </button>
                </div>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
