// Articles and events are dated by calendar day. Days are stored as
// midnight UTC so that a day never shifts with the server's time zone.
const DAY_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function parseDay(value: string): Date | null {
  const m = DAY_RE.exec(value.trim());
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  // Reject rollovers such as 2024-02-31.
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) return null;
  return date;
}

const TIMESTAMP_RE = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(?:Z|[+-](\d{2}):(\d{2}))$/;
// Real UTC offsets run from -12:00 to +14:00.
const MAX_OFFSET_HOURS = 14;

/**
 * Accepts `YYYY-MM-DD` or a full ISO 8601 timestamp with an offset. Every
 * part must exist: `Date` would roll 2024-02-30T10:00Z over to 1 March,
 * and the day decides what is pre-event.
 */
export function parseDateInput(value: string): Date | null {
  const day = parseDay(value);
  if (day) return day;
  const m = TIMESTAMP_RE.exec(value.trim());
  if (!m || !parseDay(m[1]!)) return null;
  const part = (i: number) => Number(m[i] ?? 0);
  // Hours, minutes, seconds (no leap second: Date cannot hold one), then the offset.
  if (part(2) > 23 || part(3) > 59 || part(4) > 59 || part(5) > MAX_OFFSET_HOURS || part(6) > 59) return null;
  const date = new Date(value.trim());
  return Number.isNaN(date.getTime()) ? null : date;
}

export function dayOf(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** Pre-event means published on a calendar day before the event's day. */
export function isPreEvent(publishedAt: Date, eventDate: Date): boolean {
  return dayOf(publishedAt) < dayOf(eventDate);
}

export function formatDay(date: Date | string): string {
  const d = typeof date === "string" ? new Date(date) : date;
  return new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" }).format(d);
}
