import "server-only";
import { invalid } from "./errors";

// Keyset ("seek") cursors: the sort key of the last item of a page, so the
// next page starts with `WHERE key > last` on an index and costs the same
// however deep it is (OFFSET would read and skip every earlier row).
// Opaque to clients: base64url of a small JSON array.

type KeyPart = "date" | "string" | "int";
type KeyValue<T extends KeyPart> = T extends "date" ? Date : T extends "int" ? number : string;

export function encodeKey(values: (Date | string | number)[]): string {
  return Buffer.from(JSON.stringify(values.map((v) => (v instanceof Date ? v.toISOString() : v))), "utf8").toString("base64url");
}

const badCursor = () => invalid("The cursor is not one this API returned.", { cursor: ["Use nextCursor from a previous page."] });

/** The values of a cursor made by encodeKey, checked against the expected parts; throws `invalid` otherwise. */
export function decodeKey<const T extends readonly KeyPart[]>(cursor: string, parts: T): { [K in keyof T]: KeyValue<T[K]> } {
  let values: unknown;
  try {
    values = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
  } catch {
    throw badCursor();
  }
  if (!Array.isArray(values) || values.length !== parts.length) throw badCursor();
  return parts.map((part, i) => {
    const v = values[i];
    if (part === "int") {
      if (!Number.isSafeInteger(v)) throw badCursor();
      return v;
    }
    if (typeof v !== "string" || v.length > 300) throw badCursor();
    if (part === "date") {
      const d = new Date(v);
      if (Number.isNaN(d.getTime())) throw badCursor();
      return d;
    }
    return v;
  }) as { [K in keyof T]: KeyValue<T[K]> };
}

/** Decodes a cursor that may also be a bare id (what earlier releases returned); null if it is not a key. */
export function tryDecodeKey<const T extends readonly KeyPart[]>(cursor: string, parts: T) {
  try {
    return decodeKey(cursor, parts);
  } catch {
    return null;
  }
}
