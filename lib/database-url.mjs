// DATABASE_URL's one default and how a URL names its database, shared by the
// app (server/platform/env.ts), the command-line scripts (plain .mjs too)
// and prisma.config.ts. Node-only: nothing in the browser needs it.
import path from "node:path";
import { fileURLToPath } from "node:url";

export const DEFAULT_DATABASE_URL = "file:./data/hindsight.db";

const POSTGRES_URL = /^postgres(ql)?:\/\//;

/** `postgresql://…` or `postgres://…`; anything else is SQLite (a `file:` URL). */
export function isPostgresUrl(url) {
  return POSTGRES_URL.test(url);
}

/**
 * The file a SQLite `file:` URL names (relative paths from `root`, by default
 * the working directory, as the driver resolves them); null for PostgreSQL
 * and in-memory URLs.
 */
export function sqliteFile(url, root = process.cwd()) {
  if (!url.startsWith("file:")) return null;
  const bare = url.split("?")[0];
  if (bare.startsWith("file://")) return fileURLToPath(bare);
  const rel = bare.slice("file:".length);
  return rel === "" || rel === ":memory:" ? null : path.resolve(root, rel);
}
