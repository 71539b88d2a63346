import "server-only";
import type { z } from "zod";
import { fieldErrors, type FieldErrors } from "@/lib/form-errors";

export type ErrorCode = "bad_request" | "unauthorized" | "forbidden" | "not_found" | "conflict" | "duplicate" | "too_large" | "invalid" | "read_only";

const STATUS: Record<ErrorCode, number> = {
  bad_request: 400,
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  duplicate: 409,
  too_large: 413,
  invalid: 422,
  read_only: 503,
};

export type { FieldErrors } from "@/lib/form-errors";

/** An error meant for the person who made the request: its message is shown as is. */
export class AppError extends Error {
  readonly status: number;
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly fields?: FieldErrors,
    readonly details?: unknown,
  ) {
    super(message);
    this.status = STATUS[code];
  }
}

export const notFound = (what: string) => new AppError("not_found", `${what} was not found.`);
export const invalid = (message: string, fields?: FieldErrors) => new AppError("invalid", message, fields);

export { fieldErrors };

/** Parses with a shared schema and turns failures into a 422 with field messages. */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const result = schema.safeParse(input);
  if (!result.success) {
    const fields = fieldErrors(result.error);
    const first = Object.values(fields)[0]?.[0] ?? "Invalid input.";
    throw new AppError("invalid", first, fields);
  }
  return result.data;
}
