import path from "node:path";
import Database from "better-sqlite3";

// The e2e server's database (see scripts/e2e-server.mjs). Tests reset it to
// a known state before they start; one worker runs them in turn.
export const E2E_DB_FILE = path.resolve(__dirname, "../../data/e2e.db");

const TABLES = ["SuggestionRejection", "AuditEvent", "Verdict", "Evidence", "Claim", "Event", "Article", "Outlet", "ApiToken", "Session", "Account", "Verification", "RateLimit", "User"];

export function resetDatabase() {
  const db = new Database(E2E_DB_FILE, { timeout: 10_000 });
  try {
    db.pragma("foreign_keys = OFF");
    db.transaction(() => {
      for (const table of TABLES) db.prepare(`DELETE FROM "${table}"`).run();
    })();
  } finally {
    db.close();
  }
}

export function countRows(table: (typeof TABLES)[number]): number {
  const db = new Database(E2E_DB_FILE, { readonly: true, timeout: 10_000 });
  try {
    return (db.prepare(`SELECT COUNT(*) AS n FROM "${table}"`).get() as { n: number }).n;
  } finally {
    db.close();
  }
}
