// Records the SQL statements Prisma issues: importing this module sets the
// listener server/platform/db.ts hands to Prisma's query events, so import it before
// anything that imports server/platform/db.ts (statically, then the rest dynamically).
export type RecordedQuery = { query: string; params: unknown[] };

const recorded: RecordedQuery[] = [];
let on = false;

(globalThis as { hindsightOnQuery?: (e: { query: string; params: string }) => void }).hindsightOnQuery = (e) => {
  if (!on) return;
  let params: unknown[] = [];
  try {
    params = JSON.parse(e.params) as unknown[];
  } catch {}
  recorded.push({ query: e.query, params });
};

/** The statements `fn` issued (and its result). */
export async function recordQueries<T>(fn: () => Promise<T>): Promise<{ result: T; queries: RecordedQuery[] }> {
  recorded.length = 0;
  on = true;
  try {
    const result = await fn();
    return { result, queries: [...recorded] };
  } finally {
    on = false;
    recorded.length = 0;
  }
}
