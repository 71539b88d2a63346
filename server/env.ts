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
  // "off" turns the in-process reader cache and the reader page cache off, so
  // every request renders from the database (npm run bench:scale).
  HINDSIGHT_READER_CACHE: z.enum(["on", "off"]).default("on"),
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
