"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { FormAlert } from "@/components/ui/form-alert";
import { deleteWebhook, patchWebhook, testWebhook } from "@/lib/contracts/api/webhooks";
import type { DeliveryRow, WebhookRow } from "@/lib/contracts/webhooks";
import { call } from "@/lib/query/call";
import { WebhookEventsForm } from "./webhook-events-form";
import styles from "./webhooks.module.css";

export type WebhookCardProps = { webhook: WebhookRow; deliveries: DeliveryRow[] };

const when = (iso: string | null) => (iso ? `${iso.slice(0, 10)} ${iso.slice(11, 19)} UTC` : "—");

/** One webhook: its events, pause/resume, "send test", delete, and its delivery log. */
export function WebhookCard({ webhook, deliveries }: WebhookCardProps) {
  const router = useRouter();
  const [error, setError] = useState<unknown>(null);
  const [done, setDone] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function run(action: () => Promise<string | null>) {
    setError(null);
    setDone(null);
    setBusy(true);
    try {
      setDone(await action());
      router.refresh();
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  }

  const test = () =>
    run(async () => {
      const d = await call(testWebhook, { params: { id: webhook.id } });
      return d.state === "delivered"
        ? `Test delivered (answer ${d.lastStatus}).`
        : `Test not delivered yet: ${d.lastError ?? "waiting for earlier deliveries"}`;
    });
  const toggle = () =>
    run(async () => {
      await call(patchWebhook, { params: { id: webhook.id }, input: { active: !webhook.active, version: webhook.version } });
      return webhook.active ? "Paused: events are kept and sent when you turn it back on." : "Turned on.";
    });
  const remove = () =>
    run(async () => {
      if (!window.confirm(`Delete the webhook to ${webhook.url} and its delivery log?`)) return null;
      await call(deleteWebhook, { params: { id: webhook.id } });
      return null;
    });

  const logId = `log-${webhook.id}`;
  return (
    <article className="card stack" aria-labelledby={`webhook-${webhook.id}`}>
      <h2 id={`webhook-${webhook.id}`} className={styles.url}>
        {webhook.url}
      </h2>
      {webhook.description && <p className="muted">{webhook.description}</p>}
      <p className="small">
        {webhook.active ? "On" : "Paused"} · events:{" "}
        {webhook.events.map((e) => (
          <code key={e}>{e} </code>
        ))}
      </p>
      <div className="row">
        <button type="button" onClick={test} disabled={busy || !webhook.active}>
          Send test
        </button>
        <button type="button" onClick={toggle} disabled={busy}>
          {webhook.active ? "Pause" : "Turn on"}
        </button>
        <button type="button" className="link-button" onClick={remove} disabled={busy}>
          Delete
        </button>
      </div>
      <FormAlert error={error} success={done} />
      <WebhookEventsForm webhook={webhook} />
      <h3 id={logId}>Delivery log</h3>
      {deliveries.length === 0 ? (
        <p className="muted">Nothing sent yet.</p>
      ) : (
        <div className={styles.scroll} role="region" aria-labelledby={logId} tabIndex={0}>
          <table>
            <thead>
              <tr>
                <th scope="col">Event</th>
                <th scope="col">Status</th>
                <th scope="col">Attempts</th>
                <th scope="col">Answer</th>
                <th scope="col">Next retry</th>
                <th scope="col">Recorded</th>
              </tr>
            </thead>
            <tbody>
              {deliveries.map((d) => (
                <tr key={d.id} data-testid="delivery">
                  <td>
                    <code>{d.event}</code>
                  </td>
                  <td>{d.state}</td>
                  <td>{d.attempts}</td>
                  <td>
                    {d.lastStatus ?? "—"}
                    {d.lastError && <span className="small muted"> {d.lastError}</span>}
                  </td>
                  <td>{when(d.nextAttemptAt)}</td>
                  <td>{when(d.createdAt)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </article>
  );
}
