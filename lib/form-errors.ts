import type { z } from "zod";

export type FieldErrors = Record<string, string[]>;

/** zod issues keyed by field path, the `fields` of the API's error body. */
export function fieldErrors(error: z.ZodError): FieldErrors {
  const fields: FieldErrors = {};
  for (const issue of error.issues) {
    const key = issue.path.length ? issue.path.join(".") : "_";
    (fields[key] ??= []).push(issue.message);
  }
  return fields;
}
