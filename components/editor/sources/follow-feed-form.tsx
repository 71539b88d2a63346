"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useId, useState, type FormEvent } from "react";
import { FieldError } from "@/components/ui/field-error";
import { FormAlert } from "@/components/ui/form-alert";
import { addFeed } from "@/lib/contracts/api/sources";
import { call } from "@/lib/query/call";
import { ApiError } from "@/lib/query/api";

export type FollowFeedFormProps = { outlets: { id: string; name: string }[] };

/** Follows an outlet's RSS or Atom feed: polled now, then on the schedule. */
export function FollowFeedForm({ outlets }: FollowFeedFormProps) {
  const id = useId();
  const router = useRouter();
  const [outletId, setOutletId] = useState(outlets[0]?.id ?? "");
  const [url, setUrl] = useState("");
  const adding = useMutation({
    mutationFn: () => call(addFeed, { input: { outletId, url } }),
    onSuccess: () => {
      setUrl("");
      router.refresh();
    },
  });
  const fields = adding.error instanceof ApiError ? adding.error.fields : {};
  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    adding.mutate();
  };
  if (outlets.length === 0) return <p className="muted">Add an article first: a feed belongs to an outlet.</p>;
  return (
    <section className="card" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`} style={{ marginTop: 0 }}>
        Follow a feed
      </h2>
      <form onSubmit={submit} noValidate>
        <div className="grid-2">
          <div className="field">
            <label htmlFor={`${id}-outlet`}>Outlet</label>
            <select id={`${id}-outlet`} value={outletId} onChange={(e) => setOutletId(e.target.value)}>
              {outlets.map((o) => (
                <option key={o.id} value={o.id}>
                  {o.name}
                </option>
              ))}
            </select>
            <FieldError errors={fields} name="outletId" id={`${id}-outlet-error`} />
          </div>
          <div className="field">
            <label htmlFor={`${id}-url`}>Feed address (RSS or Atom)</label>
            <input
              id={`${id}-url`}
              value={url}
              onChange={(e) => setUrl(e.target.value)}
              aria-invalid={fields.url?.length ? true : undefined}
              aria-describedby={fields.url?.length ? `${id}-url-error` : undefined}
            />
            <FieldError errors={fields} name="url" id={`${id}-url-error`} />
          </div>
        </div>
        <FormAlert error={adding.error} />
        {adding.data ? <p role="status">Following the feed; its new items will appear here.</p> : null}
        <button type="submit" disabled={adding.isPending}>
          Follow feed
        </button>
      </form>
    </section>
  );
}
