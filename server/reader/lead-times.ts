import "server-only";
import type { LeadTime } from "@/lib/contracts/reader";
import { LEAD_SAMPLE, leadDays, median } from "@/lib/lead-time";
import { db, Prisma } from "@/server/platform/db";

type Row = { sourceAt: Date | string; eventDate: Date | string | null; deadline: Date | string | null };

/**
 * How early an outlet was when it was right: the median, over its most
 * recent LEAD_SAMPLE (lib/lead-time.ts) published claims rated confirmed (through their stance
 * or override), of the days from the article to the rumor's event (or
 * deadline when it has none). One query walking the outlet's claims newest
 * first on the (outletId, sourceAt, …) index until it has enough, with two
 * primary-key lookups per claim.
 */
export async function outletLeadTime(outletId: string): Promise<LeadTime> {
  // Plain SQL: Prisma would load the rumors and events through IN (…) lists.
  const rows = await db.$queryRaw<Row[]>(Prisma.sql`
    SELECT c."sourceAt" AS "sourceAt", e."date" AS "eventDate", r."deadline" AS "deadline"
    FROM "Claim" c
    JOIN "Rumor" r ON r."id" = c."rumorId"
    LEFT JOIN "Event" e ON e."id" = c."eventId"
    WHERE c."outletId" = ${outletId} AND c."publishedAt" IS NOT NULL AND c."rating" = 'confirmed'
    ORDER BY c."sourceAt" DESC, c."quoteStart" DESC, c."id" DESC
    LIMIT ${LEAD_SAMPLE}`);
  const days = rows.flatMap((r) => {
    const until = r.eventDate ?? r.deadline;
    return until === null ? [] : [leadDays(new Date(r.sourceAt), new Date(until))];
  });
  return { n: days.length, medianDays: median(days) };
}
