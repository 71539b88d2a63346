import "server-only";
import { describeError, parseImportFileAsync, type ArticleDefaults, type ParseError } from "@/lib/import/parse";
import type { ProgressListener } from "@/lib/import/progress";
import { tooLargeMessage } from "@/lib/import/size";
import type { ArticleInput } from "@/lib/schemas/article";
import { LIMITS } from "@/lib/schemas/common";
import { importArticles, type ImportReport } from "./articles";
import { AppError, type FieldErrors } from "@/server/platform/errors";
import type { Actor } from "@/server/auth/session";

export type ImportFile = { name: string; content: string | Uint8Array | ArrayBuffer; defaults?: ArticleDefaults };
type FileParseError = ParseError & { file?: string };

function tooLarge(what: string, bytes?: number, limit: number = LIMITS.uploadBytes): AppError {
  return new AppError("too_large", tooLargeMessage(what, bytes, limit));
}

/** Decodes strictly: a silently mangled character would shift every quote after it. */
function decodeUtf8(name: string, content: ImportFile["content"]): string {
  if (typeof content === "string") return content;
  const bytes = content instanceof Uint8Array ? content : new Uint8Array(content);
  if (bytes.includes(0)) {
    throw new AppError("invalid", `“${name}” is not a text file (it contains NUL bytes: binary, or UTF-16 text). Save it as UTF-8 text.`, {
      file: ["Not a UTF-8 text file."],
    });
  }
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw new AppError("invalid", `“${name}” is not valid UTF-8 text. Save it as UTF-8 and try again.`, { file: ["Not valid UTF-8."] });
  }
}

function byteLength(content: ImportFile["content"]): number {
  return typeof content === "string" ? Buffer.byteLength(content, "utf8") : content.byteLength;
}

function fieldKey(error: FileParseError, many: boolean): string {
  const local = error.line ? (error.field ? `line ${error.line}.${error.field}` : `line ${error.line}`) : (error.field ?? "file");
  return many && error.file ? `${error.file}: ${local}` : local;
}

function parseFailure(errors: FileParseError[], many: boolean): AppError {
  const fields: FieldErrors = {};
  for (const error of errors) (fields[fieldKey(error, many)] ??= []).push(error.message);
  const first = errors[0]!;
  const where = many && first.file ? `${first.file}: ` : "";
  const more = errors.length > 1 ? ` (${errors.length - 1} more problem${errors.length === 2 ? "" : "s"} listed)` : "";
  return new AppError("invalid", `Nothing was imported. ${where}${describeError(first)}${more}`, fields, { errors });
}

export type ImportFilesOptions = {
  /** Progress of every phase, reading included. */
  onProgress?: ProgressListener;
  /** Largest file accepted; the desk and API keep LIMITS.uploadBytes, the CLI allows more. */
  maxBytes?: number;
};

const breathe = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * Imports several files as one batch: every file is checked first and any
 * problem in any of them writes nothing, so a rerun after a fix never meets
 * half of the batch already stored.
 */
export async function importArticleFiles(files: ImportFile[], actor?: Actor | null, options: ImportFilesOptions = {}): Promise<ImportReport> {
  if (files.length === 0) throw new AppError("bad_request", "No file was given.");
  const { onProgress, maxBytes = LIMITS.uploadBytes } = options;
  const many = files.length > 1;
  const articles: ArticleInput[] = [];
  const lines: (number | undefined)[] = [];
  const errors: FileParseError[] = [];
  for (const file of files) {
    const size = byteLength(file.content);
    if (size > maxBytes) throw tooLarge(`“${file.name}”`, size, maxBytes);
  }
  for (const file of files) {
    const text = decodeUtf8(file.name, file.content);
    const before = articles.length;
    const parsed = await parseImportFileAsync(file.name, text, file.defaults, {
      pause: breathe,
      onProgress: onProgress && (({ done, total }) => onProgress({ phase: "reading", done: before + done, total: before + total })),
    });
    // One at a time: spreading a million-line file into push() would overflow the stack.
    parsed.articles.forEach((article, i) => {
      articles.push(article);
      lines.push(parsed.lines?.[i]);
    });
    for (const e of parsed.errors) errors.push({ ...e, file: file.name });
  }
  if (errors.length > 0) throw parseFailure(errors, many);
  // Line numbers name a problem found later only when they are unambiguous: one JSON Lines file.
  const lineNumbers = !many && lines.every((l) => l !== undefined) ? (lines as number[]) : undefined;
  return importArticles(articles, actor, { onProgress, lines: lineNumbers });
}

export function importArticleFile(file: ImportFile, actor?: Actor | null, options?: ImportFilesOptions): Promise<ImportReport> {
  return importArticleFiles([file], actor, options);
}

export { readBodyBytes } from "@/server/http/route";
