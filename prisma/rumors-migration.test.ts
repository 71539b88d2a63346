import { createHash } from "node:crypto";
import { mkdtempSync, readdirSync, readFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { createPgDatabase, dropPgDatabase, PG_BASE_URL, pgDatabaseName, pgUrl } from "@/test/pg";

// The rumors migration (issue 12) on a database made by the previous schema,
// on both providers: every claim becomes a rumor of its own (same id) with
// its event, deadline, version, evidence, verdict history and rejections;
// every row of the old database is still there with the same values; and the
// app, migrated to the latest schema, finds the result consistent and keeps
// working on it (on the provider of this test run).

const RUMORS = "20261201153836_rumors";
const dirs = (root: string) =>
  readdirSync(root, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort();
const sql = (root: string, dir: string) => readFileSync(path.join(root, dir, "migration.sql"), "utf8");
const RUN_ON_PG = /^postgres(ql)?:/.test(process.env.DATABASE_URL ?? "");

const T = {
  src: "2024-08-09T10:00:00.000Z",
  src3: "2024-08-10T08:00:00.000Z",
  post: "2024-08-12T10:00:00.000Z",
  post2: "2024-08-14T10:00:00.000Z",
  later: "2024-08-16T10:00:00.000Z",
  event: "2024-08-11T00:00:00.000Z",
  deadline: "2024-08-20T00:00:00.000Z",
};
const BODY = {
  a1: "Cruise will jump.",
  a2: "Cruise jumped.",
  a3: "Rumours say Cruise may jump from the roof.",
  a4: "The stunt was real. Cruise jumped from the roof of the stadium.",
};
const hash = (s: string) => createHash("sha256").update(s, "utf8").digest("hex");
const span = (article: keyof typeof BODY, quote: string) => {
  const start = BODY[article].indexOf(quote);
  return `${start}, ${start + quote.length}, '${quote}'`;
};

// c1: published, rated, a draft second thought, evidence, a rejection, audit.
// c2: an unpublished event-less draft with nothing else.
// c3: another outlet's hedged version, re-rated (refuted, then confirmed), two pieces of evidence.
const ROWS = [
  `INSERT INTO "User" ("id", "name", "email", "role", "createdAt", "updatedAt") VALUES ('u1', 'Eddie', 'e@x.org', 'editor', $src, $src)`,
  `INSERT INTO "Outlet" ("id", "name", "slug", "createdAt") VALUES ('o1', 'Pre Daily', 'pre-daily', $src), ('o2', 'Post Daily', 'post-daily', $src), ('o3', 'Third Wire', 'third-wire', $src)`,
  `INSERT INTO "Article" ("id", "outletId", "title", "publishedAt", "body", "sha256", "importedAt") VALUES
     ('a1', 'o1', 'Before', $src, '${BODY.a1}', '${hash(BODY.a1)}', $src),
     ('a2', 'o2', 'After', $post, '${BODY.a2}', '${hash(BODY.a2)}', $post),
     ('a3', 'o3', 'Rumours', $src3, '${BODY.a3}', '${hash(BODY.a3)}', $src3),
     ('a4', 'o2', 'The stunt', $post2, '${BODY.a4}', '${hash(BODY.a4)}', $post2)`,
  `INSERT INTO "Event" ("id", "name", "slug", "date", "createdAt") VALUES ('e1', 'Closing', 'closing', $event, $src)`,
  `INSERT INTO "Claim" ("id", "eventId", "articleId", "quoteStart", "quoteEnd", "quoteText", "statement", "attributedTo", "deadline", "createdById", "createdAt", "updatedAt", "version", "publishedAt", "currentVerdictId", "outletId", "sourceAt", "rating", "ratedAt", "own")
   VALUES ('c1', 'e1', 'a1', ${span("a1", "Cruise will jump.")}, 'Cruise will jump.', 'The outlet itself', $deadline, 'u1', $src, $post, 5, $post, NULL, 'o1', $src, 'confirmed', $post, $true),
          ('c2', NULL, 'a1', ${span("a1", "Cruise")}, 'A draft claim.', 'French media', NULL, 'u1', $src, $src, 1, NULL, NULL, 'o1', $src, NULL, NULL, $false),
          ('c3', 'e1', 'a3', ${span("a3", "Cruise may jump from the roof")}, 'Cruise may jump from the roof.', 'Rumours', NULL, 'u1', $src3, $later, 7, $src3, NULL, 'o3', $src3, 'confirmed', $later, $false)`,
  `INSERT INTO "Verdict" ("id", "claimId", "rating", "rationale", "decidedById", "decidedAt", "publishedAt") VALUES
     ('v1', 'c1', 'confirmed', 'He jumped.', 'u1', $post, $post),
     ('v2', 'c1', 'refuted', 'Draft second thoughts.', 'u1', $post2, NULL),
     ('v3', 'c3', 'refuted', 'No jump seen at first.', 'u1', $post, $post),
     ('v4', 'c3', 'confirmed', 'Re-rated: he did jump.', 'u1', $later, $later)`,
  `UPDATE "Claim" SET "currentVerdictId" = 'v1' WHERE "id" = 'c1'`,
  `UPDATE "Claim" SET "currentVerdictId" = 'v4' WHERE "id" = 'c3'`,
  `INSERT INTO "Evidence" ("id", "claimId", "articleId", "quoteStart", "quoteEnd", "quoteText", "stance", "note", "createdById", "createdAt") VALUES
     ('ev1', 'c1', 'a2', ${span("a2", "Cruise jumped.")}, 'supports', NULL, 'u1', $post),
     ('ev2', 'c3', 'a2', ${span("a2", "Cruise jumped.")}, 'supports', 'Same report.', 'u1', $post),
     ('ev3', 'c3', 'a4', ${span("a4", "Cruise jumped from the roof of the stadium")}, 'supports', NULL, 'u1', $later)`,
  `INSERT INTO "SuggestionRejection" ("id", "claimId", "articleId", "quoteStart", "quoteEnd", "createdAt") VALUES ('sr1', 'c1', 'a2', 0, 6, $post), ('sr2', 'c3', 'a4', 0, 19, $later)`,
  `INSERT INTO "AuditEvent" ("id", "at", "actorName", "action", "entityType", "entityId", "claimId", "outcome") VALUES
     ('au1', $src, 'Eddie', 'claim.create', 'claim', 'c1', 'c1', 'ok'),
     ('au2', $later, 'Eddie', 'verdict.record', 'verdict', 'v4', 'c3', 'ok'),
     ('au3', $later, 'Eddie', 'user.login', 'user', 'u1', NULL, 'ok')`,
  `INSERT INTO "OutletTally" ("outletId", "own", "rating", "count") VALUES ('o1', $true, 'confirmed', 1), ('o3', $false, 'confirmed', 1)`,
  `INSERT INTO "EventTally" ("eventId", "rating", "count") VALUES ('e1', 'confirmed', 2)`,
];

type Row = Record<string, unknown>;
type Query = (text: string) => Promise<Row[]>;
const KEPT = ["User", "Outlet", "Article", "Event", "AuditEvent", "Claim", "Evidence", "Verdict", "SuggestionRejection"] as const;
const all = (q: Query, table: string) => q(`SELECT * FROM "${table}" ORDER BY "id"`);
const byId = (rows: Row[]) => new Map(rows.map((r) => [r.id, r]));
const omit = (row: Row, ...keys: string[]) => Object.fromEntries(Object.entries(row).filter(([k]) => !keys.includes(k)));

/** Every row of the old tables, keyed by table. */
async function snapshot(q: Query) {
  return Object.fromEntries(await Promise.all(KEPT.map(async (t) => [t, await all(q, t)] as const))) as Record<(typeof KEPT)[number], Row[]>;
}

/** Nothing lost: each old row is still there with the same values; what moved to the rumor moved with the same values. */
async function expectNothingLost(q: Query, before: Awaited<ReturnType<typeof snapshot>>) {
  for (const table of ["User", "Outlet", "Article", "Event"] as const) expect(await all(q, table), table).toEqual(before[table]);
  const audit = byId(await all(q, "AuditEvent"));
  for (const old of before.AuditEvent) expect(omit(audit.get(old.id)!, "rumorId"), `audit ${old.id}`).toEqual(old);

  const claims = byId(await all(q, "Claim"));
  const rumors = byId(await all(q, "Rumor"));
  expect([...claims.keys()]).toEqual(before.Claim.map((c) => c.id));
  expect([...rumors.keys()]).toEqual(before.Claim.map((c) => c.id));
  for (const old of before.Claim) {
    const moved = ["deadline", "version", "currentVerdictId"];
    expect(omit(claims.get(old.id)!, "rumorId", "stance", "relayedFromId", "overrideVerdictId", "origin"), `claim ${old.id}`).toEqual(omit(old, ...moved));
    expect(claims.get(old.id)).toMatchObject({ rumorId: old.id, stance: "asserts", relayedFromId: null, overrideVerdictId: null });
    const rumor = rumors.get(old.id)!;
    expect(rumor, `rumor ${old.id}`).toMatchObject({
      statement: old.statement,
      eventId: old.eventId,
      deadline: old.deadline,
      createdById: old.createdById,
      createdAt: old.createdAt,
      updatedAt: old.updatedAt,
      currentVerdictId: old.currentVerdictId,
      rating: old.rating,
      ratedAt: old.ratedAt,
    });
    expect(Number(rumor.version)).toBe(Number(old.version));
  }
  // Evidence, verdicts and rejections keep their ids and values; their claim became their rumor.
  for (const table of ["Evidence", "Verdict", "SuggestionRejection"] as const) {
    const after = byId(await all(q, table));
    expect([...after.keys()], table).toEqual(before[table].map((r) => r.id));
    for (const old of before[table]) {
      const row = after.get(old.id)!;
      expect(omit(row, "rumorId", "claimId"), `${table} ${old.id}`).toEqual(omit(old, "claimId"));
      expect(row.rumorId).toBe(old.claimId);
      // Rumor-wide verdicts: none of the old ones was an override.
      if (table === "Verdict") expect(row.claimId).toBeNull();
    }
  }
}

async function expectMigrated(q: Query, time: (v: unknown) => number, bool: (v: unknown) => boolean) {
  const rumors = byId(await q(`SELECT * FROM "Rumor"`));
  expect(rumors.get("c1")).toMatchObject({ currentVerdictId: "v1", rating: "confirmed", publicClaims: 1 });
  expect(time(rumors.get("c1")!.firstAt)).toBe(Date.parse(T.src));
  expect(rumors.get("c2")).toMatchObject({ eventId: null, currentVerdictId: null, rating: null, publicClaims: 0, firstAt: null });
  expect(rumors.get("c3")).toMatchObject({ currentVerdictId: "v4", rating: "confirmed", publicClaims: 1 });
  expect(rumors.get("c3")!.deadline).toBeNull();

  const claims = await q(`SELECT "id", "stance", "origin", "rating" FROM "Claim" ORDER BY "id"`);
  expect(claims.map((c) => [c.id, c.stance, bool(c.origin), c.rating])).toEqual([
    ["c1", "asserts", true, "confirmed"],
    ["c2", "asserts", false, null],
    ["c3", "asserts", true, "confirmed"],
  ]);
  expect(await q(`SELECT "claimId", "rumorId" FROM "AuditEvent" ORDER BY "id"`)).toEqual([
    { claimId: "c1", rumorId: "c1" },
    { claimId: "c3", rumorId: "c3" },
    { claimId: null, rumorId: null },
  ]);
  const tally = await q(`SELECT "outletId", "own", "stance", "origin", "rating", "count" FROM "OutletTally" ORDER BY "outletId"`);
  expect(tally.map((t) => [t.outletId, bool(t.own), t.stance, bool(t.origin), t.rating, Number(t.count)])).toEqual([
    ["o1", true, "asserts", true, "confirmed", 1],
    ["o3", false, "asserts", true, "confirmed", 1],
  ]);
  expect((await q(`SELECT "eventId", "rating", "count" FROM "EventTally"`)).map((t) => [t.eventId, t.rating, Number(t.count)])).toEqual([
    ["e1", "confirmed", 2],
  ]);
}

/**
 * The app on the migrated database (brought to the latest schema): its own
 * consistency check finds nothing wrong, readers see the rumors with their
 * verdicts, and a verdict recorded through a migrated claim goes to its rumor.
 * The app's data layer binds to DATABASE_URL once, so this runs on the
 * provider of the test run only.
 */
async function expectTheAppWorks(url: string) {
  process.env.DATABASE_URL = url;
  const { checkInvariants } = await import("@/scripts/synthetic/check");
  const { recordVerdict } = await import("@/server/claims/verdicts");
  const { getPublicRumor } = await import("@/server/reader/rumors");
  const { db } = await import("@/server/platform/db");
  try {
    expect(await checkInvariants()).toEqual([]);
    expect(await getPublicRumor("c3")).toMatchObject({ id: "c3", rating: "confirmed", claimCount: 1 });
    const { version } = await db.rumor.findUniqueOrThrow({ where: { id: "c1" }, select: { version: true } });
    await recordVerdict("c1", { rating: "refuted", rationale: "A correction came later.", version, publish: true }, null);
    expect(await db.rumor.findUniqueOrThrow({ where: { id: "c1" } })).toMatchObject({ rating: "refuted", version: version + 1 });
    expect(await db.verdict.count({ where: { rumorId: "c1" } })).toBe(3);
    expect(await checkInvariants()).toEqual([]);
  } finally {
    await db.$disconnect();
  }
}

describe("the rumors migration", () => {
  it("turns every claim of a SQLite database into a rumor of its own, losing nothing", async () => {
    const root = path.resolve(__dirname, "migrations");
    const file = path.join(mkdtempSync(path.join(os.tmpdir(), "hindsight-mig-")), "old.db");
    const db = new Database(file);
    for (const dir of dirs(root).filter((d) => d < RUMORS)) db.exec(sql(root, dir));
    const params = Object.fromEntries([...Object.entries(T).map(([k, v]) => [k, v.replace("Z", "+00:00")]), ["true", 1], ["false", 0]]);
    for (const row of ROWS) db.prepare(row.replace(/\$(\w+)/g, "@$1")).run(Object.fromEntries(Object.entries(params).filter(([k]) => row.includes(`$${k}`))));
    const q: Query = async (text) => db.prepare(text).all() as Row[];
    const before = await snapshot(q);
    db.exec(sql(root, RUMORS));
    await expectNothingLost(q, before);
    await expectMigrated(
      q,
      (v) => Date.parse(String(v)),
      (v) => v === 1,
    );
    expect(db.pragma("foreign_key_check")).toEqual([]);
    for (const dir of dirs(root).filter((d) => d > RUMORS)) db.exec(sql(root, dir));
    db.close();
    if (!RUN_ON_PG) await expectTheAppWorks(`file:${file}`);
  });

  it.skipIf(!PG_BASE_URL)("does the same on PostgreSQL", async () => {
    const root = path.resolve(__dirname, "postgresql/migrations");
    const name = pgDatabaseName("migration");
    await createPgDatabase(PG_BASE_URL!, name);
    afterAll(() => dropPgDatabase(PG_BASE_URL!, name));
    const client = new pg.Client({ connectionString: pgUrl(PG_BASE_URL!, name) });
    await client.connect();
    try {
      for (const dir of dirs(root).filter((d) => d < RUMORS)) await client.query(sql(root, dir));
      const values: Record<string, unknown> = { ...T, true: true, false: false };
      for (const row of ROWS) {
        const names: string[] = [];
        const text = row.replace(/\$(\w+)/g, (_, n: string) => {
          if (!names.includes(n)) names.push(n);
          return `$${names.indexOf(n) + 1}`;
        });
        await client.query(
          text,
          names.map((n) => values[n]),
        );
      }
      const q: Query = async (text) => (await client.query(text)).rows as Row[];
      const before = await snapshot(q);
      await client.query(sql(root, RUMORS));
      await expectNothingLost(q, before);
      await expectMigrated(
        q,
        (v) => (v as Date).getTime(),
        (v) => v === true,
      );
      for (const dir of dirs(root).filter((d) => d > RUMORS)) await client.query(sql(root, dir));
    } finally {
      await client.end();
    }
    if (RUN_ON_PG) await expectTheAppWorks(pgUrl(PG_BASE_URL!, name));
  });
});
