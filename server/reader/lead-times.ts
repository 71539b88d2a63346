import "server-only";
import type { LeadTime } from "@/lib/contracts/reader";
import { leadDays, median } from "@/lib/lead-time";
import { db, Prisma } from "@/server/platform/db";

type Row = { sourceAt: Date | string; eventDate: Date | string | null; deadline: Date | string | null };

/**
 * How early an outlet was when it was right: the median, over its published
 * claims rated confirmed (through their stance or override), of the days
 * from the article to the rumor's event (or deadline when it has none).
 * One query walking the outlet's claims on the (outletId, …) index and two
 * primary-key lookups per confirmed claim; the median needs every value, so
 * it reads the outlet's confirmed claims (a bounded share of one outlet).
 */
export async function outletLeadTime(outletId: string): Promise<LeadTime> {
  // Plain SQL: Prisma would load the rumors and events of a long list of
  // claims through one IN (…) list, past SQLite's parameter cap (ADR 0018).
  const rows = await db.$queryRaw<Row[]>(Prisma.sql`
    SELECT c."sourceAt" AS "sourceAt", e."date" AS "eventDate", r."deadline" AS "deadline"
    FROM "Claim" c
    JOIN "Rumor" r ON r."id" = c."rumorId"
    LEFT JOIN "Event" e ON e."id" = c."eventId"
    WHERE c."outletId" = ${outletId} AND c."publishedAt" IS NOT NULL AND c."rating" = 'confirmed'`);
  const days = rows.flatMap((r) => {
    const until = r.eventDate ?? r.deadline;
    return until === null ? [] : [leadDays(new Date(r.sourceAt), new Date(until))];
  });
  return { n: days.length, medianDays: median(days) };
}
