import "server-only";
import { Readability } from "@mozilla/readability";
import { parseHTML } from "linkedom";
import { htmlToArticle } from "@/lib/import/html";
import { readMetadata, type PageMetadata } from "./metadata";

// Article text from a fetched page: Mozilla's Readability (Firefox's reader
// view) finds the article in a server-side DOM from linkedom, and the
// article's HTML becomes plain text by the same html-to-text rules as an
// uploaded file, so a fetched article and an uploaded one read alike. No
// script runs and nothing is loaded: linkedom only builds the tree (ADR 0027).

export type Extracted = PageMetadata & { text: string };

/** The article of an HTML page, or null when the page holds no readable text. */
export function extractArticle(html: string, pageUrl: string): Extracted | null {
  const { document } = parseHTML(html);
  const metadata = readMetadata(document as unknown as Document, pageUrl);
  const article = new Readability(document as unknown as Document, { charThreshold: 200 }).parse();
  const text = article?.content ? htmlToArticle(article.content).text : "";
  if (!text.trim()) return null;
  return {
    ...metadata,
    title: metadata.title ?? article?.title?.trim() ?? null,
    byline: metadata.byline ?? article?.byline?.replace(/^by\s+/i, "").trim() ?? null,
    siteName: metadata.siteName ?? article?.siteName?.trim() ?? null,
    text,
  };
}

/** A page's text by its declared charset (header, then <meta charset>), UTF-8 when none or unknown. */
export function decodePage(body: Buffer, headers: [string, string][]): string {
  const header = headers.find(([k]) => k.toLowerCase() === "content-type")?.[1] ?? "";
  const sniffed = /<meta[^>]+charset=["']?([\w-]+)/i.exec(body.subarray(0, 2048).toString("latin1"))?.[1];
  const label = /charset=["']?([\w-]+)/i.exec(header)?.[1] ?? sniffed ?? "utf-8";
  try {
    return new TextDecoder(label).decode(body);
  } catch {
    return new TextDecoder("utf-8").decode(body);
  }
}
