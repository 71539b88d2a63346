import { z } from "zod";
import { parseDay } from "@/lib/dates";
import { CLAIM_CERTAINTY } from "@/lib/calibration";
import { CLAIM_STANCES } from "@/lib/stance";
import { RATINGS } from "@/lib/verdicts";
import { cleanString } from "./common";

/**
 * A search gives at most this many claims, best matches first; the other
 * filters and the order are applied to those (server/reader/claims.ts), so a
 * very common word narrowed by, say, one outlet can miss matches beyond them.
 * Views that reach it say so (`searchCapped`).
 */
export const SEARCH_LIMIT = 1000;

const slug = z
  .string()
  .trim()
  .max(120)
  .regex(/^[a-z0-9-]*$/, "Use the address (slug) as shown in links.");
const day = z
  .string()
  .trim()
  .refine((v) => v === "" || parseDay(v) !== null, "Use a real calendar date as YYYY-MM-DD.");
const blankToUndefined = <T extends z.ZodType>(schema: T) => z.preprocess((v) => (typeof v === "string" && v.trim() === "" ? undefined : v), schema.optional());

/** A rating filter's values: a verdict, "pending" (awaiting one; void rumors' claims are not), or "resolved" (confirmed, partly confirmed or refuted: what accuracy counts). */
const RATING_FILTERS = [...RATINGS, "pending", "resolved"] as const;
/** A rumor-verdict filter's values: its rumor's own verdict (not read through the claim's stance), or "pending" (none yet, not void). */
const RUMOR_VERDICT_FILTERS = [...RATINGS, "pending"] as const;
/** A certainty filter's values: a tier, "unknown", or "known" (any tier but "unknown": what the Brier score counts). */
const CERTAINTY_FILTERS = [...CLAIM_CERTAINTY, "known"] as const;

const oneOf = <T extends readonly [string, ...string[]]>(values: T) => blankToUndefined(z.enum(values, { error: `Use one of: ${values.join(", ")}.` }));

/**
 * One filtered view of the reader's claims: used by the dashboard's URL, the
 * public API, and the exports. Dates bound the claim's source article. Each
 * figure on the reader pages links to the view of exactly the claims it
 * counts (issue 17), so every way a figure splits claims is a filter here:
 * the claim's own rating (through its stance), its stance, whether the outlet
 * made it or relayed it, whether it was its rumor's first appearance, its
 * certainty tier, whether it has a lead time, whether its rumor is void,
 * its rumor's own verdict (the chart of verdicts by event counts rumors), and
 * which rumor it is an appearance of (a rumor's "N appearances").
 */
export const ClaimFilterSchema = z.object({
  event: blankToUndefined(slug),
  outlet: blankToUndefined(slug),
  rating: blankToUndefined(z.enum(RATING_FILTERS, { error: `Use one of: ${RATING_FILTERS.join(", ")}.` })),
  from: blankToUndefined(day),
  to: blankToUndefined(day),
  certainty: oneOf(CERTAINTY_FILTERS),
  stance: oneOf(CLAIM_STANCES),
  /** "own": attributed to the outlet itself; "relayed": to anyone else (lib/attribution.ts). */
  attribution: oneOf(["own", "relayed"] as const),
  /** "first": the rumor's first published appearance (one claim per rumor); "followed": the others. */
  origin: oneOf(["first", "followed"] as const),
  /** "known": the confirmed claims a lead time is measured for (lib/lead-time.ts). */
  lead: oneOf(["known"] as const),
  /** "yes": only claims of void rumors; "no": none of them (what every figure counts). */
  void: oneOf(["yes", "no"] as const),
  /** The rumor's own verdict, as the chart of verdicts by event counts it (with `origin=first`: one claim per rumor). */
  rumorVerdict: oneOf(RUMOR_VERDICT_FILTERS),
  /** One rumor's appearances: its id, as in `/rumors/{id}`. */
  rumor: blankToUndefined(
    z
      .string()
      .trim()
      .max(64)
      .regex(/^[\w-]+$/, "Use the rumor's id as shown in its address (/rumors/…)."),
  ),
  q: blankToUndefined(cleanString("The search").trim().max(200, "Search for at most 200 characters.")),
  /** The core API's event filter by id, kept for backwards compatibility. */
  eventId: blankToUndefined(cleanString("eventId").trim().max(64)),
});
export type ClaimFilterInput = z.output<typeof ClaimFilterSchema>;

/** `?asOf=YYYY-MM-DD` on an outlet page: the record as it stood at the end of that day (UTC). */
export const AsOfSchema = z
  .string()
  .trim()
  .refine((v) => parseDay(v) !== null, "Use a real calendar date as YYYY-MM-DD.");

export const PageSchema = z.object({
  cursor: blankToUndefined(cleanString("The cursor").max(200)),
  limit: blankToUndefined(z.coerce.number().int().min(1).max(500)),
});

export const FILTER_KEYS = [
  "event",
  "outlet",
  "rating",
  "certainty",
  "stance",
  "attribution",
  "origin",
  "lead",
  "void",
  "rumorVerdict",
  "rumor",
  "from",
  "to",
  "q",
] as const;

/** Reads the filter's fields from URL search params (repeated keys: first wins). */
export function filterParams(params: URLSearchParams | Record<string, string | string[] | undefined>) {
  const get = (k: string) => {
    if (params instanceof URLSearchParams) return params.get(k) ?? undefined;
    const v = params[k];
    return Array.isArray(v) ? v[0] : v;
  };
  return Object.fromEntries([...FILTER_KEYS, "eventId", "cursor", "limit", "format"].map((k) => [k, get(k)]));
}

/** The query string that reproduces a filter, for links and exports. */
export function filterQuery(filter: Partial<ClaimFilterInput>, extra: Record<string, string> = {}): string {
  const params = new URLSearchParams();
  for (const k of FILTER_KEYS) if (filter[k]) params.set(k, filter[k]!);
  for (const [k, v] of Object.entries(extra)) params.set(k, v);
  const s = params.toString();
  return s ? `?${s}` : "";
}
