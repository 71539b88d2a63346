import type { Metadata } from "next";
import { BulkImportForm } from "@/components/editor/import/bulk-import-form";
import { PasteArticleForm } from "@/components/editor/import/paste-article-form";
import { UploadArticleForm } from "@/components/editor/import/upload-article-form";

export const metadata: Metadata = { title: "Add articles" };

export default function NewArticlesPage() {
  return (
    <div>
      <h1>Add articles</h1>
      <p className="muted">
        Paste one article, upload one as a file, or import many from a JSON Lines file. An article whose text is already stored is reported as a duplicate, not
        added twice.
      </p>
      <div className="stack">
        <PasteArticleForm />
        <UploadArticleForm />
        <BulkImportForm />
      </div>
    </div>
  );
}
