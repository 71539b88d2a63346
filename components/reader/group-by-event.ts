import type { ClaimLine } from "@/lib/contracts/reader";

type ClaimEvent = NonNullable<ClaimLine["event"]>;
export type EventGroupData = { event: ClaimEvent | null; claims: ClaimLine[] };

/**
 * Groups claims by event, newest event first, keeping each group's claims in
 * the order given; event-less claims come last.
 */
export function groupByEvent(claims: ClaimLine[]): EventGroupData[] {
  const byEvent = new Map<string, EventGroupData>();
  const loose: ClaimLine[] = [];
  for (const claim of claims) {
    if (!claim.event) {
      loose.push(claim);
      continue;
    }
    const group = byEvent.get(claim.event.id) ?? { event: claim.event, claims: [] };
    group.claims.push(claim);
    byEvent.set(claim.event.id, group);
  }
  // ISO days sort as strings; the name breaks ties so the order is stable.
  const groups = [...byEvent.values()].sort((a, b) => b.event!.date.localeCompare(a.event!.date) || a.event!.name.localeCompare(b.event!.name));
  if (loose.length > 0) groups.push({ event: null, claims: loose });
  return groups;
}
