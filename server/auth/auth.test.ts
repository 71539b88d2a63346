import { describe, expect, it } from "vitest";
import { createAccount, setAccountDisabled } from "./accounts";
import { auth } from "./auth";
import { guardKey, LOCKOUT } from "./sign-in-guard";
import { CLIENT_ADDRESS_HEADER } from "@/lib/client-address.mjs";
import { db } from "@/server/platform/db";
import { getSession } from "./session";
import { withRequest } from "@/server/platform/request-context";

// Sign-in through Better Auth's real handler, as the browser calls it.
const SITE = "http://localhost:3000";
let ip = 0;

function signIn(email: string, password: string, from = `203.0.113.${++ip % 250}`) {
  return auth.handler(
    new Request(`${SITE}/api/auth/sign-in/email`, {
      method: "POST",
      headers: { "content-type": "application/json", origin: SITE, [CLIENT_ADDRESS_HEADER]: from },
      body: JSON.stringify({ email, password }),
    }),
  );
}

const cookieOf = (response: Response) =>
  response.headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .join("; ");
const sessionFor = (cookie: string) => withRequest(new Request(`${SITE}/api/v1/x`, { headers: { cookie } }), () => getSession());

/** Moves an address's lock and count past their window, as if 15 minutes had gone by. */
const expire = (email: string) =>
  db.signInGuard.update({ where: { key: guardKey(email) }, data: { lockedUntil: BigInt(Date.now() - 1000), lastAttempt: BigInt(Date.now() - 16 * 60_000) } });

let n = 0;
async function account(role: "admin" | "editor" = "editor") {
  n += 1;
  const password = `correct horse battery ${n}`;
  const { user } = await createAccount({ email: `auth${n}@test.local`, role, password, name: `Auth ${n}` }, null);
  return { ...user, password };
}

describe("sign-in", () => {
  it("accepts the right password, yields a session with the role, and signs out", async () => {
    const a = await account("admin");
    const response = await signIn(a.email, a.password);
    expect(response.status).toBe(200);
    const cookie = cookieOf(response);
    expect((await sessionFor(cookie))?.user).toMatchObject({ email: a.email, role: "admin" });

    const out = await auth.handler(
      new Request(`${SITE}/api/auth/sign-out`, { method: "POST", headers: { cookie, origin: SITE, "content-type": "application/json" }, body: "{}" }),
    );
    expect(out.status).toBe(200);
    expect(await sessionFor(cookie)).toBeNull();
  });

  it("refuses a wrong password, and locks the account after repeated failures", async () => {
    const a = await account();
    for (let i = 0; i < LOCKOUT.attempts; i++) expect((await signIn(a.email, "wrong password here")).status).toBe(401);
    const locked = await signIn(a.email, a.password);
    expect(locked.status).toBe(429);
    expect((await locked.json()).message).toMatch(/Too many sign-in attempts: this email address is locked/);
    await expire(a.email);
    expect((await signIn(a.email, a.password)).status).toBe(200);
  });

  it("counts wrong passwords in a row: a success starts the count over", async () => {
    const a = await account();
    for (let i = 0; i < LOCKOUT.attempts - 1; i++) expect((await signIn(a.email, "wrong password here")).status).toBe(401);
    expect((await signIn(a.email, a.password)).status).toBe(200);
    for (let i = 0; i < LOCKOUT.attempts - 1; i++) expect((await signIn(a.email, "wrong password here")).status).toBe(401);
    expect((await signIn(a.email, a.password)).status).toBe(200);
  });

  it("limits attempts per address", async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 12; i++) statuses.push((await signIn(`nobody${i}@test.local`, "whatever password", "198.51.100.7")).status);
    expect(statuses.slice(0, 10).every((s) => s === 401)).toBe(true);
    expect(statuses.slice(10)).toEqual([429, 429]);
  });

  it("refuses a disabled account and ends its sessions", async () => {
    const a = await account();
    const cookie = cookieOf(await signIn(a.email, a.password));
    expect(await sessionFor(cookie)).not.toBeNull();
    await setAccountDisabled(a.email, true, null);
    expect(await sessionFor(cookie)).toBeNull();
    const refused = await signIn(a.email, a.password);
    expect(refused.status).toBe(401);
    expect(refused.headers.getSetCookie()).toEqual([]);
    expect(await db.session.count({ where: { userId: a.id } })).toBe(0);
  });

  it("expires sessions", async () => {
    const a = await account();
    const cookie = cookieOf(await signIn(a.email, a.password));
    expect(await sessionFor(cookie)).not.toBeNull();
    await db.session.updateMany({ where: { userId: a.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect(await sessionFor(cookie)).toBeNull();
  });

  it("has no self sign-up", async () => {
    const response = await auth.handler(
      new Request(`${SITE}/api/auth/sign-up/email`, {
        method: "POST",
        headers: { "content-type": "application/json", origin: SITE },
        body: JSON.stringify({ email: "me@test.local", password: "a long enough password", name: "Me" }),
      }),
    );
    expect(response.status).toBeGreaterThanOrEqual(400);
    expect(await db.user.count({ where: { email: "me@test.local" } })).toBe(0);
  });
});

describe("changing a password", () => {
  it("needs the current one, then the new one signs in and the old one does not", async () => {
    const a = await account();
    const cookie = cookieOf(await signIn(a.email, a.password));
    const change = (currentPassword: string) =>
      auth.handler(
        new Request(`${SITE}/api/auth/change-password`, {
          method: "POST",
          headers: { cookie, origin: SITE, "content-type": "application/json" },
          body: JSON.stringify({ currentPassword, newPassword: "a brand new passphrase", revokeOtherSessions: true }),
        }),
      );
    expect((await change("not my password")).status).toBeGreaterThanOrEqual(400);
    expect((await change(a.password)).status).toBe(200);
    expect((await signIn(a.email, a.password)).status).toBe(401);
    expect((await signIn(a.email, "a brand new passphrase")).status).toBe(200);
  });
});
