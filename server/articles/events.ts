import "server-only";
import { EventInputSchema } from "@/lib/schemas/event";
import { parseDay } from "@/lib/dates";
import { slugify } from "@/lib/text";
import { db } from "@/server/platform/db";
import { audit } from "@/server/auth/audit";
import { AppError, parseInput } from "@/server/platform/errors";
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

export async function listEvents() {
  return db.event.findMany({ orderBy: { date: "desc" }, select: { ...eventSelect, _count: { select: { claims: true } } } });
}

/** An event by its address, for its reader page; null when unknown. */
export async function findEventBySlug(slug: string) {
  return db.event.findUnique({ where: { slug }, select: eventSelect });
}
