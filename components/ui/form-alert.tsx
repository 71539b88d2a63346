import { ApiError } from "@/lib/query/api";

export type FormAlertProps = { error: unknown; success?: string | null };

/** The form-level outcome: the server's own message on failure. */
export function FormAlert({ error, success }: FormAlertProps) {
  if (error) {
    const message = error instanceof ApiError || error instanceof Error ? error.message : "Something went wrong.";
    return (
      <div className="alert alert-error" role="alert">
        {message}
      </div>
    );
  }
  if (success) {
    return (
      <div className="alert alert-ok" role="status">
        {success}
      </div>
    );
  }
  return null;
}
