import "server-only";
import type { LeadTime } from "@/lib/contracts/reader";
import { db } from "@/server/platform/db";

/**
 * How early an outlet was when it was right: the exact median, over all its
 * published claims rated confirmed (through their stance or override) of
 * rumors that are not void, of the days from the article to the rumor's
 * outcome (its outcome date, else its event's day, else its deadline).
 * `Claim.leadDays` holds exactly those days, and only for those claims
 * (server/claims/facts.ts), so this is a count and one or two rows read at
 * an offset, both on the (outletId, leadDays) index.
 */
export async function outletLeadTime(outletId: string): Promise<LeadTime> {
  const where = { outletId, leadDays: { not: null } };
  const n = await db.claim.count({ where });
  if (n === 0) return { n, medianDays: null };
  const middle = await db.claim.findMany({
    where,
    orderBy: [{ leadDays: "asc" }],
    skip: (n - 1) >> 1,
    take: n % 2 ? 1 : 2,
    select: { leadDays: true },
  });
  const days = middle.map((c) => c.leadDays!);
  return { n, medianDays: days.length === 1 ? days[0]! : (days[0]! + days[1]!) / 2 };
}
