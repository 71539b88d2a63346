import type { Metadata } from "next";
import { AddByUrlForm } from "@/components/editor/import/add-by-url-form";
import { BulkImportForm } from "@/components/editor/import/bulk-import-form";
import { PasteArticleForm } from "@/components/editor/import/paste-article-form";
import { UploadArticleForm } from "@/components/editor/import/upload-article-form";

export const metadata: Metadata = { title: "Add articles" };

// ?url= prefills "Add by URL" (the feed inbox's "Review and import").
export default async function NewArticlesPage({ searchParams }: { searchParams: Promise<{ url?: string | string[] }> }) {
  const raw = (await searchParams).url;
  const url = typeof raw === "string" && /^https?:\/\//i.test(raw) ? raw.slice(0, 2000) : undefined;
  return (
    <div>
      <h1>Add articles</h1>
      <p className="muted">
        Add an article by its address, paste one, upload one as a file, or import many from a JSON Lines file. An article whose text is already stored is
        reported as a duplicate, not added twice.
      </p>
      <div className="stack">
        <AddByUrlForm initialUrl={url} />
        <PasteArticleForm />
        <UploadArticleForm />
        <BulkImportForm />
      </div>
    </div>
  );
}
