import "server-only";
import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from "node:crypto";
import { authSecret } from "@/server/auth/secret";
import { databaseFile } from "@/server/platform/env";

// A webhook's signing secret must be readable to sign each delivery, so it
// cannot be hashed like a password or token: it is kept encrypted
// (AES-256-GCM) under a key derived (HKDF-SHA256) from the app secret that
// signs sessions (server/auth/secret.ts). A copy of the database alone does
// not reveal it; rotating BETTER_AUTH_SECRET makes stored secrets unreadable,
// and their deliveries fail until the webhook is given a new secret (ADR 0033).

const VERSION = "v1";

function key(): Buffer {
  return Buffer.from(hkdfSync("sha256", authSecret(databaseFile()), "hindsight", "webhook signing secrets", 32));
}

export function seal(plain: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", key(), iv);
  const body = Buffer.concat([cipher.update(plain, "utf8"), cipher.final()]);
  return [VERSION, iv.toString("base64url"), cipher.getAuthTag().toString("base64url"), body.toString("base64url")].join(".");
}

export function open(sealed: string): string {
  const [version, iv, tag, body] = sealed.split(".");
  if (version !== VERSION || !iv || !tag || body === undefined) throw new Error("The webhook's secret is not in a readable form.");
  const decipher = createDecipheriv("aes-256-gcm", key(), Buffer.from(iv, "base64url"));
  decipher.setAuthTag(Buffer.from(tag, "base64url"));
  try {
    return Buffer.concat([decipher.update(Buffer.from(body, "base64url")), decipher.final()]).toString("utf8");
  } catch {
    throw new Error("The webhook's secret cannot be decrypted (was the app secret changed?); give the webhook a new secret.");
  }
}

/** A new signing secret in the Standard Webhooks form: "whsec_" and 32 random bytes in base64. */
export const newSecret = () => `whsec_${randomBytes(32).toString("base64")}`;
