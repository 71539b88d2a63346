// Lead time: how long before the outcome an article said it (issue 12).

const DAY_MS = 86_400_000;

/** Whole days from `publishedAt` to `until` (the outcome date, else the event's day, else the deadline); negative when published after it. */
export function leadDays(publishedAt: Date, until: Date): number {
  return Math.floor((until.getTime() - publishedAt.getTime()) / DAY_MS);
}

/** The median of `values` (the mean of the middle two for an even count); null for none. */
export function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}
