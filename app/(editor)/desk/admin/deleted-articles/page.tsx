import { HydrationBoundary } from "@tanstack/react-query";
import type { Metadata } from "next";
import { DeletedArticles } from "@/components/admin/deleted-articles";
import { listDeletedArticles as endpoint } from "@/lib/contracts/api/articles";
import { deletedListInput, UNDO_WINDOW_MS } from "@/lib/schemas/editing";
import { listDeletedArticles } from "@/server/articles/deleted-articles";
import { getSession } from "@/server/auth/session";
import { prefetchDesk, serverQuery } from "@/server/http/prefetch";

export const metadata: Metadata = { title: "Deleted articles" };
export const dynamic = "force-dynamic";

export default async function DeletedArticlesPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const session = await getSession();
  if (session?.user.role !== "admin") {
    return (
      <section className="stack">
        <h1>Admins only</h1>
        <p role="alert">Only an admin can see and restore deleted articles. Ask one of your admins.</p>
      </section>
    );
  }
  const input = deletedListInput((await searchParams).cursor);
  // A broken cursor in the URL is shown by the list itself, from the browser's own request.
  const state = await prefetchDesk([serverQuery(endpoint, { input }, () => listDeletedArticles(input, session.user))]).catch(() => undefined);
  return (
    <section className="stack">
      <h1>Deleted articles</h1>
      <p className="muted">
        Articles deleted on the desk, newest first. Any editor can undo a deletion for {UNDO_WINDOW_MS / 60_000} minutes; after that, an admin restores it here,
        at the same address as before.
      </p>
      <HydrationBoundary state={state}>
        <DeletedArticles />
      </HydrationBoundary>
    </section>
  );
}
