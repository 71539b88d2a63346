import "server-only";

/** What a write changed, for the reader caches and the purge hook (its own module so purge.ts and reader-cache.ts need not import each other). */
export type ReaderChange = { claimIds?: string[]; rumorIds?: string[]; eventIds?: string[]; articleIds?: string[] };
