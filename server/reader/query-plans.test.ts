import Database from "better-sqlite3";
import pg from "pg";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { recordQueries, type RecordedQuery } from "@/test/queries";

// Indexes that the plans use: every statement the reader pages and public
// API lists issue is explained, on SQLite (EXPLAIN QUERY PLAN) or
// PostgreSQL (EXPLAIN), and none may read a big table (claims, articles,
// evidence, verdicts, events) from end to end, nor sort every claim to show
// a page of them.
// On PostgreSQL a test-sized table is cheaper to scan than to look up, so
// the planner would rightly pick sequential scans here: with
// `SET LOCAL enable_seqscan = off` it uses an index wherever one serves the
// query, and a sequential scan that remains means no index could.
vi.hoisted(() => {
  process.env.HINDSIGHT_READER_CACHE = "off";
});

const { loadSyntheticData } = await import("@/scripts/synthetic/load");
const { readerPageLoads } = await import("@/test/reader-pages");
const { databaseProvider } = await import("@/server/platform/env");

const BIG = ["Claim", "Article", "Evidence", "Verdict", "Event"];
type Statement = RecordedQuery & { page: string };

let statements: Statement[] = [];
beforeAll(async () => {
  await loadSyntheticData({ claims: 600, articles: 120, events: 10, outlets: 8, seed: 5 });
  for (const page of await readerPageLoads()) {
    const { queries } = await recordQueries(page.load);
    statements.push(...queries.filter((q) => /^\s*(SELECT|WITH)\b/i.test(q.query)).map((q) => ({ ...q, page: page.name })));
  }
  // Each distinct statement once.
  statements = [...new Map(statements.map((s) => [s.query, s])).values()];
});

function sqliteFile() {
  return process.env.DATABASE_URL!.slice("file:".length);
}

/** Problems in SQLite's plan for one statement: a big table read whole, or every row sorted. */
function sqliteProblems(db: Database.Database, s: Statement): string[] {
  // better-sqlite3 binds no booleans; Prisma's SQLite adapter sends them as 1 and 0.
  const params = (s.params as unknown[]).map((p) => (typeof p === "boolean" ? Number(p) : p));
  const plan = db.prepare(`EXPLAIN QUERY PLAN ${s.query}`).all(...params) as { detail: string }[];
  const lines = plan.map((p) => p.detail);
  // "SCAN main.Claim": every row; "SCAN … USING (COVERING) INDEX" walks an index (with LIMIT, only a page of it).
  const problems = lines.filter((d) => new RegExp(`^SCAN (main\\.)?(${BIG.join("|")})( AS \\w+)?$`).test(d));
  if (process.env.HINDSIGHT_PRINT_PLANS) console.log(`${s.page}\n  ${s.query.slice(0, 300)}\n  ${lines.join(" | ")}`);
  // A page of claims in source or verdict order must walk an index in that order.
  if (
    /FROM `main`.`Claim` WHERE (?!.*`id` IN).*ORDER BY `main`.`Claim`.`(sourceAt|ratedAt)`/.test(s.query) &&
    lines.some((d) => d === "USE TEMP B-TREE FOR ORDER BY")
  ) {
    problems.push("sorts every matching claim");
  }
  return problems.map((p) => `${s.page}: ${p}\n  ${s.query}\n  ${lines.join(" | ")}`);
}

describe.runIf(databaseProvider() === "sqlite")("SQLite query plans", () => {
  it("use indexes for every reader query", () => {
    // Planned without statistics, as in a database the app filled itself
    // (nothing runs ANALYZE): SQLite then assumes big tables. With the
    // statistics of this small test database it would rightly scan the
    // tiny tables instead; the 100,000-claim database of `npm run
    // bench:scale` is checked the same way in docs/performance.md.
    const writer = new Database(sqliteFile());
    writer.exec(`DROP TABLE IF EXISTS sqlite_stat1`);
    writer.close();
    const db = new Database(sqliteFile(), { readonly: true });
    try {
      expect(statements.length).toBeGreaterThan(20);
      expect(statements.flatMap((s) => sqliteProblems(db, s))).toEqual([]);
    } finally {
      db.close();
    }
  });
});

type PlanNode = { "Node Type": string; "Relation Name"?: string; Plans?: PlanNode[] };
function seqScans(node: PlanNode): string[] {
  const own = node["Node Type"] === "Seq Scan" && BIG.includes(node["Relation Name"] ?? "") ? [node["Relation Name"]!] : [];
  return [...own, ...(node.Plans ?? []).flatMap(seqScans)];
}

describe.runIf(databaseProvider() === "postgresql")("PostgreSQL query plans", () => {
  it("can use an index for every reader query (sequential scans discouraged)", async () => {
    const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await client.connect();
    const problems: string[] = [];
    try {
      expect(statements.length).toBeGreaterThan(20);
      for (const s of statements) {
        await client.query("BEGIN");
        try {
          await client.query("SET LOCAL enable_seqscan = off");
          const rows = (await client.query(`EXPLAIN (FORMAT JSON) ${s.query}`, s.params)).rows as { "QUERY PLAN": { Plan: PlanNode }[] }[];
          const scans = seqScans(rows[0]!["QUERY PLAN"][0]!.Plan);
          if (scans.length) problems.push(`${s.page}: sequential scan of ${scans.join(", ")}\n  ${s.query}`);
        } finally {
          await client.query("ROLLBACK");
        }
      }
    } finally {
      await client.end();
    }
    expect(problems).toEqual([]);
  });
});
