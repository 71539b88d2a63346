import "server-only";
import { env } from "@/server/platform/env";

// Cache-Control for reader responses (docs/decisions/0026-shared-cache-and-static-csp.md).
// Anonymous: browsers revalidate every time (max-age=0; a 304 costs nothing),
// shared caches keep the copy for HINDSIGHT_SHARED_MAX_AGE seconds and may
// serve it stale while refetching. Signed in: nothing anywhere keeps it.
export const PUBLIC_READER_CACHE = `public, max-age=0, s-maxage=${env.HINDSIGHT_SHARED_MAX_AGE}, stale-while-revalidate=${env.HINDSIGHT_STALE_WHILE_REVALIDATE}`;
export const SIGNED_IN_CACHE = "private, no-store";
