import { ArticleInputSchema, type ArticleInput } from "@/lib/schemas/article";
import { parseDateInput, dayOf } from "@/lib/dates";

/** Metadata given beside a file (form fields, CLI flags); blank values count as absent. */
export type ArticleDefaults = {
  outlet?: string;
  outletDomain?: string;
  title?: string;
  url?: string;
  publishedAt?: string;
};

export type ParseError = { line?: number; field?: string; message: string };

const FIELDS = ["outlet", "outletDomain", "title", "url", "publishedAt"] as const;
const FIELD_NAMES: Record<string, string> = {
  outlet: "Outlet",
  outletDomain: "Outlet domain",
  title: "Title",
  url: "URL",
  publishedAt: "Publication date",
  text: "Text",
};

/**
 * The only changes made to an article's text on import: a byte-order mark is
 * dropped, CRLF/CR line ends become LF and whitespace at the very start and
 * end is trimmed. Everything in between is kept exactly, because quotes are
 * character spans into the stored text; doing this everywhere also makes the
 * same article hash the same whichever way it arrives.
 */
export function cleanText(text: string): string {
  return text
    .replace(/^\uFEFF/, "")
    .replace(/\r\n?/g, "\n")
    .trim();
}

export function present(value: unknown): string | undefined {
  if (typeof value !== "string") return undefined;
  return value.trim() ? value : undefined;
}

export function cleanDefaults(defaults: ArticleDefaults = {}): ArticleDefaults {
  const out: ArticleDefaults = {};
  for (const key of FIELDS) {
    const value = present(defaults[key]);
    if (value !== undefined) out[key] = value.trim();
  }
  return out;
}

/** Two dates agree when they name the same calendar day (UTC). */
export function sameDay(a: string, b: string): boolean {
  const da = parseDateInput(a);
  const db = parseDateInput(b);
  return da && db ? dayOf(da) === dayOf(db) : a.trim() === b.trim();
}

/**
 * Validates one assembled article with the shared schema, so a file is
 * rejected in the browser for exactly the reasons the server would reject it.
 */
export function validateCandidate(candidate: Record<string, unknown>, line?: number): { article?: ArticleInput; errors: ParseError[] } {
  const input: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(candidate)) if (value !== undefined) input[key] = value;
  const parsed = ArticleInputSchema.safeParse(input);
  if (parsed.success) return { article: input as ArticleInput, errors: [] };
  const errors = parsed.error.issues.map((issue): ParseError => {
    const field = issue.path.map(String).join(".") || undefined;
    const name = (field && FIELD_NAMES[field]) ?? field ?? "The value";
    const message =
      issue.code === "invalid_type" && field && input[field] !== undefined ? `${name} must be text, not ${describe(input[field])}.` : issue.message;
    return { line, field, message };
  });
  return { errors };
}

function describe(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "a list";
  return typeof value === "object" ? "an object" : `a ${typeof value}`;
}

export function describeError(error: ParseError): string {
  return error.line ? `Line ${error.line}: ${error.message}` : error.message;
}

// A 5 MiB file of broken lines should not produce a 5 MiB error report.
const MAX_ERRORS = 50;

export function capErrors(errors: ParseError[]): ParseError[] {
  if (errors.length <= MAX_ERRORS) return errors;
  const rest = errors.length - MAX_ERRORS;
  return [...errors.slice(0, MAX_ERRORS), { message: `…and ${rest} more problem${rest === 1 ? "" : "s"}.` }];
}
