// Writes the synthetic world (world.ts) into the database DATABASE_URL
// names, SQLite or PostgreSQL, in batches: Prisma's createMany in chunks,
// one transaction per batch of events. The rows are complete as written
// (denormalized columns included); afterwards one statement per chunk points
// claims at their current verdicts (the two rows refer to each other), the
// tallies are counted from the claims, and the planner's statistics are
// refreshed. No audit trail is written: the rows are synthetic.
import { recountTallies } from "@/server/claims/facts";
import { databaseProvider, db, Prisma } from "@/server/platform/db";
import { generateEvent, planWorld, type EventRows, type SyntheticOptions } from "./world";

const GENERATED_EMAIL_DOMAIN = "generated.hindsight.invalid";

export type LoadOptions = SyntheticOptions & { reset?: boolean; log?: (line: string) => void; claimsPerBatch?: number };
export type LoadReport = {
  outlets: number;
  events: number;
  articles: number;
  rumors: number;
  claims: number;
  evidence: number;
  verdicts: number;
  published: number;
  ms: number;
  phases: Record<string, number>;
};

export class ExistingDataError extends Error {}

// Content tables, children first. Accounts, sessions and tokens are kept.
const CONTENT = [
  "NoteMention",
  "Notification",
  "Note",
  "MatchRejection",
  "SuggestionRejection",
  "EventTally",
  "OutletTally",
  "CertaintyTally",
  "QuoteEdit",
  "VerdictReview",
  "Verdict",
  "Evidence",
  "Claim",
  "Rumor",
  "Event",
  // Fetches saved as articles go with them (the files in the capture store stay).
  "Capture",
  "ArticleVersion",
  "FeedItem",
  "Feed",
  "Article",
  "Outlet",
] as const;
const CONTENT_AUDIT = `DELETE FROM "AuditEvent" WHERE "claimId" IS NOT NULL OR "rumorId" IS NOT NULL OR "entityType" IN ('article', 'claim', 'rumor', 'evidence', 'verdict', 'event')`;

/** Deletes every outlet, article, event, claim, evidence and verdict (and their audit rows). */
async function deleteContent(): Promise<void> {
  if (databaseProvider() === "postgresql") {
    await db.$transaction(
      async (tx) => {
        await tx.$executeRawUnsafe(`TRUNCATE ${CONTENT.map((t) => `"${t}"`).join(", ")}`);
        await tx.$executeRawUnsafe(CONTENT_AUDIT);
        await tx.user.deleteMany({ where: { email: { endsWith: `@${GENERATED_EMAIL_DOMAIN}` } } });
      },
      { timeout: 600_000 },
    );
    return;
  }
  await db.$transaction(
    async (tx) => {
      await tx.$executeRawUnsafe(`UPDATE "Rumor" SET "currentVerdictId" = NULL`);
      await tx.$executeRawUnsafe(`UPDATE "Claim" SET "overrideVerdictId" = NULL`);
      for (const table of CONTENT) await tx.$executeRawUnsafe(`DELETE FROM "${table}"`);
      await tx.$executeRawUnsafe(CONTENT_AUDIT);
      await tx.user.deleteMany({ where: { email: { endsWith: `@${GENERATED_EMAIL_DOMAIN}` } } });
    },
    { timeout: 600_000 },
  );
}

function chunks<T>(rows: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += size) out.push(rows.slice(i, i + size));
  return out;
}

type Tx = Parameters<Parameters<typeof db.$transaction>[0]>[0];

/** Points rumors at their current verdicts and claims at their overrides: one statement per chunk, the same SQL on both databases. */
async function pointAt(tx: Tx, table: "Rumor" | "Claim", column: "currentVerdictId" | "overrideVerdictId", rows: { id: string; verdictId: string }[]) {
  const t = Prisma.raw(`"${table}"`);
  const c = Prisma.raw(`"${column}"`);
  for (const part of chunks(rows, 2000)) {
    const values = Prisma.join(part.map((r) => Prisma.sql`(${r.id}, ${r.verdictId})`));
    await tx.$executeRaw`WITH v(rid, vid) AS (VALUES ${values})
      UPDATE ${t} SET ${c} = (SELECT vid FROM v WHERE rid = ${t}."id") WHERE "id" IN (SELECT rid FROM v)`;
  }
}

