import type { ArticleInput } from "@/lib/schemas/article";
import { parseDay } from "@/lib/dates";
import { cleanDefaults, cleanText, sameDay, validateCandidate, type ArticleDefaults, type ParseError } from "./candidate";

// The seed files start " date 2024-08-09 From scaling…": the date header and
// the first words share a line. A colon and a line break are accepted too.
const HEADER_RE = /^\s*date:?[ \t]+(\d{4}-\d{2}-\d{2})(?=\s|$)/i;

export type DateHeader = { date: string; valid: boolean; body: string };

/** Finds a seed-style date header at the start of a text; `body` is the text after it. */
export function detectDateHeader(text: string): DateHeader | null {
  const normalised = text.replace(/^\uFEFF/, "");
  const match = HEADER_RE.exec(normalised);
  if (!match) return null;
  const date = match[1]!;
  return { date, valid: parseDay(date) !== null, body: normalised.slice(match[0].length).replace(/^\s+/, "") };
}

const FRONT_MATTER_KEYS: Record<string, keyof ArticleDefaults> = {
  outlet: "outlet",
  outletdomain: "outletDomain",
  outlet_domain: "outletDomain",
  title: "title",
  url: "url",
  date: "publishedAt",
  publishedat: "publishedAt",
  published_at: "publishedAt",
};

type FrontMatter = { fields: ArticleDefaults; body: string; errors: ParseError[] };

/** A `---` block of `key: value` lines; keys it does not know (tags, authors…) are ignored. */
function splitFrontMatter(text: string): FrontMatter {
  if (!/^---[ \t]*\n/.test(text)) return { fields: {}, body: text, errors: [] };
  const match = /^---[ \t]*\n(?:([\s\S]*?)\n)?---[ \t]*(?:\n|$)/.exec(text);
  if (!match) return { fields: {}, body: text, errors: [{ line: 1, message: "The front matter starting on line 1 is not closed with a “---” line." }] };
  const fields: ArticleDefaults = {};
  for (const line of (match[1] ?? "").split("\n")) {
    const kv = /^([A-Za-z_]+)[ \t]*:[ \t]*(.*)$/.exec(line);
    const key = kv && FRONT_MATTER_KEYS[kv[1]!.toLowerCase()];
    if (!kv || !key) continue;
    const value = kv[2]!.trim().replace(/^(["'])(.*)\1$/, "$2");
    if (value) fields[key] = value;
  }
  return { fields, body: text.slice(match[0].length), errors: [] };
}

type Heading = { heading?: string; body: string };

/** A leading `# Heading` line; it is the article's headline, not part of its text. */
function splitHeading(text: string): Heading {
  const match = /^\s*#[ \t]+(.+?)[ \t#]*(?:\n|$)/.exec(text);
  if (!match) return { body: text };
  return { heading: match[1]!.trim(), body: text.slice(match[0].length) };
}

export type TextArticleResult = { article?: ArticleInput; errors: ParseError[] };

/**
 * One article from a .txt/.md file or pasted text. Metadata in the file wins
 * over the defaults, which only fill gaps; the Markdown heading is the title
 * of last resort. Two different dates are an error rather than a silent
 * choice, because the date decides whether an article counts as pre-event.
 */
export type TextArticleOptions = {
  markdown?: boolean;
  /** How messages name the source: "file" for uploads, "text" for pasted text. */
  noun?: "file" | "text";
};

export function parseTextArticle(raw: string, defaultsIn: ArticleDefaults = {}, options: TextArticleOptions = {}): TextArticleResult {
  const noun = options.noun ?? "file";
  const defaults = cleanDefaults(defaultsIn);
  const text = raw.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n");
  // Problems are collected rather than returned one at a time, so a form can mark every field at once.
  const errors: ParseError[] = [];
  if (!text.trim()) errors.push({ field: "text", message: `The ${noun} is empty.` });

  const front: FrontMatter = options.markdown ? splitFrontMatter(text) : { fields: {}, body: text, errors: [] };
  if (front.errors.length) return { errors: front.errors };
  const header = detectDateHeader(front.body);
  if (header && !header.valid) {
    errors.push({ field: "publishedAt", message: `The date header “${header.date}” is not a real calendar date.` });
  }
  const heading: Heading = options.markdown ? splitHeading(header ? header.body : front.body) : { body: header ? header.body : front.body };
  const body = cleanText(heading.body);
  if (!body && text.trim()) {
    errors.push({ field: "text", message: header ? `The ${noun} has a date header but no article text after it.` : `The ${noun} has no article text.` });
  }

  const dates = [front.fields.publishedAt, header?.valid ? header.date : undefined].filter((d): d is string => !!d);
  if (dates.length === 2 && !sameDay(dates[0]!, dates[1]!)) {
    errors.push({ field: "publishedAt", message: `The front matter date ${dates[0]} and the date header ${dates[1]} disagree.` });
  }
  const fileDate = dates[0];
  if (fileDate && defaults.publishedAt && !sameDay(fileDate, defaults.publishedAt)) {
    errors.push({
      field: "publishedAt",
      message: `The ${noun} is dated ${fileDate} but ${defaults.publishedAt} was given as the date; leave the date empty or correct it.`,
    });
  }
  const publishedAt = fileDate ?? defaults.publishedAt;
  if (!publishedAt && !header) {
    errors.push({ field: "publishedAt", message: `No publication date: give one, or start the ${noun} with a header such as “date 2024-08-09”.` });
  }
  const candidate = {
    outlet: front.fields.outlet ?? defaults.outlet,
    outletDomain: front.fields.outletDomain ?? defaults.outletDomain,
    title: front.fields.title ?? defaults.title ?? heading.heading,
    url: front.fields.url ?? defaults.url,
    publishedAt,
    text: body,
  };
  const checked = validateCandidate(candidate);
  // Date problems found above explain themselves better than the schema's.
  const known = new Set(errors.map((e) => e.field));
  errors.push(...checked.errors.filter((e) => !known.has(e.field)));
  return errors.length ? { errors } : { article: checked.article, errors };
}
