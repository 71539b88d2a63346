import { z } from "zod";
import { RATINGS } from "@/lib/verdicts";
import { cleanString, IdSchema, requiredText } from "./common";

// The desk's claim and article lists (issue 14): one schema per list for
// what the URL holds, so the page, the API and a saved view read the same
// query. Blank fields count as absent (an emptied search box).

const blank = <T extends z.ZodType>(schema: T) => z.preprocess((v) => (typeof v === "string" && v.trim() === "" ? undefined : v), schema.optional());
const slug = z
  .string()
  .trim()
  .max(120)
  .regex(/^[a-z0-9-]*$/, "Use the address (slug) as shown in links.");
const q = cleanString("The search").trim().max(200, "Search for at most 200 characters.");
const cursor = cleanString("The cursor").max(300);
/** The assignee filter's two words; any other value is an editor's id. */
export const ASSIGNEE_ME = "me";
export const ASSIGNEE_NONE = "unassigned";

/**
 * Whose work: "me" (the signed-in editor), "unassigned", or an editor's id.
 * Kept as "me" in a URL or saved view, so a shared view shows each editor their own.
 */
const assignee = z
  .string()
  .trim()
  .max(64)
  .regex(/^[A-Za-z0-9_-]+$/, "Use me, unassigned or an editor's id.");
const limit = z.coerce.number({ error: "Use a number of rows." }).int().min(1, "At least 1 row.").max(100, "At most 100 rows a page.");

const CLAIM_SORTS = ["newest", "oldest", "deadline", "outlet", "source"] as const;
const ARTICLE_SORTS = ["newest", "oldest", "title", "outlet"] as const;
export const DESK_PAGE_SIZE = 50;

/**
 * The claim list's filters. To add one: a
 * field here, its URL key in CLAIM_LIST_KEYS, its condition in
 * server/worklists/claim-list.ts (`claimConditions`) and its control in
 * components/editor/worklists/claim-filters.tsx.
 */
export const ClaimListSchema = z.object({
  q: blank(q),
  event: blank(slug),
  outlet: blank(slug),
  verdict: blank(z.enum([...RATINGS, "pending"], { error: `Use one of: pending, ${RATINGS.join(", ")}.` })),
  state: blank(z.enum(["draft", "published"], { error: "Use draft or published." })),
  overdue: blank(z.enum(["1"], { error: "Use 1 for claims past their deadline." })),
  flagged: blank(z.enum(["1"], { error: "Use 1 for flagged claims." })),
  assignee: blank(assignee),
  sort: blank(z.enum(CLAIM_SORTS, { error: `Sort by one of: ${CLAIM_SORTS.join(", ")}.` })),
  cursor: blank(cursor),
  limit: blank(limit),
});
export type ClaimListInput = z.output<typeof ClaimListSchema>;
const CLAIM_LIST_KEYS = ["q", "event", "outlet", "verdict", "state", "overdue", "flagged", "assignee", "sort"] as const;

export const ArticleListSchema = z.object({
  q: blank(q),
  event: blank(slug),
  outlet: blank(slug),
  assignee: blank(assignee),
  sort: blank(z.enum(ARTICLE_SORTS, { error: `Sort by one of: ${ARTICLE_SORTS.join(", ")}.` })),
  cursor: blank(cursor),
  limit: blank(limit),
});
export type ArticleListInput = z.output<typeof ArticleListSchema>;
const ARTICLE_LIST_KEYS = ["q", "event", "outlet", "assignee", "sort"] as const;

const LIST_NAMES = ["claims", "articles"] as const;
export type ListName = (typeof LIST_NAMES)[number];

/** A list's filters as a URL query (no cursor: a view starts at its first page), keys in a fixed order so equal views read alike. */
export function listQuery(list: ListName, values: Record<string, string | undefined>): string {
  const params = new URLSearchParams();
  for (const k of list === "claims" ? CLAIM_LIST_KEYS : ARTICLE_LIST_KEYS) if (values[k]) params.set(k, values[k]);
  return params.toString();
}

/** The list's input from URL search params: its keys and the cursor, present ones only (so server and browser build the same query key). */
export function listInput(list: ListName, params: URLSearchParams | Record<string, string | string[] | undefined>): Record<string, string> {
  const get = (k: string) => {
    if (params instanceof URLSearchParams) return params.get(k) ?? undefined;
    const v = params[k];
    return Array.isArray(v) ? v[0] : v;
  };
  const out: Record<string, string> = {};
  for (const k of [...(list === "claims" ? CLAIM_LIST_KEYS : ARTICLE_LIST_KEYS), "cursor"]) {
    const v = get(k);
    if (v && v.trim()) out[k] = v;
  }
  return out;
}

export const SavedViewCreateSchema = z.object({
  list: z.enum(LIST_NAMES, { error: "Use claims or articles." }),
  name: requiredText("The name", 80),
  /** The list's URL query without "?"; checked against the list's schema before it is kept. */
  query: cleanString("The query").max(1000, "The query is too long."),
});
export const SavedViewListSchema = z.object({ list: blank(z.enum(LIST_NAMES, { error: "Use claims or articles." })) });

/** The bulk actions. Each names what it needs beside the claims (server/worklists/bulk-actions.ts). */
const BULK_ACTIONS = ["publish", "unpublish", "move_event", "link_rumor", "flag", "unflag", "assign", "request_review"] as const;
export type BulkActionName = (typeof BULK_ACTIONS)[number];

export const BulkActionSchema = z.object({
  action: z.enum(BULK_ACTIONS, { error: `Use one of: ${BULK_ACTIONS.join(", ")}.` }),
  claimIds: z.array(IdSchema).min(1, "Choose at least one claim.").max(200, "At most 200 claims at once."),
  /** move_event: the event's id (null takes the claims off their event). */
  eventId: IdSchema.nullable().optional(),
  /** link_rumor: the rumor's id. */
  rumorId: IdSchema.optional(),
  /** assign: the editor's id (null unassigns). */
  assigneeId: IdSchema.nullable().optional(),
});
export type BulkActionInput = z.input<typeof BulkActionSchema>;
