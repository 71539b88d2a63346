// Webhooks (issue 17, ADR 0033): the event types a newsroom's system can be
// told of, and the rows the desk's webhook page shows. Payloads: docs/api.md.

export const WEBHOOK_EVENTS = ["verdict.published", "verdict.changed", "claim.published", "rumor.voided", "stealth_edit.found"] as const;
export type WebhookEvent = (typeof WEBHOOK_EVENTS)[number] | "webhook.test";

export const WEBHOOK_EVENT_LABELS: Record<(typeof WEBHOOK_EVENTS)[number], string> = {
  "verdict.published": "Verdict published (first published verdict)",
  "verdict.changed": "Verdict changed (a published verdict replaced)",
  "claim.published": "Claim published",
  "rumor.voided": "Rumor voided",
  "stealth_edit.found": "Stealth edit found",
};

export type WebhookRow = {
  id: string;
  url: string;
  description: string;
  events: WebhookEvent[];
  active: boolean;
  version: number;
  createdAt: string;
};
/** The secret is in this answer once and never again. */
export type WebhookCreated = { webhook: WebhookRow; secret: string };

type DeliveryState = "pending" | "delivered" | "failed";
export type DeliveryRow = {
  id: string;
  webhookId: string;
  event: WebhookEvent;
  state: DeliveryState;
  attempts: number;
  lastStatus: number | null;
  lastError: string | null;
  /** When the next attempt is due; null once delivered or given up. */
  nextAttemptAt: string | null;
  deliveredAt: string | null;
  createdAt: string;
};
