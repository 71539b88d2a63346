"use client";

import Link from "next/link";
import type { FieldErrors } from "@/lib/form-errors";
import { describeError, type ParseError } from "@/lib/import/parse";
import type { ImportOutcome as ImportItem, ImportReport as ImportReportBody } from "@/lib/contracts/writes";
import { ApiError } from "@/lib/query/api";

export type { ImportItem, ImportReportBody };

export function reportOf(item: ImportItem): ImportReportBody {
  return { created: item.status === "created" ? 1 : 0, duplicates: item.status === "duplicate" ? 1 : 0, items: [item] };
}

/** Parse problems keyed like the API's `fields`, for the form's inputs. */
export function byField(errors: ParseError[], fallback: string): FieldErrors {
  const fields: FieldErrors = {};
  for (const e of errors) (fields[e.field ?? fallback] ??= []).push(e.message);
  return fields;
}

const plural = (n: number, one: string, many: string) => `${n.toLocaleString("en")} ${n === 1 ? one : many}`;

// A 20,000-article report lists its first articles, not 20,000 links.
const LISTED = 20;

export function ImportResult({ report }: { report: ImportReportBody }) {
  const listed = report.items.slice(0, LISTED);
  const rest = report.items.length - listed.length;
  const dupes = plural(report.duplicates, "duplicate", "duplicates");
  const summary =
    report.created === 0
      ? `Nothing new: ${dupes} already stored`
      : `Created ${plural(report.created, "article", "articles")}${report.duplicates ? `; ${dupes} already stored` : ""}`;
  return (
    <div className="alert alert-ok" role="status">
      <p className="flush">{summary}.</p>
      <ul style={{ margin: "0.4rem 0 0", paddingLeft: "1.2rem" }}>
        {listed.map((item, i) => (
          <li key={`${item.id}-${i}`}>
            <Link href={`/desk/articles/${item.id}`}>{item.title}</Link>{" "}
            <span className="small">({item.status === "created" ? "created" : "duplicate: already stored"})</span>
          </li>
        ))}
      </ul>
      {rest > 0 && (
        <p className="flush small">
          …and {plural(rest, "more article", "more articles")}: see <Link href="/desk/articles">Articles</Link>.
        </p>
      )}
    </div>
  );
}

export type Problems = { message: string; list: string[] };

/** Problems found in the browser before anything was sent. */
export function localProblems(errors: ParseError[]): Problems {
  return { message: "Nothing was sent. Fix the file and choose it again:", list: errors.map(describeError) };
}

/** The server's refusal, with every line it listed. */
export function serverProblems(error: unknown): Problems {
  if (!(error instanceof ApiError)) return { message: error instanceof Error ? error.message : "Something went wrong.", list: [] };
  const listed = (error.body.details as { errors?: ParseError[] } | undefined)?.errors ?? [];
  return { message: error.message, list: listed.length > 1 ? listed.map(describeError) : [] };
}

export function ImportProblems({ problems, id }: { problems: Problems | null; id?: string }) {
  if (!problems) return null;
  return (
    <div className="alert alert-error" role="alert" id={id}>
      <p className="flush">{problems.message}</p>
      {problems.list.length > 0 && (
        <ul style={{ margin: "0.4rem 0 0", paddingLeft: "1.2rem" }}>
          {problems.list.map((p, i) => (
            <li key={i}>{p}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
