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

/**
 * When an event starts: its calendar day (stored at 00:00 UTC) at its start
 * time (`HH:MM`, default the start of the day) in its own time zone (an IANA
 * name; none means UTC, as events were before time zones counted).
 */
export type EventTiming = { date: Date | string; startTime?: string | null; timeZone?: string | null };

/** An IANA zone name as `Area/Location` (or UTC); abbreviations such as "PST" or "CET" are ambiguous and refused. */
export function isIanaTimeZone(tz: string): boolean {
  if (!/^(UTC|Etc\/[\w+-]+|[A-Z][A-Za-z_]+(\/[A-Za-z0-9_+-]+)+)$/.test(tz)) return false;
  try {
    new Intl.DateTimeFormat("en", { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}

/** The zone to compute in: the event's if the runtime knows it (older rows may hold names it resolves, such as "PST"), else UTC. */
function zoneOf(tz: string | null | undefined): string {
  if (!tz) return "UTC";
  try {
    new Intl.DateTimeFormat("en", { timeZone: tz });
    return tz;
  } catch {
    return "UTC";
  }
}

/** The offset of `zone` from UTC at `instant`, in milliseconds. */
function offsetAt(instant: number, zone: string): number {
  const parts = new Intl.DateTimeFormat("en-US", {
    timeZone: zone,
    hourCycle: "h23",
    year: "numeric",
    month: "numeric",
    day: "numeric",
    hour: "numeric",
    minute: "numeric",
    second: "numeric",
  })
    .formatToParts(new Date(instant))
    .reduce<Record<string, number>>((acc, p) => (p.type === "literal" ? acc : { ...acc, [p.type]: Number(p.value) }), {});
  const local = Date.UTC(parts.year!, parts.month! - 1, parts.day!, parts.hour!, parts.minute!, parts.second!);
  return local - Math.floor(instant / 1000) * 1000;
}

/** The instant an event starts (see EventTiming); in a DST gap, the first valid instant after it. */
export function eventStart(event: EventTiming): Date {
  const day = dayOf(typeof event.date === "string" ? new Date(event.date) : event.date);
  const [h, m] = (event.startTime ?? "00:00").split(":").map(Number);
  const wall = Date.UTC(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10)), h ?? 0, m ?? 0);
  const zone = zoneOf(event.timeZone);
  // Two passes settle the offset around a DST change.
  let guess = wall - offsetAt(wall, zone);
  guess = wall - offsetAt(guess, zone);
  return new Date(guess);
}

/** The calendar day of an instant in a zone (`YYYY-MM-DD`). */
export function dayIn(date: Date, timeZone?: string | null): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone: zoneOf(timeZone), year: "numeric", month: "2-digit", day: "2-digit" }).format(date);
}

/**
 * Pre-event means published before the event started, by the event's own
 * clock: an article at 2024-09-08T19:30-07:00 precedes a 9 September event in
 * California. An article dated by day only (stored at 00:00 UTC, as a bare
 * `YYYY-MM-DD`) is pre-event only if that day ends before the event's day
 * begins where it takes place: a day-only article of the event's own day
 * may be from after the start.
 */
export function isPreEvent(publishedAt: Date, event: EventTiming): boolean {
  const start = eventStart(event);
  if (publishedAt.getTime() >= start.getTime()) return false;
  const dayOnly = publishedAt.getTime() % 86_400_000 === 0;
  return !dayOnly || dayOf(publishedAt) < dayIn(start, event.timeZone);
}

/** A date and time as the event's place shows it: "8 Sept 2024, 19:30 (America/Los_Angeles)". */
export function formatInZone(date: Date, timeZone?: string | null): string {
  const zone = zoneOf(timeZone);
  const text = new Intl.DateTimeFormat("en-GB", {
    day: "numeric",
    month: "short",
    year: "numeric",
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
    timeZone: zone,
  }).format(date);
  return `${text} (${zone})`;
}

// Made once: building a DateTimeFormat costs far more than formatting with
// one, and a page of claims formats dozens of days.
const DAY_FORMAT = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" });

export function formatDay(date: Date | string): string {
  return DAY_FORMAT.format(typeof date === "string" ? new Date(date) : date);
}
