import type { Metadata } from "next";
import Link from "next/link";
import { ArticleTable } from "@/components/editor/lists/article-table";
import { desk } from "@/server/desk/desk";

export const metadata: Metadata = { title: "Articles" };
export const dynamic = "force-dynamic";

export default async function DeskArticlesPage({ searchParams }: { searchParams: Promise<{ q?: string }> }) {
  const { q } = await searchParams;
  const articles = await desk.articles(typeof q === "string" ? q : undefined);
  return (
    <div>
      <div className="spread">
        <h1>Articles</h1>
        <Link href="/desk/articles/new" className="button">
          Add articles
        </Link>
      </div>
      <form role="search" className="row" action="/desk/articles">
        <label htmlFor="article-q" className="visually-hidden">
          Search articles
        </label>
        <input id="article-q" name="q" defaultValue={q ?? ""} placeholder="Title or outlet" className="input-narrow" />
        <button type="submit" className="secondary">
          Search
        </button>
      </form>
      <ArticleTable articles={articles} />
    </div>
  );
}
