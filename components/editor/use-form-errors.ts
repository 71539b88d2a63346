"use client";

import { useState } from "react";
import type { z } from "zod";
import { fieldErrors, type FieldErrors } from "@/lib/form-errors";
import { ApiError } from "@/lib/query/api";

/**
 * Field messages from the shared schema (checked in the browser before
 * sending) and from the server's answer, shown by the same <FieldError>.
 */
export function useFormErrors() {
  const [fields, setFields] = useState<FieldErrors>({});
  return {
    fields,
    clear: () => setFields({}),
    check<S extends z.ZodType>(schema: S, values: unknown): z.output<S> | null {
      const parsed = schema.safeParse(values);
      if (parsed.success) {
        setFields({});
        return parsed.data;
      }
      setFields(fieldErrors(parsed.error));
      return null;
    },
    fromServer(error: unknown) {
      if (error instanceof ApiError) setFields(error.fields);
    },
  };
}
