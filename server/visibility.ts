import "server-only";
import type { Prisma } from "./db";

/**
 * What readers may see of claims: every reader-side query (pages, feeds, the
 * public API, statistics) filters with this. Publishing narrows it to
 * published claims; the claim's current verdict is always the one readers see.
 */
export const readerClaimWhere: Prisma.ClaimWhereInput = {};
