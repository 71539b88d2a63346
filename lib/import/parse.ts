// Turns an uploaded or pasted file into article inputs. Pure and
// browser-safe: the upload forms run it before sending, and the server runs
// it again before writing anything.
import type { ArticleInput } from "@/lib/schemas/article";
import {
  capErrors,
  cleanDefaults,
  cleanText,
  present,
  sameDay,
  validateCandidate,
  type ArticleDefaults,
  type ParseError,
} from "./candidate";
import { htmlToArticle } from "./html";
import { parseTextArticle } from "./text-article";

export { cleanText, describeError, type ArticleDefaults, type ParseError } from "./candidate";
export { detectDateHeader, parseTextArticle, type DateHeader } from "./text-article";

export type ImportFormat = "jsonl" | "text" | "markdown" | "html";

const EXTENSIONS: Record<string, ImportFormat> = {
  ".jsonl": "jsonl",
  ".ndjson": "jsonl",
  ".txt": "text",
  ".md": "markdown",
  ".markdown": "markdown",
  ".html": "html",
  ".htm": "html",
};

export const ACCEPTED_EXTENSIONS = Object.keys(EXTENSIONS);
/** For `<input type="file" accept>`. */
export const ACCEPT_SINGLE = ".txt,.md,.markdown,.html,.htm,text/plain,text/markdown,text/html";
export const ACCEPT_JSONL = ".jsonl,.ndjson";

export type ParseResult = { format: ImportFormat | null; articles: ArticleInput[]; errors: ParseError[] };

export function formatOf(fileName: string): ImportFormat | null {
  const ext = /\.[^./\\]+$/.exec(fileName.trim().toLowerCase())?.[0];
  return (ext && EXTENSIONS[ext]) || null;
}

export function unknownFormatMessage(fileName: string): string {
  return `“${fileName || "The file"}” is in an unknown format. Accepted: ${ACCEPTED_EXTENSIONS.join(", ")} (JSON Lines, plain text, Markdown or HTML).`;
}

/** Parses a file by its extension; `defaults` fill what the file itself lacks. */
export function parseImportFile(fileName: string, text: string, defaults: ArticleDefaults = {}): ParseResult {
  const format = formatOf(fileName);
  if (!format) return { format, articles: [], errors: [{ message: unknownFormatMessage(fileName) }] };
  if (format === "jsonl") return parseJsonLines(text, defaults);
  if (format === "html") {
    // Only the extracted text is kept; the markup never reaches the database.
    const html = htmlToArticle(text);
    const { article, errors } = parseTextArticle(html.text, { ...defaults, title: defaults.title ?? html.title }, { markdown: false });
    return { format, articles: article ? [article] : [], errors };
  }
  const { article, errors } = parseTextArticle(text, defaults, { markdown: format === "markdown" });
  return { format, articles: article ? [article] : [], errors };
}

/**
 * One JSON object per line: outlet, outletDomain, title, url, publishedAt (or
 * `date`) and text. Blank lines are skipped; line numbers count them, so they
 * match what an editor shows.
 */
export function parseJsonLines(raw: string, defaultsIn: ArticleDefaults = {}): ParseResult {
  const defaults = cleanDefaults(defaultsIn);
  const lines = raw.replace(/^\uFEFF/, "").split(/\r?\n/);
  const articles: ArticleInput[] = [];
  const errors: ParseError[] = [];
  lines.forEach((source, i) => {
    const line = i + 1;
    if (!source.trim()) return;
    let value: unknown;
    try {
      value = JSON.parse(source);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      errors.push({ line, message: `Not valid JSON (${reason}).` });
      return;
    }
    if (typeof value !== "object" || value === null || Array.isArray(value)) {
      errors.push({ line, message: "Each line must be a JSON object such as {\"outlet\": …, \"publishedAt\": …, \"text\": …}." });
      return;
    }
    const record = value as Record<string, unknown>;
    const own = record.publishedAt ?? record.date;
    if (present(record.publishedAt) && present(record.date) && !sameDay(String(record.publishedAt), String(record.date))) {
      errors.push({ line, field: "publishedAt", message: "“publishedAt” and “date” disagree; give only one." });
      return;
    }
    const checked = validateCandidate(
      {
        outlet: record.outlet ?? defaults.outlet,
        outletDomain: record.outletDomain ?? defaults.outletDomain,
        title: record.title ?? defaults.title,
        url: record.url ?? defaults.url,
        publishedAt: own ?? defaults.publishedAt,
        text: typeof record.text === "string" ? cleanText(record.text) : record.text,
      },
      line,
    );
    if (checked.article) articles.push(checked.article);
    errors.push(...checked.errors);
  });
  if (errors.length === 0 && articles.length === 0) {
    errors.push({ message: raw.trim() ? "The file has no articles." : "The file is empty." });
  }
  return { format: "jsonl", articles, errors: capErrors(errors) };
}
