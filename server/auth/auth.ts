import "server-only";
import { betterAuth } from "better-auth";
import { prismaAdapter } from "better-auth/adapters/prisma";
import { APIError, createAuthMiddleware } from "better-auth/api";
import { nextCookies } from "better-auth/next-js";
import { z } from "zod";
import { PASSWORD_MIN } from "@/lib/schemas/auth";
import { authSecret } from "./secret";
import { claimAttempt, guardKey, lockedUntil, LOCKOUT, releaseAttempts } from "./sign-in-guard";
import { db } from "@/server/platform/db";
import { databaseFile, databaseProvider, env } from "@/server/platform/env";
import { CLIENT_ADDRESS_HEADER } from "@/lib/client-address.mjs";

const SESSION_HOURS = 12;

const SIGN_IN = "/sign-in/email";
// Better Auth's own endpoints this app uses; every other one (update-user,
// delete-user, change-email, …) is refused, so accounts change only through
// server/auth/accounts.ts and its rules.
const ALLOWED = new Set([SIGN_IN, "/sign-out", "/get-session", "/change-password", "/revoke-sessions", "/revoke-other-sessions", "/list-sessions"]);

// One answer for an unknown address, a wrong password and a disabled account,
// and one for any locked address: sign-in never tells which emails exist.
const invalid = () => new APIError("UNAUTHORIZED", { message: "Invalid email or password", code: "INVALID_EMAIL_OR_PASSWORD" });
const locked = () =>
  new APIError("TOO_MANY_REQUESTS", {
    message: `Too many sign-in attempts: this email address is locked for ${LOCKOUT.minutes} minutes. Wait, or ask an admin to reset the password.`,
    code: "TOO_MANY_ATTEMPTS",
  });

/** The key of a sign-in's email as Better Auth looks it up (lower-cased), or null when it will refuse the address itself. */
function emailKey(body: unknown): string | null {
  const email = (body as { email?: unknown } | undefined)?.email;
  return typeof email === "string" && z.email().safeParse(email).success ? guardKey(email) : null;
}

function requestOrigin(request: Request | undefined) {
  if (!request) return null;
  const host = request.headers.get("host");
  if (!host) return null;
  return `${new URL(request.url).protocol}//${host}`;
}

// The per-account limit: every attempt is counted before its password is
// checked (sign-in-guard.ts), so neither parallel requests nor rotating
// addresses get more than LOCKOUT.attempts guesses. Better Auth's rate
// limiter adds the per-address limit.
const beforeHook = createAuthMiddleware(async (ctx) => {
  if (!ALLOWED.has(ctx.path)) throw new APIError("NOT_FOUND", { message: "Not found." });
  if (ctx.path !== SIGN_IN) return;
  const key = emailKey(ctx.body);
  if (key && !(await claimAttempt(key))) throw locked();
});

const afterHook = createAuthMiddleware(async (ctx) => {
  if (ctx.path !== SIGN_IN || !ctx.context.newSession) return;
  const key = emailKey(ctx.body);
  if (key) await releaseAttempts(key);
});

/** A right password still makes no session for a disabled account or a locked address; the answers match the refusals above. */
async function beforeSessionCreate(userId: string, path: string | undefined) {
  if (path !== SIGN_IN) return;
  const user = await db.user.findUnique({ where: { id: userId }, select: { email: true, disabledAt: true } });
  if (!user || user.disabledAt) throw invalid();
  if (await lockedUntil(guardKey(user.email))) throw locked();
}

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
    // The client's address as scripts/serve.mjs resolved it from the socket
    // and the trusted proxies (HINDSIGHT_TRUSTED_PROXIES); it drops any value
    // a client sends. Never X-Forwarded-For itself: anyone can send that.
    ipAddress: { ipAddressHeaders: [CLIENT_ADDRESS_HEADER] },
  },
  telemetry: { enabled: false },
  hooks: { before: beforeHook, after: afterHook },
  databaseHooks: { session: { create: { before: (session, ctx) => beforeSessionCreate(session.userId, ctx?.path) } } },
  plugins: [nextCookies()],
});
