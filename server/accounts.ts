import "server-only";
import { randomBytes } from "node:crypto";
import { hashPassword } from "better-auth/crypto";
import { UserCreateSchema } from "@/lib/schemas/auth";
import { db } from "./db";
import { AppError, notFound, parseInput } from "./errors";

// Accounts are managed here — by the `npm run user` CLI and the admin pages —
// never by self sign-up. Passwords are hashed with Better Auth's own scrypt,
// so Better Auth's sign-in verifies them.

const userSelect = { id: true, email: true, name: true, role: true, disabledAt: true, lockedUntil: true, createdAt: true } as const;

export const generatePassword = () => randomBytes(18).toString("base64url");

export async function createAccount(input: unknown) {
  const data = parseInput(UserCreateSchema, input);
  const password = data.password ?? generatePassword();
  const hash = await hashPassword(password);
  const taken = await db.user.findUnique({ where: { email: data.email }, select: { id: true } });
  if (taken) throw new AppError("conflict", `An account for ${data.email} already exists.`, { email: ["Already has an account."] });
  const user = await db.$transaction(async (tx) => {
    const user = await tx.user.create({
      data: { email: data.email, name: data.name || data.email.split("@")[0]!, role: data.role, emailVerified: true },
      select: userSelect,
    });
    await tx.account.create({ data: { userId: user.id, accountId: user.id, providerId: "credential", password: hash } });
    return user;
  });
  return { user, password, generated: !data.password };
}

export function listAccounts() {
  return db.user.findMany({
    where: { accounts: { some: { providerId: "credential" } } },
    orderBy: { createdAt: "asc" },
    select: userSelect,
  });
}

async function findByEmailOrId(who: string) {
  const user = await db.user.findFirst({ where: { OR: [{ id: who }, { email: who.trim().toLowerCase() }] }, select: { id: true, email: true } });
  if (!user) throw notFound(`The account ${who}`);
  return user;
}

/** Disables (or re-enables) an account; disabling ends its sessions and tokens at once. */
export async function setAccountDisabled(who: string, disabled: boolean) {
  const user = await findByEmailOrId(who);
  await db.$transaction([
    db.user.update({ where: { id: user.id }, data: { disabledAt: disabled ? new Date() : null } }),
    ...(disabled
      ? [db.session.deleteMany({ where: { userId: user.id } }), db.apiToken.updateMany({ where: { userId: user.id, revokedAt: null }, data: { revokedAt: new Date() } })]
      : []),
  ]);
  return user;
}

/** Sets a new password (generated unless given), ends every session, clears a lockout. */
export async function resetPassword(who: string, password?: string) {
  const user = await findByEmailOrId(who);
  const next = password ?? generatePassword();
  parseInput(UserCreateSchema.shape.password, next);
  const hash = await hashPassword(next);
  await db.$transaction([
    db.account.updateMany({ where: { userId: user.id, providerId: "credential" }, data: { password: hash } }),
    db.session.deleteMany({ where: { userId: user.id } }),
    db.user.update({ where: { id: user.id }, data: { failedLogins: 0, lockedUntil: null } }),
  ]);
  return { user, password: next, generated: !password };
}

/**
 * On a fresh install with no admin, creates one with a random password and
 * returns it (to be printed once). Returns null whenever an admin exists.
 */
export async function bootstrapAdmin(email = process.env.HINDSIGHT_ADMIN_EMAIL || "admin@hindsight.local") {
  const admins = await db.user.count({ where: { role: "admin" } });
  if (admins > 0) return null;
  const { user, password } = await createAccount({ email, role: "admin", name: "Admin" });
  return { email: user.email, password };
}
