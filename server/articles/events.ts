import "server-only";
import { EventArchiveSchema, EventUpdateSchema } from "@/lib/schemas/editing";
import { EventInputSchema } from "@/lib/schemas/event";
import { parseDay } from "@/lib/dates";
import { slugify } from "@/lib/text";
import { db, type Tx } from "@/server/platform/db";
import { audit, auditRefused } from "@/server/auth/audit";
import { refuseProblems, rumorRuleProblems } from "@/server/claims/rules";
import { AppError, notFound, parseInput } from "@/server/platform/errors";
import { readerChanged } from "@/server/cache/reader-cache";
import { requireEditor, type Actor } from "@/server/auth/session";

const eventSelect = {
  id: true,
  name: true,
  slug: true,
  date: true,
  timeZone: true,
  startTime: true,
  place: true,
  description: true,
  version: true,
  archivedAt: true,
} as const;

export async function createEvent(input: unknown, actor?: Actor | null) {
  const who = actor === undefined ? await requireEditor() : actor;
  const data = parseInput(EventInputSchema, input);
  const slug = data.slug ?? slugify(`${data.name} ${data.date.slice(0, 4)}`);
  const taken = await db.event.findUnique({ where: { slug }, select: { id: true } });
  if (taken) throw new AppError("conflict", `An event with the address “${slug}” already exists.`, { slug: ["Already in use."] });
  const event = await db.$transaction(async (tx) => {
    const event = await tx.event.create({
      data: {
        ...data,
        slug,
        date: parseDay(data.date)!,
        timeZone: data.timeZone ?? null,
        startTime: data.startTime ?? null,
        place: data.place ?? null,
        description: data.description ?? null,
      },
      select: eventSelect,
    });
    await audit(tx, who, { action: "event.create", entityType: "event", entityId: event.id, after: event });
    return event;
  });
  readerChanged({ eventIds: [event.id] });
  return event;
}

/** Compare-and-swap on the event's version; a stale attempt is refused (409) and recorded as refused. */
async function eventWrite<T>(who: Actor | null, id: string, action: string, version: number, after: unknown, fn: (tx: Tx) => Promise<T>) {
  let current: unknown = null;
  try {
    return await db.$transaction(async (tx) => {
      const updated = await tx.event.updateMany({ where: { id, version }, data: { version: { increment: 1 } } });
      if (updated.count === 0) {
        current = await tx.event.findUnique({ where: { id }, select: eventSelect });
        if (!current) throw notFound("The event");
        const now = (current as { version: number }).version;
        throw new AppError("conflict", `Someone else changed this event meanwhile (it is now at version ${now}). Reload to see their change.`, undefined, {
          currentVersion: now,
          current,
        });
      }
      return fn(tx);
    });
  } catch (error) {
    if (error instanceof AppError && error.code === "conflict" && current) {
      await auditRefused(who, { action, entityType: "event", entityId: id, before: current, after });
    }
    throw error;
  }
}

/**
 * `PATCH /api/v1/events/{id}`: every field, with the event's version. A new
 * day, start time or time zone re-checks every claim (before) and evidence
 * (after) of its rumors; if any would break, the edit is refused with the list.
 */
export async function updateEvent(id: string, input: unknown, actor?: Actor | null) {
  const who = actor === undefined ? await requireEditor() : actor;
  const { version, ...data } = parseInput(EventUpdateSchema, input);
  const event = await eventWrite(who, id, "event.update", version, data, async (tx) => {
    const before = await tx.event.findUniqueOrThrow({ where: { id }, select: eventSelect });
    const slug = data.slug ?? before.slug;
    if (slug !== before.slug && (await tx.event.findUnique({ where: { slug }, select: { id: true } }))) {
      throw new AppError("conflict", `An event with the address “${slug}” already exists.`, { slug: ["Already in use."] });
    }
    const after = await tx.event.update({
      where: { id },
      data: {
        name: data.name,
        slug,
        date: parseDay(data.date)!,
        timeZone: data.timeZone ?? null,
        startTime: data.startTime ?? null,
        place: data.place ?? null,
        description: data.description ?? null,
      },
      select: eventSelect,
    });
    const rumors = await tx.rumor.findMany({ where: { eventId: id }, select: { id: true } });
    refuseProblems(
      await rumorRuleProblems(
        tx,
        rumors.map((r) => r.id),
      ),
      "This event time",
    );
    await audit(tx, who, { action: "event.update", entityType: "event", entityId: id, before, after });
    return after;
  });
  readerChanged({ eventIds: [id] });
  return event;
}

/**
 * `POST /api/v1/events/{id}/archive|unarchive`: an archived event keeps its
 * claims and reader page but is no longer offered for new claims on the desk.
 */
export async function setEventArchived(id: string, input: unknown, archived: boolean, actor?: Actor | null) {
  const who = actor === undefined ? await requireEditor() : actor;
  const { version } = parseInput(EventArchiveSchema, input);
  const action = archived ? "event.archive" : "event.unarchive";
  return eventWrite(who, id, action, version, { archived }, async (tx) => {
    const before = await tx.event.findUniqueOrThrow({ where: { id }, select: eventSelect });
    const after = await tx.event.update({ where: { id }, data: { archivedAt: archived ? (before.archivedAt ?? new Date()) : null }, select: eventSelect });
    await audit(tx, who, { action, entityType: "event", entityId: id, before, after });
    return after;
  });
}

export async function listEvents() {
  return db.event.findMany({ orderBy: { date: "desc" }, select: { ...eventSelect, _count: { select: { claims: true } } } });
}

/** An event by its address, for its reader page; null when unknown. */
export async function findEventBySlug(slug: string) {
  return db.event.findUnique({ where: { slug }, select: eventSelect });
}
