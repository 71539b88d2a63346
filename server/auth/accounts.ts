import "server-only";
import { randomBytes } from "node:crypto";
import { hashPassword } from "better-auth/crypto";
import { AccountPatchSchema, UserCreateSchema } from "@/lib/schemas/auth";
import { audit } from "./audit";
import { db } from "@/server/platform/db";
import { env } from "@/server/platform/env";
import { AppError, notFound, parseInput } from "@/server/platform/errors";
import { requireAdmin, type Actor } from "./session";
import { clearAttempts, locksOf } from "./sign-in-guard";

// Accounts are managed here — by the `npm run user` CLI and the admin pages —
// never by self sign-up. Passwords are hashed with Better Auth's own scrypt,
// so Better Auth's sign-in verifies them.

const userSelect = { id: true, email: true, name: true, role: true, disabledAt: true, createdAt: true } as const;

const generatePassword = () => randomBytes(18).toString("base64url");

/**
 * Every function here takes the admin doing it: left out, the signed-in
 * admin of the request (anyone else is refused); null, the CLI, logged as
 * "system".
 */
const asAdmin = async (actor: Actor | null | undefined) => (actor === undefined ? requireAdmin() : actor);

export async function createAccount(input: unknown, actor?: Actor | null) {
  actor = await asAdmin(actor);
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
    await audit(tx, actor, { action: "user.create", entityType: "user", entityId: user.id, after: { email: user.email, name: user.name, role: user.role } });
    return user;
  });
  return { user: { ...user, lockedUntil: null }, password, generated: !data.password };
}

export async function listAccounts(actor?: Actor | null) {
  await asAdmin(actor);
  const users = await db.user.findMany({
    where: { accounts: { some: { providerId: "credential" } } },
    orderBy: { createdAt: "asc" },
    select: userSelect,
  });
  const locks = await locksOf(users.map((u) => u.email));
  return users.map((u) => ({ ...u, lockedUntil: locks.get(u.email) ?? null }));
}

async function findByEmailOrId(who: string) {
  const user = await db.user.findFirst({ where: { OR: [{ id: who }, { email: who.trim().toLowerCase() }] }, select: { id: true, email: true } });
  if (!user) throw notFound(`The account ${who}`);
  return user;
}

/** Disables (or re-enables) an account; disabling ends its sessions and tokens at once. */
export async function setAccountDisabled(who: string, disabled: boolean, actor?: Actor | null) {
  actor = await asAdmin(actor);
  const user = await findByEmailOrId(who);
  await db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: user.id }, data: { disabledAt: disabled ? new Date() : null } });
    if (disabled) {
      await tx.session.deleteMany({ where: { userId: user.id } });
      await tx.apiToken.updateMany({ where: { userId: user.id, revokedAt: null }, data: { revokedAt: new Date() } });
    }
    await audit(tx, actor, {
      action: disabled ? "user.disable" : "user.enable",
      entityType: "user",
      entityId: user.id,
      after: { email: user.email, disabled },
    });
  });
  return user;
}

/** An admin's change to an account from the desk or API: `{ disabled }`; nobody disables themselves. */
export async function patchAccount(id: string, input: unknown, actor?: Actor | null) {
  const admin = await asAdmin(actor);
  const { disabled } = parseInput(AccountPatchSchema, input);
  if (disabled && admin && id === admin.id) throw new AppError("invalid", "You cannot disable your own account.");
  const user = await setAccountDisabled(id, disabled, admin);
  return { id: user.id, disabled };
}

/** Sets a new password (generated unless given), ends every session, clears a lockout. */
export async function resetPassword(who: string, password?: string, actor?: Actor | null) {
  actor = await asAdmin(actor);
  const user = await findByEmailOrId(who);
  const next = password ?? generatePassword();
  parseInput(UserCreateSchema.shape.password, next);
  const hash = await hashPassword(next);
  await db.$transaction(async (tx) => {
    await tx.account.updateMany({ where: { userId: user.id, providerId: "credential" }, data: { password: hash } });
    await tx.session.deleteMany({ where: { userId: user.id } });
    await audit(tx, actor, { action: "user.reset_password", entityType: "user", entityId: user.id, after: { email: user.email } });
  });
  await clearAttempts(user.email);
  return { user, password: next, generated: !password };
}

/**
 * On a fresh install with no admin, creates one with a random password and
 * returns it (to be printed once). Returns null whenever an admin exists.
 */
export async function bootstrapAdmin(email = env.HINDSIGHT_ADMIN_EMAIL) {
  const admins = await db.user.count({ where: { role: "admin" } });
  if (admins > 0) return null;
  // Named after its email (as `admin`): a name the system gives, not one someone chose.
  const { user, password } = await createAccount({ email, role: "admin" }, null);
  return { email: user.email, password };
}
