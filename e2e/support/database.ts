import { execFileSync } from "node:child_process";
import path from "node:path";
import Database from "better-sqlite3";

// The e2e server's database (see scripts/e2e-server.mjs): data/e2e.db, or
// the PostgreSQL database E2E_DATABASE_URL names on a PostgreSQL run. Tests
// reset it to a known state before they start; one worker runs them in turn.
export const E2E_DB_FILE = path.resolve(__dirname, "../../data/e2e.db");
export const E2E_DATABASE_URL = process.env.E2E_DATABASE_URL || `file:${E2E_DB_FILE}`;
export const E2E_ON_POSTGRES = !E2E_DATABASE_URL.startsWith("file:");

const TABLES = [
  "NoteMention",
  "Notification",
  "Note",
  "NotificationSetting",
  "NotificationRun",
  "FeedItem",
  "Feed",
  "QuoteEdit",
  "ArticleVersion",
  "WebhookDelivery",
  "Webhook",
  "Capture",
  "Job",
  "SuggestionRejection",
  "AuditEvent",
  "OutletTally",
  "CertaintyTally",
  "EventTally",
  "VerdictReview",
  "Verdict",
  "Evidence",
  "MatchRejection",
  "Claim",
  "Rumor",
  "Event",
  "Article",
  "Outlet",
  "ApiToken",
  "SavedView",
  "Session",
  "Account",
  "Verification",
  "RateLimit",
  "SignInGuard",
  "User",
  "NewsroomSettings",
];

// The tests written before review before publish (ADR 0028) publish directly,
// as the demo does; e2e/review.spec.ts turns review on for itself.
const REVIEW_OFF = `INSERT INTO "NewsroomSettings" ("id", "reviewBeforePublish") VALUES (1, false)`;

/** A SQL string literal (test data only; both databases quote the same way). */
export const literal = (value: string) => `'${value.replaceAll("'", "''")}'`;

/**
 * Runs SQL on the e2e database and returns the first column of each row.
 * Synchronous, like the fixtures that call it: PostgreSQL goes through psql.
 */
export function runSql(sql: string): string[] {
  if (E2E_ON_POSTGRES) {
    const out = execFileSync("psql", [E2E_DATABASE_URL, "-X", "-q", "-A", "-t", "-v", "ON_ERROR_STOP=1", "-c", sql], { encoding: "utf8" });
    return out.split("\n").filter((l) => l !== "");
  }
  const db = new Database(E2E_DB_FILE, { timeout: 10_000 });
  try {
    const statement = db.prepare(sql);
    if (!statement.reader) {
      statement.run();
      return [];
    }
    return (statement.raw().all() as unknown[][]).map((r) => String(r[0]));
  } finally {
    db.close();
  }
}

export function resetDatabase() {
  if (E2E_ON_POSTGRES) {
    runSql(`TRUNCATE ${TABLES.map((t) => `"${t}"`).join(", ")} CASCADE`);
    runSql(REVIEW_OFF);
    return;
  }
  const db = new Database(E2E_DB_FILE, { timeout: 10_000 });
  try {
    db.pragma("foreign_keys = OFF");
    db.transaction(() => {
      for (const table of TABLES) db.prepare(`DELETE FROM "${table}"`).run();
      db.prepare(REVIEW_OFF).run();
    })();
  } finally {
    db.close();
  }
}

export function countRows(table: (typeof TABLES)[number]): number {
  return Number(runSql(`SELECT COUNT(*) AS n FROM "${table}"`)[0]);
}
