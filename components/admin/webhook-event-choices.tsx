import { WEBHOOK_EVENT_LABELS, WEBHOOK_EVENTS } from "@/lib/contracts/webhooks";

export type WebhookEventChoicesProps = { checked: readonly string[] };

/** The event checkboxes (name "events") of adding a webhook and of changing its events. */
export function WebhookEventChoices({ checked }: WebhookEventChoicesProps) {
  return WEBHOOK_EVENTS.map((e) => (
    <label key={e} className="row">
      <input type="checkbox" name="events" value={e} defaultChecked={checked.includes(e)} /> <code>{e}</code> — {WEBHOOK_EVENT_LABELS[e]}
    </label>
  ));
}
