import "server-only";
import { betterAuth } from "better-auth";
import { prismaAdapter } from "better-auth/adapters/prisma";
import { APIError, createAuthMiddleware, isAPIError } from "better-auth/api";
import { nextCookies } from "better-auth/next-js";
import { PASSWORD_MIN } from "@/lib/schemas/auth";
import { authSecret } from "./secret";
import { db } from "@/server/platform/db";
import { databaseFile, databaseProvider, env } from "@/server/platform/env";

/** Wrong passwords in a row before an account is locked, and for how long. */
export const LOCKOUT = { attempts: 5, minutes: 15 } as const;
const SESSION_HOURS = 12;

const SIGN_IN = "/sign-in/email";

function requestOrigin(request: Request | undefined) {
  if (!request) return null;
  const host = request.headers.get("host");
  if (!host) return null;
  return `${new URL(request.url).protocol}//${host}`;
}

// Per-account lockout. Better Auth's rate limiter covers per-address limits;
// this covers one account attacked from many addresses.
const beforeHook = createAuthMiddleware(async (ctx) => {
  if (ctx.path !== SIGN_IN) return;
  const email = typeof ctx.body?.email === "string" ? ctx.body.email.trim().toLowerCase() : "";
  const user = email ? await db.user.findUnique({ where: { email }, select: { disabledAt: true, lockedUntil: true } }) : null;
  if (!user) return;
  if (user.lockedUntil && user.lockedUntil > new Date()) {
    throw new APIError("TOO_MANY_REQUESTS", {
      message: `Too many wrong passwords: this account is locked until ${user.lockedUntil.toISOString().slice(11, 16)} UTC.`,
      code: "ACCOUNT_LOCKED",
    });
  }
  if (user.disabledAt) throw new APIError("FORBIDDEN", { message: "This account is disabled.", code: "ACCOUNT_DISABLED" });
});

const afterHook = createAuthMiddleware(async (ctx) => {
  if (ctx.path !== SIGN_IN) return;
  const email = typeof ctx.body?.email === "string" ? ctx.body.email.trim().toLowerCase() : "";
  if (!email) return;
  const returned = ctx.context.returned;
  if (isAPIError(returned) && returned.statusCode === 401) {
    const user = await db.user.update({ where: { email }, data: { failedLogins: { increment: 1 } }, select: { failedLogins: true } }).catch(() => null);
    if (user && user.failedLogins >= LOCKOUT.attempts) {
      await db.user.update({ where: { email }, data: { failedLogins: 0, lockedUntil: new Date(Date.now() + LOCKOUT.minutes * 60_000) } });
    }
  } else if (ctx.context.newSession) {
    await db.user.update({ where: { email }, data: { failedLogins: 0, lockedUntil: null } }).catch(() => null);
  }
});

export const auth = betterAuth({
  appName: "Hindsight",
  baseURL: env.HINDSIGHT_SITE_URL,
  secret: authSecret(databaseFile()),
  database: prismaAdapter(db, { provider: databaseProvider() }),
  // The site URL plus the address the request came in on: the desk is often
  // reached as localhost and 127.0.0.1 alike. Cross-site requests still fail.
  trustedOrigins: async (request) => [env.HINDSIGHT_SITE_URL, requestOrigin(request)],
  emailAndPassword: {
    enabled: true,
    // Accounts are made by an admin (CLI or desk), never by signing up.
    disableSignUp: true,
    minPasswordLength: PASSWORD_MIN,
    maxPasswordLength: 256,
    revokeSessionsOnPasswordReset: true,
  },
  session: { expiresIn: SESSION_HOURS * 3600, updateAge: 3600 },
  user: {
    additionalFields: {
      role: { type: "string", required: false, input: false, defaultValue: "editor" },
    },
  },
  rateLimit: {
    enabled: true,
    storage: "database",
    window: 60,
    max: 100,
    customRules: { [SIGN_IN]: { window: 60, max: env.HINDSIGHT_SIGNIN_LIMIT } },
  },
  advanced: {
    useSecureCookies: env.HINDSIGHT_SITE_URL.startsWith("https:"),
    // Only headers our own reverse proxy would set; see docs/architecture.md.
    ipAddress: { ipAddressHeaders: ["x-forwarded-for"] },
  },
  telemetry: { enabled: false },
  hooks: { before: beforeHook, after: afterHook },
  plugins: [nextCookies()],
});
