import "server-only";
import { z } from "zod";

const POSTGRES_URL = /^postgres(ql)?:\/\//;

// Every setting the server reads, validated once at start (instrumentation.ts)
// so a typo fails loudly instead of at the first request that needs it.
const EnvSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  DATABASE_URL: z
    .string()
    .trim()
    .default("file:./data/hindsight.db")
    .refine(
      (v) => v.startsWith("file:") || POSTGRES_URL.test(v),
      "DATABASE_URL must be a file: URL (SQLite) or a postgresql:// / postgres:// URL (PostgreSQL).",
    ),
  HINDSIGHT_SITE_URL: z.url().default("http://localhost:3000"),
  // Sign-in attempts per client address per minute (Better Auth's limiter).
  HINDSIGHT_SIGNIN_LIMIT: z.coerce.number().int().min(1).max(100_000).default(10),
  // "off": no reader data cache and no page cache; every read goes to the database.
  HINDSIGHT_READER_CACHE: z.enum(["on", "off"]).default("on"),
  // Signs session cookies; see server/auth-secret.ts and the check below.
  BETTER_AUTH_SECRET: z.string().trim().optional(),
}).superRefine((v, ctx) => {
  // On PostgreSQL the app servers may run on several machines, and a secret
  // generated into one machine's data/auth-secret would sign cookies the
  // others reject: every process must be given the same one.
  // docs/decisions/0016-cache-sharing.md and docs/deploy.md.
  // Not while `next build` evaluates modules: a build needs no secret.
  const building = process.env.NEXT_PHASE === "phase-production-build";
  if (!building && v.NODE_ENV === "production" && POSTGRES_URL.test(v.DATABASE_URL) && (v.BETTER_AUTH_SECRET ?? "").length < 32) {
    ctx.addIssue({
      code: "custom",
      path: ["BETTER_AUTH_SECRET"],
      message:
        "On PostgreSQL every app server must be given the same secret of at least 32 characters " +
        "(e.g. `openssl rand -base64 32`); without it each machine would sign sessions the others reject.",
    });
  }
});

export type Env = z.infer<typeof EnvSchema>;

function load(): Env {
  const parsed = EnvSchema.safeParse(process.env);
  if (!parsed.success) {
    const details = parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`).join("\n");
    throw new Error(`Invalid environment:\n${details}\nSee .env.example.`);
  }
  return parsed.data;
}

export const env = load();

/** Which database DATABASE_URL points at; everything provider-specific branches on this. */
export function databaseProvider(url: string = env.DATABASE_URL): "sqlite" | "postgresql" {
  return POSTGRES_URL.test(url) ? "postgresql" : "sqlite";
}
