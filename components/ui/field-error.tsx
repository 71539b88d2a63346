import type { FieldErrors } from "@/lib/form-errors";

export type FieldErrorProps = { errors: FieldErrors | undefined; name: string; id?: string };

export function FieldError({ errors, name, id }: FieldErrorProps) {
  const messages = errors?.[name];
  if (!messages?.length) return null;
  return (
    <p className="field-error" id={id} role="alert">
      {messages[0]}
    </p>
  );
}
