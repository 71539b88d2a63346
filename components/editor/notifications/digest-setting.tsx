"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { getNotificationSettings, updateNotificationSettings } from "@/lib/contracts/api/notes";
import { call } from "@/lib/query/call";
import { endpointQuery } from "@/lib/query/endpoint-query";
import { FormAlert } from "@/components/ui/form-alert";

/** The editor's opt-out of email digests (shown only when the deployment sends email). */
export function DigestSetting() {
  const queryClient = useQueryClient();
  const query = endpointQuery(getNotificationSettings);
  const settings = useQuery(query).data;
  const save = useMutation({
    mutationFn: (emailDigest: boolean) => call(updateNotificationSettings, { input: { emailDigest } }),
    onSuccess: (data) => queryClient.setQueryData(query.queryKey, data),
  });
  if (!settings?.emailAvailable) return null;
  return (
    <section aria-labelledby="digest-heading" className="stack">
      <h2 id="digest-heading">Email</h2>
      <label>
        <input type="checkbox" checked={settings.emailDigest} disabled={save.isPending} onChange={(e) => save.mutate(e.target.checked)} /> Email me a digest of
        unread notifications
      </label>
      <FormAlert error={save.error} />
    </section>
  );
}
