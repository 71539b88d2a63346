import "server-only";
import { headers } from "next/headers";
import { cache } from "react";
import { actorForToken } from "./api-tokens";
import { auth } from "./auth";
import { db } from "@/server/platform/db";
import { AppError } from "@/server/platform/errors";
import { isReadOnlyError } from "@/server/platform/read-only";
import { currentRequest } from "@/server/platform/request-context";

type Role = "admin" | "editor";
export type Actor = { id: string; name: string; email: string; role: Role };
export type Session = { user: Actor; via: "cookie" | "token" };

async function requestHeaders(): Promise<Headers> {
  const request = currentRequest();
  if (request) return request.headers;
  return new Headers(await headers());
}

function bearerToken(h: Headers): string | null {
  const value = h.get("authorization");
  const match = value?.match(/^Bearer\s+(\S+)\s*$/i);
  return match ? match[1]! : null;
}

async function resolveSession(): Promise<Session | null> {
  const h = await requestHeaders();
  const token = bearerToken(h);
  if (token) {
    const user = await actorForToken(token);
    return user ? { user: user as Actor, via: "token" } : null;
  }
  if (!h.get("cookie")) return null;
  // A session due for its refresh writes; on a read-only database read it without (issue 11).
  const result = await auth.api.getSession({ headers: h }).catch((error: unknown) => {
    if (!isReadOnlyError(error)) throw error;
    return auth.api.getSession({ headers: h, query: { disableRefresh: true } });
  });
  if (!result) return null;
  // Read the account fresh: a disabled account or a changed role applies at
  // once, not when the session expires.
  const user = await db.user.findUnique({
    where: { id: result.user.id },
    select: { id: true, name: true, email: true, role: true, disabledAt: true },
  });
  if (!user || user.disabledAt) return null;
  return { user: { id: user.id, name: user.name, email: user.email, role: user.role }, via: "cookie" };
}

/** The signed-in editor (cookie or API token), or null for a reader. */
export const getSession = cache(resolveSession);

export async function requireEditor(): Promise<Actor> {
  const session = await getSession();
  if (!session) throw new AppError("unauthorized", "Sign in as an editor to do this.");
  return session.user;
}

export async function requireAdmin(): Promise<Actor> {
  const user = await requireEditor();
  if (user.role !== "admin") throw new AppError("forbidden", "Only an admin can do this.");
  return user;
}