/**
 * Inserts rows with one set-based statement per chunk: the rows travel as
 * one JSON parameter that the database itself unpacks (SQLite json_each,
 * PostgreSQL json_populate_recordset), inside Prisma's transaction. Prisma's
 * createMany spends most of its time per value in JavaScript and, on SQLite,
 * splits into statements of 999 variables (≈ 47 claims each): measured here
 * at 1,250 claims/s on SQLite and 900/s on PostgreSQL, against tens of
 * thousands with this (docs/performance.md). Values are encoded as the
 * driver adapters encode them: on SQLite DateTime as ISO 8601 text with
 * "+00:00" (adapter-better-sqlite3's default) and booleans as 0/1; on
 * PostgreSQL JSON's text input for timestamp(3), enums and booleans.
 */
async function bulkInsert(tx: Tx | typeof db, table: string, rows: object[]): Promise<void> {
  if (rows.length === 0) return;
  const cols = Object.keys(rows[0]!);
  const list = cols.map((c) => `"${c}"`).join(", ");
  if (databaseProvider() === "postgresql") {
    await tx.$executeRawUnsafe(
      `INSERT INTO "${table}" (${list}) SELECT ${list} FROM json_populate_recordset(NULL::"${table}", $1::json)`,
      JSON.stringify(rows),
    );
    return;
  }
  const sqliteValue = (v: unknown) => (v instanceof Date ? v.toISOString().replace("Z", "+00:00") : typeof v === "boolean" ? (v ? 1 : 0) : v);
  const encoded = rows.map((r) => cols.map((c) => sqliteValue((r as Record<string, unknown>)[c])));
  const values = cols.map((_, i) => `json_extract(value, '$[${i}]')`).join(", ");
  await tx.$executeRawUnsafe(`INSERT INTO "${table}" (${list}) SELECT ${values} FROM json_each(?)`, JSON.stringify(encoded));
}

async function writeBatch(rows: EventRows) {
  await db.$transaction(
    async (tx) => {
      // Article bodies are a few kilobytes each: smaller chunks.
      for (const part of chunks(rows.articles, 500)) await bulkInsert(tx, "Article", part);
      // The pointers to verdicts wait for the verdicts (the rows refer to each other).
      const rumors = rows.rumors.map((r) => ({ ...r, currentVerdictId: null }));
      const claims = rows.claims.map((c) => ({ ...c, overrideVerdictId: null }));
      for (const part of chunks(rumors, 2000)) await bulkInsert(tx, "Rumor", part);
      for (const part of chunks(claims, 2000)) await bulkInsert(tx, "Claim", part);
      for (const part of chunks(rows.evidence, 2000)) await bulkInsert(tx, "Evidence", part);
      for (const part of chunks(rows.verdicts, 2000)) await bulkInsert(tx, "Verdict", part);
      await pointAt(
        tx,
        "Rumor",
        "currentVerdictId",
        rows.current.map((r) => ({ id: r.rumorId, verdictId: r.verdictId })),
      );
      await pointAt(
        tx,
        "Claim",
        "overrideVerdictId",
        rows.overrides.map((o) => ({ id: o.claimId, verdictId: o.verdictId })),
      );
    },
    { timeout: 600_000, maxWait: 60_000 },
  );
}

