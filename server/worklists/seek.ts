import "server-only";
import { invalid } from "@/server/platform/errors";
import { decodeKey, encodeKey } from "@/server/platform/keyset";

// Keyset paging for the desk's lists, whatever the sort: a sort is one
// column (possibly on a relation, possibly nullable, nulls last) with the
// id as tie-break in the same direction, and the cursor is that pair of the
// page's last row. Built as Prisma where/orderBy objects so it works the
// same on SQLite and PostgreSQL, each comparing with its own collation.

export type Sort = {
  /** The column, through relations: ["rumor", "deadline"]. */
  path: readonly string[];
  dir: "asc" | "desc";
  kind: "date" | "string";
  nullable?: boolean;
};

type Key = { value: Date | string | null; id: string };
type Where = Record<string, unknown>;

const nest = (path: readonly string[], leaf: unknown): Where => path.reduceRight<unknown>((inner, field) => ({ [field]: inner }), leaf) as Where;

export function orderOf(sort: Sort): Where[] {
  return [nest(sort.path, sort.nullable ? { sort: sort.dir, nulls: "last" } : sort.dir), { id: sort.dir }];
}

function valueAt(row: unknown, path: readonly string[]): Date | string | null {
  let v: unknown = row;
  for (const field of path) v = v == null ? null : (v as Record<string, unknown>)[field];
  return (v ?? null) as Date | string | null;
}

export function encodeCursor(sort: Sort, row: { id: string }): string {
  const v = valueAt(row, sort.path);
  return encodeKey([v === null ? "" : v, row.id]);
}

export function decodeCursor(sort: Sort, cursor: string): Key {
  const [raw, id] = decodeKey(cursor, ["string", "string"]);
  if (raw === "") {
    if (!sort.nullable) throw invalid("The cursor is not one this list returned.", { cursor: ["Use nextCursor from the same sort."] });
    return { value: null, id };
  }
  if (sort.kind === "string") return { value: raw, id };
  const date = new Date(raw);
  if (Number.isNaN(date.getTime())) throw invalid("The cursor is not one this list returned.", { cursor: ["Use nextCursor from the same sort."] });
  return { value: date, id };
}

/** Rows after `key` in the sort's order (nulls last). */
export function after(sort: Sort, key: Key): Where {
  const beyond = sort.dir === "asc" ? "gt" : "lt";
  if (key.value === null) return { AND: [nest(sort.path, null), { id: { [beyond]: key.id } }] };
  return {
    OR: [
      nest(sort.path, { [beyond]: key.value }),
      { AND: [nest(sort.path, { equals: key.value }), { id: { [beyond]: key.id } }] },
      ...(sort.nullable ? [nest(sort.path, null)] : []),
    ],
  };
}
