import { randomUUID } from "node:crypto";
import type { APIRequestContext } from "@playwright/test";
import { E2E_ON_POSTGRES, literal, runSql } from "./database";

export const E2E_PASSWORD = "e2e-password-Hindsight";
// Better Auth's scrypt hash of E2E_PASSWORD ("salt:key"), computed once with
// hashPassword() from better-auth/crypto, so fixtures make accounts instantly.
const E2E_PASSWORD_HASH =
  "9dcf8fc2d7b4d953a0501447963ab786:da84c8b3c2fcafd18319de766cc9afbc32846a6f435410a55230e74026589b42c08fcb6b86df7e571213b6b8e31da73c5c564fa0d1055cdddab396b51ca431e4";

export type Account = { id: string; email: string; name: string; role: "admin" | "editor"; password: string };

/** Writes an account straight into the e2e database, the rows Better Auth itself reads. */
export function createAccount(role: Account["role"], name = role === "admin" ? "Ada Admin" : "Eddie Editor"): Account {
  const id = randomUUID();
  const email = `${role}-${id.slice(0, 8)}@e2e.test`;
  const now = new Date().toISOString();
  const values = (...v: string[]) => v.map(literal).join(", ");
  // Better Auth stores the flag as a boolean: 1 in SQLite, true in PostgreSQL.
  const verified = E2E_ON_POSTGRES ? "true" : "1";
  runSql(
    `INSERT INTO "User" (id, name, email, "emailVerified", role, "createdAt", "updatedAt") VALUES (${values(id, name, email)}, ${verified}, ${values(role, now, now)})`,
  );
  runSql(
    `INSERT INTO "Account" (id, "accountId", "providerId", "userId", password, "createdAt", "updatedAt") VALUES (${values(randomUUID(), id, "credential", id, E2E_PASSWORD_HASH, now, now)})`,
  );
  return { id, email, name, role, password: E2E_PASSWORD };
}

/**
 * Signs in through Better Auth's endpoint (no UI). With a page's request
 * context the session cookie lands in the browser context too.
 */
export async function signIn(request: APIRequestContext, account: Account, baseURL: string) {
  const response = await request.post("/api/auth/sign-in/email", {
    data: { email: account.email, password: account.password },
    headers: { origin: baseURL },
  });
  if (!response.ok()) throw new Error(`Sign-in failed for ${account.email}: ${response.status()} ${await response.text()}`);
}