/** Fills the database with the synthetic world; refuses a database that holds content unless `reset`. */
export async function loadSyntheticData(options: LoadOptions): Promise<LoadReport> {
  const log = options.log ?? (() => {});
  const started = performance.now();
  const phases: Record<string, number> = {};
  const phase = async <T>(name: string, fn: () => Promise<T>): Promise<T> => {
    const t = performance.now();
    const result = await fn();
    phases[name] = Math.round(performance.now() - t);
    return result;
  };

  const [articles, events, outlets] = await Promise.all([db.article.count(), db.event.count(), db.outlet.count()]);
  if (articles + events + outlets > 0) {
    if (!options.reset) {
      throw new ExistingDataError(
        `The database already holds ${articles} article(s), ${events} event(s) and ${outlets} outlet(s). ` +
          "Run again with --reset to replace them (every outlet, article, event, claim, evidence and verdict is deleted; accounts are kept).",
      );
    }
    log(`Deleting the existing content (${articles} articles, ${events} events)…`);
    await phase("reset", deleteContent);
  } else {
    await db.user.deleteMany({ where: { email: { endsWith: `@${GENERATED_EMAIL_DOMAIN}` } } });
  }

  const plan = planWorld(options);
  const { options: o } = plan;
  log(
    `Generating ${o.claims} claims in ${plan.events.reduce((n, e) => n + e.rumors, 0)} rumors, ${o.articles} articles, ${o.events} events, ${o.outlets} outlets (seed ${o.seed}) into ${databaseProvider() === "postgresql" ? "PostgreSQL" : "SQLite"}…`,
  );

  await phase("outlets, events, editors", async () => {
    await db.user.createMany({ data: plan.users });
    await bulkInsert(
      db,
      "Outlet",
      plan.outlets.map(({ reliability: _r, weight: _w, ...row }) => row),
    );
    for (const part of chunks(
      plan.events.map((e) => e.row),
      2000,
    ))
      await bulkInsert(db, "Event", part);
  });

  const total = { articles: 0, rumors: 0, claims: 0, evidence: 0, verdicts: 0, published: 0 };
  const perEvent = o.claims / Math.max(1, o.events);
  const batchEvents = Math.max(1, Math.round((options.claimsPerBatch ?? 5000) / Math.max(1, perEvent)));
  const hashes = new Set<string>();
  let generateMs = 0;
  let writeMs = 0;
  let lastLog = 0;
  for (let first = 0; first < plan.events.length; first += batchEvents) {
    const t0 = performance.now();
    const batch: EventRows = { articles: [], rumors: [], claims: [], evidence: [], verdicts: [], current: [], overrides: [] };
    for (let e = first; e < Math.min(plan.events.length, first + batchEvents); e++) {
      const rows = generateEvent(plan, e, hashes);
      batch.articles.push(...rows.articles);
      batch.rumors.push(...rows.rumors);
      batch.claims.push(...rows.claims);
      batch.evidence.push(...rows.evidence);
      batch.verdicts.push(...rows.verdicts);
      batch.current.push(...rows.current);
      batch.overrides.push(...rows.overrides);
    }
    const t1 = performance.now();
    await writeBatch(batch);
    generateMs += t1 - t0;
    writeMs += performance.now() - t1;
    total.articles += batch.articles.length;
    total.rumors += batch.rumors.length;
    total.claims += batch.claims.length;
    total.evidence += batch.evidence.length;
    total.verdicts += batch.verdicts.length;
    total.published += batch.claims.filter((c) => c.publishedAt).length;
    const done = Math.min(plan.events.length, first + batchEvents);
    if (performance.now() - lastLog > 2000 || done === plan.events.length) {
      lastLog = performance.now();
      const s = ((performance.now() - started) / 1000).toFixed(1);
      log(
        `  events ${done}/${o.events} · articles ${total.articles}/${o.articles} · claims ${total.claims}/${o.claims} in ${total.rumors} rumors · evidence ${total.evidence} · verdicts ${total.verdicts} · ${s} s`,
      );
    }
  }
  phases["generate rows"] = Math.round(generateMs);
  phases["write rows"] = Math.round(writeMs);

  await phase("tallies", () => db.$transaction((tx) => recountTallies(tx), { timeout: 600_000 }));
  await phase("planner statistics", async () => {
    // Fresh statistics, as after any bulk load; on PostgreSQL VACUUM also
    // sets the visibility map that index-only scans rely on.
    if (databaseProvider() === "postgresql") await db.$executeRawUnsafe(`VACUUM ANALYZE`);
    else await db.$executeRawUnsafe(`ANALYZE`);
  });

  return { outlets: o.outlets, events: o.events, ...total, ms: Math.round(performance.now() - started), phases };
}
