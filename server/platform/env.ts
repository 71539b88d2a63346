import "server-only";
import { z } from "zod";
import { parseTierProbabilities } from "@/lib/calibration";
import { parseTrustedProxies } from "@/lib/client-address.mjs";
import { DEFAULT_DATABASE_URL, isPostgresUrl, sqliteFile } from "@/lib/database-url.mjs";

/** Comma-separated durations such as 30m, 6h, 2d (s for tests), in seconds. */
const durations = (fallback: string) =>
  z
    .string()
    .default(fallback)
    .transform((v, ctx) =>
      v
        .split(",")
        .map((d) => d.trim())
        .filter(Boolean)
        .map((d) => {
          const m = /^(\d+)(s|m|h|d)$/.exec(d);
          if (!m) ctx.addIssue({ code: "custom", message: `"${d}" is not a duration such as 30m, 6h or 2d.` });
          return m ? Number(m[1]) * { s: 1, m: 60, h: 3600, d: 86_400 }[m[2] as "s" | "m" | "h" | "d"] : 0;
        }),
    );

// Every setting the server reads, validated once at start (instrumentation.ts)
// so a typo fails loudly instead of at the first request that needs it.
const EnvSchema = z
  .object({
    NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
    DATABASE_URL: z
      .string()
      .trim()
      .default(DEFAULT_DATABASE_URL)
      .refine((v) => v.startsWith("file:") || isPostgresUrl(v), "DATABASE_URL must be a file: URL (SQLite) or a postgresql:// / postgres:// URL (PostgreSQL)."),
    // The public address readers use: permanent links, feeds, JSON-LD, Open
    // Graph, sign-in origins. Without it, http://localhost:$PORT (see below).
    HINDSIGHT_SITE_URL: z.preprocess(
      (v) => (v === "" ? undefined : v),
      z
        .url({ protocol: /^https?$/, error: "HINDSIGHT_SITE_URL must be an http:// or https:// URL." })
        .refine(
          (v) => /^https?:\/\/[^/?#]+\/?$/.test(v),
          "HINDSIGHT_SITE_URL is the site's origin only (https://news.example.org), without a path, query or fragment.",
        )
        .transform((v) => v.replace(/\/$/, ""))
        .optional(),
    ),
    // Reverse proxies whose X-Forwarded-For is believed (scripts/serve.mjs,
    // lib/client-address.mjs): empty (the default) believes none and uses the
    // socket's address; a number N trusts N proxies in front of the server;
    // or a comma-separated list of proxy addresses / CIDR ranges.
    HINDSIGHT_TRUSTED_PROXIES: z
      .string()
      .trim()
      .default("")
      .superRefine((v, ctx) => {
        try {
          parseTrustedProxies(v);
        } catch (error) {
          ctx.addIssue({ code: "custom", message: (error as Error).message });
        }
      }),
    // The port `npm start` serves on; the page cache renders its misses there.
    PORT: z.coerce.number().int().min(1).max(65_535).default(3000),
    // Where the page cache (proxy.ts) renders a miss; set it if the server does not listen on loopback.
    HINDSIGHT_INTERNAL_ORIGIN: z.url().optional(),
    // Bound of the reader page cache, in bytes (ADR 0015).
    HINDSIGHT_PAGE_CACHE_BYTES: z.coerce
      .number()
      .int()
      .min(0)
      .default(32 * 2 ** 20),
    // Shared caches in front (CDN, nginx, Varnish) may keep an anonymous reader
    // response this many seconds (s-maxage): the bound on how late readers
    // behind them see a change when no purge is configured (ADR 0026).
    HINDSIGHT_SHARED_MAX_AGE: z.coerce.number().int().min(0).max(86_400).default(60),
    // ...and then serve it stale this many more seconds while they refetch it.
    HINDSIGHT_STALE_WHILE_REVALIDATE: z.coerce.number().int().min(0).max(86_400).default(60),
    // Called after every change readers can see (server/cache/purge.ts): comma-separated
    // URLs; one with `{path}` is called once per changed path (nginx), others once with the tags.
    HINDSIGHT_PURGE_URLS: z
      .string()
      .trim()
      .default("")
      .transform((v) =>
        v
          .split(",")
          .map((url) => url.trim())
          .filter(Boolean),
      )
      .pipe(z.array(z.url({ protocol: /^https?$/ }))),
    HINDSIGHT_PURGE_METHOD: z.enum(["POST", "GET", "PURGE", "BAN"]).default("POST"),
    // One header sent with every purge call, e.g. `Authorization: Bearer …` or a shared secret.
    HINDSIGHT_PURGE_HEADER: z
      .string()
      .trim()
      .regex(/^[A-Za-z0-9-]+:\s*\S.*$/, "HINDSIGHT_PURGE_HEADER must look like `Name: value`.")
      .optional(),
    // The first admin's email on a fresh database.
    HINDSIGHT_ADMIN_EMAIL: z.email().default("admin@hindsight.local"),
    // Sign-in attempts per client address per minute (Better Auth's limiter).
    HINDSIGHT_SIGNIN_LIMIT: z.coerce.number().int().min(1).max(100_000).default(10),
    // "off": no reader data cache and no page cache; every read goes to the database.
    HINDSIGHT_READER_CACHE: z.enum(["on", "off"]).default("on"),
    // Background jobs (ADR 0027): "app" runs the worker inside each app server; "off" leaves it to `npm run worker`.
    HINDSIGHT_WORKER: z.enum(["app", "off"]).default("app"),
    // The capture store: every fetched page, gzipped, named by its SHA-256 (docs/deploy.md for several servers).
    HINDSIGHT_CAPTURE_DIR: z.string().trim().min(1).default("data/captures"),
    // Hosts the fetcher may reach although they resolve to a private or loopback address
    // (comma-separated names or IPs). Off by default; the tests list their loopback fixture site.
    HINDSIGHT_FETCH_ALLOW_PRIVATE_HOSTS: z
      .string()
      .default("")
      .transform((v) =>
        v
          .split(",")
          .map((h) => h.trim().toLowerCase())
          .filter(Boolean),
      ),
    // Caps of one fetch (all redirects included): time, decoded body size, redirects followed.
    HINDSIGHT_FETCH_TIMEOUT_MS: z.coerce.number().int().min(100).max(120_000).default(15_000),
    HINDSIGHT_FETCH_MAX_BYTES: z.coerce
      .number()
      .int()
      .min(1024)
      .default(5 * 2 ** 20),
    HINDSIGHT_FETCH_MAX_REDIRECTS: z.coerce.number().int().min(0).max(20).default(5),
    // When an article saved from a URL is fetched again (after saving): durations such as 30m, 6h, 2d (s for tests).
    HINDSIGHT_RECAPTURE_AFTER: durations("1h,6h,1d,3d,7d,30d"),
    // How often each outlet feed is polled into the desk inbox (issue 15): one duration.
    HINDSIGHT_FEED_POLL_EVERY: durations("30m").refine((v) => v.length === 1 && v[0]! > 0, "One duration such as 30m or 2h."),
    // What probability each certainty tier stands for in the Brier-style score
    // (lib/calibration.ts; the methodology page shows the mapping in use):
    // "official=0.9,rumor=0.35"; tiers not named keep their default.
    HINDSIGHT_TIER_PROBABILITIES: z
      .string()
      .default("")
      .transform((v, ctx) => {
        try {
          return parseTierProbabilities(v);
        } catch (error) {
          ctx.addIssue({ code: "custom", message: `HINDSIGHT_TIER_PROBABILITIES: ${(error as Error).message}` });
          return z.NEVER;
        }
      }),
    // Email digests of unread desk notifications (ADR 0029): off unless a host is given.
    HINDSIGHT_SMTP_HOST: z.preprocess((v) => (v === "" ? undefined : v), z.string().trim().min(1).optional()),
    // 587 (STARTTLS) by default; 465 with HINDSIGHT_SMTP_SECURE=true (TLS from the start).
    HINDSIGHT_SMTP_PORT: z.coerce.number().int().min(1).max(65_535).default(587),
    HINDSIGHT_SMTP_SECURE: z
      .enum(["true", "false"])
      .default("false")
      .transform((v) => v === "true"),
    HINDSIGHT_SMTP_USER: z.preprocess((v) => (v === "" ? undefined : v), z.string().optional()),
    HINDSIGHT_SMTP_PASSWORD: z.preprocess((v) => (v === "" ? undefined : v), z.string().optional()),
    // The sender, e.g. `Hindsight desk <desk@news.example.org>`; required with a host.
    HINDSIGHT_SMTP_FROM: z.preprocess((v) => (v === "" ? undefined : v), z.string().trim().min(3).optional()),
    // How often the digest goes out: a duration such as 1d, 12h or 30m (s for tests).
    HINDSIGHT_DIGEST_EVERY: z
      .string()
      .trim()
      .default("1d")
      .transform((v, ctx) => {
        const m = /^(\d+)(s|m|h|d)$/.exec(v);
        if (!m || Number(m[1]) === 0) ctx.addIssue({ code: "custom", message: `"${v}" is not a duration such as 30m, 12h or 1d.` });
        return m ? Number(m[1]) * { s: 1, m: 60, h: 3600, d: 86_400 }[m[2] as "s" | "m" | "h" | "d"] : 0;
      }),
    // Webhooks (ADR 0033): attempts per delivery, and the wait before the first retry (doubled on each one after).
    HINDSIGHT_WEBHOOK_ATTEMPTS: z.coerce.number().int().min(1).max(20).default(8),
    HINDSIGHT_WEBHOOK_RETRY_SECONDS: z.coerce.number().min(0).max(86_400).default(30),
    // Signs session cookies; see server/auth/secret.ts and the check below.
    BETTER_AUTH_SECRET: z.string().trim().optional(),
    // Set by Next.js itself while `next build` evaluates modules.
    NEXT_PHASE: z.string().optional(),
  })
  .superRefine((v, ctx) => {
    const building = v.NEXT_PHASE === "phase-production-build";
    // Behind a proxy the address readers use cannot be guessed (and must never
    // be taken from a request's Host header, which anyone can set).
    if (!building && v.NODE_ENV === "production" && !v.HINDSIGHT_SITE_URL && v.HINDSIGHT_TRUSTED_PROXIES !== "") {
      ctx.addIssue({
        code: "custom",
        path: ["HINDSIGHT_SITE_URL"],
        message:
          "Behind a reverse proxy (HINDSIGHT_TRUSTED_PROXIES is set), set HINDSIGHT_SITE_URL to the public address readers use, " +
          "e.g. https://news.example.org: permanent links, feeds, JSON-LD and Open Graph cards are built from it.",
      });
    }
    if (v.HINDSIGHT_SMTP_HOST && !v.HINDSIGHT_SMTP_FROM) {
      ctx.addIssue({
        code: "custom",
        path: ["HINDSIGHT_SMTP_FROM"],
        message: "With HINDSIGHT_SMTP_HOST set, give the sender address too, e.g. `Hindsight <desk@news.example.org>`.",
      });
    }
    if (!!v.HINDSIGHT_SMTP_USER !== !!v.HINDSIGHT_SMTP_PASSWORD) {
      ctx.addIssue({ code: "custom", path: ["HINDSIGHT_SMTP_PASSWORD"], message: "Give both HINDSIGHT_SMTP_USER and HINDSIGHT_SMTP_PASSWORD, or neither." });
    }
    // On PostgreSQL the app servers may run on several machines, and a secret
    // generated into one machine's data/auth-secret would sign cookies the
    // others reject: every process must be given the same one.
    // docs/decisions/0016-cache-sharing.md and docs/deploy.md.
    // Not while `next build` evaluates modules: a build needs no secret.
    if (!building && v.NODE_ENV === "production" && isPostgresUrl(v.DATABASE_URL) && (v.BETTER_AUTH_SECRET ?? "").length < 32) {
      ctx.addIssue({
        code: "custom",
        path: ["BETTER_AUTH_SECRET"],
        message:
          "On PostgreSQL every app server must be given the same secret of at least 32 characters " +
          "(e.g. `openssl rand -base64 32`); without it each machine would sign sessions the others reject.",
      });
    }
  })
  // Served straight (no proxy), the address is this machine's port.
  .transform((v) => ({ ...v, HINDSIGHT_SITE_URL: v.HINDSIGHT_SITE_URL ?? `http://localhost:${v.PORT}` }));

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
  return isPostgresUrl(url) ? "postgresql" : "sqlite";
}

/** The SQLite database file (null on PostgreSQL or in memory). */
export function databaseFile(): string | null {
  return sqliteFile(env.DATABASE_URL);
}

/** Where this server can fetch its own pages (the page cache renders misses there). */
export function internalOrigin(): string {
  return env.HINDSIGHT_INTERNAL_ORIGIN ?? `http://127.0.0.1:${env.PORT}`;
}

/** Whether this deployment sends email digests (ADR 0029). */
export function smtpConfigured(): boolean {
  return !!env.HINDSIGHT_SMTP_HOST;
}
