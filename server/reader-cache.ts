import "server-only";

export type ReaderChange = { claimIds?: string[]; eventIds?: string[]; articleIds?: string[] };

/**
 * Every write that changes what readers can see calls this after it
 * commits, so reader-side caching has one place to be told. Reader pages
 * are rendered on each request for now, so there is nothing to drop yet.
 */
export function readerChanged(change: ReaderChange = {}): void {
  void change;
}
