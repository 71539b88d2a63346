// Turns an uploaded or pasted file into article inputs. Pure and
// browser-safe: the upload forms run it before sending, and the server runs
// it again before writing anything.
import type { ArticleInput } from "@/lib/schemas/article";
import { capErrors, cleanDefaults, cleanText, present, sameDay, validateCandidate, type ArticleDefaults, type ParseError } from "./candidate";
import { htmlToArticle } from "./html";
import { parseTextArticle } from "./text-article";

export { describeError, type ArticleDefaults, type ParseError } from "./candidate";
export { detectDateHeader, parseTextArticle } from "./text-article";

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

const ACCEPTED_EXTENSIONS = Object.keys(EXTENSIONS);
/** For `<input type="file" accept>`. */
export const ACCEPT_SINGLE = ".txt,.md,.markdown,.html,.htm,text/plain,text/markdown,text/html";
export const ACCEPT_JSONL = ".jsonl,.ndjson";

/** `lines[i]`, when given, is the line of the file that `articles[i]` came from (JSON Lines). */
export type ParseResult = { format: ImportFormat | null; articles: ArticleInput[]; lines?: number[]; errors: ParseError[] };

export function formatOf(fileName: string): ImportFormat | null {
  const ext = /\.[^./\\]+$/.exec(fileName.trim().toLowerCase())?.[0];
  return (ext && EXTENSIONS[ext]) || null;
}

function unknownFormatMessage(fileName: string): string {
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
  const parser = new JsonLinesParser(raw, defaultsIn);
  parser.step(Infinity);
  return parser.result();
}

type ParseProgress = { done: number; total: number };
export type AsyncParseOptions = {
  /** Called after each slice with the articles (non-blank lines) read so far. */
  onProgress?: (progress: ParseProgress) => void;
  /** Lets other work run between slices: setImmediate on the server, a timer in the browser. */
  pause?: () => Promise<void>;
  /** How long one slice may run before pausing. */
  sliceMs?: number;
};

const defaultPause = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * parseJsonLines in time slices, reporting progress between them, so a large
 * file neither freezes the page nor blocks the server's other requests.
 */
export async function parseJsonLinesAsync(raw: string, defaultsIn: ArticleDefaults = {}, options: AsyncParseOptions = {}): Promise<ParseResult> {
  const { onProgress, pause = defaultPause, sliceMs = 25 } = options;
  const parser = new JsonLinesParser(raw, defaultsIn);
  onProgress?.(parser.progress());
  for (;;) {
    const until = Date.now() + sliceMs;
    let finished: boolean;
    do finished = parser.step(200);
    while (!finished && Date.now() < until);
    onProgress?.(parser.progress());
    if (finished) return parser.result();
    await pause();
  }
}

/** parseImportFile, with JSON Lines read in slices (see parseJsonLinesAsync). */
export async function parseImportFileAsync(
  fileName: string,
  text: string,
  defaults: ArticleDefaults = {},
  options: AsyncParseOptions = {},
): Promise<ParseResult> {
  if (formatOf(fileName) === "jsonl") return parseJsonLinesAsync(text, defaults, options);
  const result = parseImportFile(fileName, text, defaults);
  options.onProgress?.({ done: result.articles.length, total: result.articles.length });
  return result;
}

/** Reads a JSON Lines text a few lines at a time; `lines[i]` is the line article `i` came from. */
class JsonLinesParser {
  private readonly defaults: ArticleDefaults;
  private readonly source: string[];
  private readonly total: number;
  private next = 0;
  private read = 0;
  private readonly articles: ArticleInput[] = [];
  private readonly lines: number[] = [];
  private readonly errors: ParseError[] = [];

  constructor(
    private readonly raw: string,
    defaults: ArticleDefaults,
  ) {
    this.defaults = cleanDefaults(defaults);
    this.source = raw.replace(/^\uFEFF/, "").split(/\r?\n/);
    let total = 0;
    for (const line of this.source) if (line.trim()) total++;
    this.total = total;
  }

  progress(): ParseProgress {
    return { done: this.read, total: this.total };
  }

  /** Reads up to `count` more lines; true when the whole text has been read. */
  step(count: number): boolean {
    const end = Math.min(this.source.length, this.next + count);
    for (; this.next < end; this.next++) {
      const source = this.source[this.next]!;
      if (!source.trim()) continue;
      this.read++;
      this.line(source, this.next + 1);
    }
    return this.next >= this.source.length;
  }

  private line(source: string, line: number) {
    const { defaults, errors } = this;
    let value: unknown;
    try {
      value = JSON.parse(source);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      errors.push({ line, message: `Not valid JSON (${reason}).` });
      return;
    }
    if (typeof value !== "object" || value === null || Array.isArray(value)) {
      errors.push({ line, message: 'Each line must be a JSON object such as {"outlet": …, "publishedAt": …, "text": …}.' });
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
    if (checked.article) {
      this.articles.push(checked.article);
      this.lines.push(line);
    }
    errors.push(...checked.errors);
  }

  result(): ParseResult {
    const errors = [...this.errors];
    if (errors.length === 0 && this.articles.length === 0) {
      errors.push({ message: this.raw.trim() ? "The file has no articles." : "The file is empty." });
    }
    return { format: "jsonl", articles: this.articles, lines: this.lines, errors: capErrors(errors) };
  }
}
