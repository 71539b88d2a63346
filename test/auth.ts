import { createApiToken } from "@/server/auth/api-tokens";
import { db } from "@/server/platform/db";

let n = 0;

/** An account with an API token, for calling route handlers as that user. */
export async function signedIn(role: "admin" | "editor" = "editor") {
  n += 1;
  const user = await db.user.create({
    data: { email: `${role}${n}-${Date.now()}@test.local`, name: `Test ${role} ${n}`, role },
    select: { id: true, name: true, email: true, role: true },
  });
  const { token } = await createApiToken(user.id, { name: "test" });
  return { user, token, headers: { authorization: `Bearer ${token}` } as Record<string, string> };
}
