import "server-only";
import { randomBytes } from "node:crypto";
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { env } from "@/server/platform/env";

/**
 * Better Auth signs session cookies with this. No secret ships with the
 * code: BETTER_AUTH_SECRET wins, otherwise one is generated on first use and
 * kept beside the database (readable by the owner only), so restarts keep
 * everyone signed in. That file only serves processes on one machine, so on
 * PostgreSQL a production server refuses to start without the variable
 * (server/platform/env.ts; docs/deploy.md).
 */
export function authSecret(databaseFile: string | null): string {
  const fromEnv = env.BETTER_AUTH_SECRET;
  if (fromEnv) return fromEnv;
  const file = path.join(databaseFile ? path.dirname(databaseFile) : path.resolve("data"), "auth-secret");
  if (existsSync(file)) return readFileSync(file, "utf8").trim();
  mkdirSync(path.dirname(file), { recursive: true });
  const secret = randomBytes(32).toString("base64url");
  try {
    writeFileSync(file, secret, { flag: "wx", mode: 0o600 });
    chmodSync(file, 0o600);
    return secret;
  } catch {
    // Another process created it first: use theirs.
    return readFileSync(file, "utf8").trim();
  }
}
