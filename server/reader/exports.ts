import "server-only";
import { attributionKind } from "@/lib/attribution";
import { toCsv } from "@/lib/csv";
import type { ClaimFilterInput } from "@/lib/schemas/claim-filter";
import { env } from "@/server/platform/env";
import type { PublicClaim } from "@/lib/contracts/reader";
import { invalid } from "@/server/platform/errors";
import { findReaderClaims, parseReaderQuery } from "./claims";

const HEADER = [
  "id",
  "url",
  "statement",
  "rating",
  "verdict_decided_at",
  "rationale",
  "attributed_to",
  "attribution",
  "outlet",
  "source_title",
  "source_published",
  "source_url",
  "quote",
  "event",
  "event_date",
  "deadline",
  "evidence_count",
];

function row(c: PublicClaim, site: string) {
  return [
    c.id,
    `${site}/claims/${c.id}`,
    c.statement,
    c.rating,
    c.verdict?.decidedAt ?? "",
    c.verdict?.rationale ?? "",
    c.attributedTo,
    attributionKind(c.attributedTo),
    c.sourceArticle.outlet,
    c.sourceArticle.title,
    c.sourceArticle.publishedAt,
    c.sourceArticle.url ?? "",
    c.quote.text,
    c.event?.name ?? "",
    c.event?.date ?? "",
    c.deadline ?? "",
    c.evidence.length,
  ];
}

const EXPORT_LIMIT = 10_000;

/** A filtered view of the claims as a downloadable file (the same claims the dashboard lists). */
async function exportClaims(filter: ClaimFilterInput, format: "csv" | "json") {
  // Page by page (keyset), up to 10,000 claims.
  const items: PublicClaim[] = [];
  let cursor: string | undefined;
  do {
    const page = await findReaderClaims(filter, { limit: 500, cursor });
    items.push(...page.items);
    cursor = page.nextCursor ?? undefined;
  } while (cursor && items.length < EXPORT_LIMIT);
  items.length = Math.min(items.length, EXPORT_LIMIT);
  const stamp = new Date().toISOString().slice(0, 10);
  if (format === "json") {
    return {
      body: JSON.stringify({ filter, exportedAt: new Date().toISOString(), items }, null, 2),
      type: "application/json",
      name: `hindsight-claims-${stamp}.json`,
    };
  }
  const site = env.HINDSIGHT_SITE_URL.replace(/\/$/, "");
  return {
    body: toCsv(
      HEADER,
      items.map((c) => row(c, site)),
    ),
    type: "text/csv; charset=utf-8",
    name: `hindsight-claims-${stamp}.csv`,
  };
}

/** `GET /api/v1/claims/export`: the query string's filter, as `format` (csv, the default, or json). */
export function exportFromQuery(params: URLSearchParams) {
  const format = params.get("format") ?? "csv";
  if (format !== "csv" && format !== "json") throw invalid(`Unknown format “${format}”.`, { format: ["Use csv or json."] });
  return exportClaims(parseReaderQuery(params).filter, format);
}
