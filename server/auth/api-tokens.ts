import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { ApiTokenCreateSchema } from "@/lib/schemas/api-token";
import { db } from "@/server/platform/db";
import { notFound, parseInput } from "@/server/platform/errors";
import { isReadOnlyError } from "@/server/platform/read-only";

const PREFIX = "hst_";

const hashToken = (token: string) => createHash("sha256").update(token).digest("hex");

/**
 * How stale a token's "last used" may get before a request records it again:
 * a write on every API call was a database round trip per request (issue 12's
 * matching bench), and the token list only shows the day.
 */
export const LAST_USED_EVERY_MS = 60_000;

/** The editor behind a Bearer token, or null for an unknown, revoked or disabled one. */
export async function actorForToken(token: string) {
  if (!token.startsWith(PREFIX) || token.length > 200) return null;
  const row = await db.apiToken.findUnique({
    where: { tokenHash: hashToken(token) },
    select: { id: true, revokedAt: true, lastUsedAt: true, user: { select: { id: true, name: true, email: true, role: true, disabledAt: true } } },
  });
  if (!row || row.revokedAt || row.user.disabledAt) return null;
  // Best-effort: a token still works when its use cannot be recorded (a read-only database).
  const now = new Date();
  if (!row.lastUsedAt || now.getTime() - row.lastUsedAt.getTime() >= LAST_USED_EVERY_MS)
    await db.apiToken.update({ where: { id: row.id }, data: { lastUsedAt: now } }).catch((error: unknown) => {
      if (!isReadOnlyError(error)) throw error;
    });
  const { disabledAt: _, ...user } = row.user;
  return user;
}

/** Creates a token for `userId`; the token itself is returned this once and never stored. */
export async function createApiToken(userId: string, input: unknown) {
  const data = parseInput(ApiTokenCreateSchema, input);
  const token = PREFIX + randomBytes(32).toString("base64url");
  const row = await db.apiToken.create({
    data: { userId, name: data.name, tokenHash: hashToken(token), prefix: token.slice(0, PREFIX.length + 6) },
    select: { id: true, name: true, prefix: true, createdAt: true },
  });
  return { ...row, token };
}

export function listApiTokens(userId: string) {
  return db.apiToken.findMany({
    where: { userId, revokedAt: null },
    orderBy: { createdAt: "desc" },
    select: { id: true, name: true, prefix: true, createdAt: true, lastUsedAt: true },
  });
}

/** Revokes one of `userId`'s tokens (admins may pass null to revoke anyone's). */
export async function revokeApiToken(id: string, userId: string | null) {
  const found = await db.apiToken.findFirst({ where: { id, ...(userId ? { userId } : {}), revokedAt: null }, select: { id: true } });
  if (!found) throw notFound("The token");
  await db.apiToken.update({ where: { id }, data: { revokedAt: new Date() } });
}
