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

/** A published claim as every event's body names it. */
export type WebhookClaim = {
  id: string;
  url: string;
  statement: string;
  attributedTo: string;
  stance: string;
  rating: string;
  publishedAt: string | null;
  outlet: { name: string; url: string };
  article: { title: string; url: string | null; publishedAt: string };
};

/** One version of an article's text as a `stealth_edit.found` body names it. */
type StealthEditVersion = {
  id: string;
  number: number;
  /** When a capture first showed this text. */
  capturedAt: string;
  /** The public archived text of a capture showing it (readers may open it: a published claim quotes the article). */
  captureId: string;
  archiveUrl: string;
};

/** A published claim's quote, or a public rumor's evidence, that the new version changed or dropped. */
type StealthEditAffected = {
  target: "claim" | "evidence";
  /** The claim's or the evidence's id. */
  id: string;
  kind: "changed" | "removed";
  quoteText: string;
  /** What the passage reads now ("changed" only). */
  replacement: string | null;
  /** The public page: the claim's, or the evidence's rumor's. */
  url: string;
  /** The desk claim page with the word diff (for evidence, a published claim of its rumor). */
  deskUrl: string;
};

/**
 * The `data` of a `stealth_edit.found` delivery (docs/api.md): a re-capture of
 * an article that a published claim quotes found a new text. Only what readers
 * may see is in it; `claims` has the shape of `claim.published`'s claim.
 */
export type StealthEditData = {
  article: { id: string; title: string; url: string | null; outlet: { name: string; url: string } };
  /** Its capture is the last one that still showed the old text (null only if that capture was since deleted). */
  previous: Omit<StealthEditVersion, "captureId" | "archiveUrl"> & { lastSeenAt: string | null; captureId: string | null; archiveUrl: string | null };
  version: StealthEditVersion;
  quotesAffected: boolean;
  affected: StealthEditAffected[];
  /** Where the desk shows the edit: the claim page's source record (versions, captures, word diff). */
  deskUrl: string;
  foundAt: string;
  summary: string;
  claims: WebhookClaim[];
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
