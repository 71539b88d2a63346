import "server-only";
import type { Prisma } from "@/server/platform/db";

/**
 * What readers may see of claims: every reader-side query (pages, feeds, the
 * public API, statistics) filters with this. Publishing narrows it to
 * published claims; the claim's current verdict is always the one readers see.
 */
export const readerClaimWhere: Prisma.ClaimWhereInput = { publishedAt: { not: null } };

/** Readers see published verdicts only; drafts stay on the desk. */
export const readerVerdictWhere: Prisma.VerdictWhereInput = { publishedAt: { not: null } };
