import "server-only";
import { cache } from "react";
import { db } from "./db";
import { AppError } from "./errors";

export type Actor = { id: string; name: string; role: "admin" | "editor" };
export type Session = { user: Actor };

// Until editor accounts land (see docs/decisions/0003-editor-access.md), the
// desk acts as one shared editor account, created on first use. Every write
// already goes through requireEditor(), so accounts only replace this file.
const DESK_EDITOR = { email: "desk@hindsight.local", name: "Desk editor" };

async function deskEditor(): Promise<Actor> {
  const user = await db.user.upsert({
    where: { email: DESK_EDITOR.email },
    update: {},
    create: { email: DESK_EDITOR.email, name: DESK_EDITOR.name, role: "editor" },
    select: { id: true, name: true, role: true },
  });
  return user;
}

export const getSession = cache(async (): Promise<Session | null> => ({ user: await deskEditor() }));

export async function requireEditor(): Promise<Actor> {
  const session = await getSession();
  if (!session) throw new AppError("unauthorized", "Sign in as an editor to do this.");
  return session.user;
}
