import { afterEach, describe, expect, it } from "vitest";
import { db } from "@/server/platform/db";
import { databaseProvider, env } from "@/server/platform/env";
import { PgJobQueue } from "./pg-queue";
import type { JobQueue } from "./queue";
import { SqliteJobQueue } from "./sqlite-queue";

// The job interface on whichever database the run uses (HINDSIGHT_TEST_DB):
// the same behaviour from pg-boss and from the SQLite table.

const onPg = databaseProvider() === "postgresql";
const open: JobQueue[] = [];
const queue = (): JobQueue => {
  const q = onPg ? new PgJobQueue(env.DATABASE_URL, { pollingIntervalSeconds: 0.5 }) : new SqliteJobQueue(db, { pollMs: 20 });
  open.push(q);
  return q;
};
afterEach(async () => {
  await Promise.all(open.splice(0).map((q) => q.stop()));
});

async function until<T>(read: () => Promise<T>, done: (v: T) => boolean): Promise<T> {
  for (;;) {
    const value = await read();
    if (done(value)) return value;
    await new Promise((r) => setTimeout(r, 50));
  }
}

let n = 0;
const name = (what: string) => `test-${what}-${++n}`;

describe(`jobs on ${databaseProvider()}`, () => {
  it("runs a job once with its data and records it completed", async () => {
    const q = queue();
    const job = name("once");
    const seen: unknown[] = [];
    await q.work<{ url: string }>(job, async (data) => void seen.push(data));
    await q.start();
    const id = (await q.send(job, { url: "https://example.org/a" }))!;
    const info = await until(
      () => q.find(job, id),
      (j) => j?.state === "completed",
    );
    expect(seen).toEqual([{ url: "https://example.org/a" }]);
    expect(info).toMatchObject({ id, name: job, state: "completed", attempts: 1 });
  });

  it("retries a failing job, then records it failed with the last error", async () => {
    const q = queue();
    const job = name("retry");
    const attempts: number[] = [];
    await q.work(job, async (_data, ctx) => {
      attempts.push(ctx.attempt);
      throw new Error(`refused on attempt ${ctx.attempt}`);
    });
    await q.start();
    const id = (await q.send(job, {}, { retryLimit: 1, retryDelaySeconds: 1 }))!;
    const info = await until(
      () => q.find(job, id),
      (j) => j?.state === "failed",
    );
    expect(attempts).toEqual([1, 2]);
    expect(info).toMatchObject({ state: "failed", attempts: 2 });
    expect(info!.lastError).toBe("refused on attempt 2");
  });

  it("keeps queued jobs across a restart: a new worker runs what the stopped one never took", async () => {
    const job = name("restart");
    const before = queue();
    const id = (await before.send(job, { n: 1 }))!;
    await before.stop();
    const after = queue();
    const seen: unknown[] = [];
    await after.work(job, async (data) => void seen.push(data));
    await after.start();
    await until(
      () => after.find(job, id),
      (j) => j?.state === "completed",
    );
    expect(seen).toEqual([{ n: 1 }]);
  });

  it("never runs a job twice at once with two workers on one database", async () => {
    const job = name("shared");
    const runs = new Map<number, number>();
    let running = new Set<number>();
    let overlap = false;
    const handler = async (data: { n: number }) => {
      if (running.has(data.n)) overlap = true;
      running.add(data.n);
      runs.set(data.n, (runs.get(data.n) ?? 0) + 1);
      await new Promise((r) => setTimeout(r, 5));
      running = new Set([...running].filter((x) => x !== data.n));
    };
    const [a, b] = [queue(), queue()];
    for (const q of [a, b]) await q.work(job, handler);
    const ids: string[] = [];
    for (let i = 0; i < 20; i++) ids.push((await a.send(job, { n: i }))!);
    await Promise.all([a.start(), b.start()]);
    for (const id of ids)
      await until(
        () => a.find(job, id),
        (j) => j?.state === "completed",
      );
    expect(overlap).toBe(false);
    expect([...runs.values()]).toEqual(Array(20).fill(1));
  });
});

describe.runIf(onPg)("jobs on PostgreSQL: a failed start", () => {
  it("is not kept: once the database is there, the same queue starts and runs jobs", async () => {
    // Servers started at once can deadlock on pg-boss's schema; here the start fails because the database is missing.
    const dbName = `hindsight_jobs_late_${process.pid}_${Date.now()}`;
    const url = new URL(env.DATABASE_URL);
    url.pathname = `/${dbName}`;
    const q = new PgJobQueue(url.toString(), { pollingIntervalSeconds: 0.5 });
    open.push(q);
    const job = name("late");
    const seen: unknown[] = [];
    await q.work<{ n: number }>(job, async (data) => void seen.push(data));
    await expect(q.start()).rejects.toThrow(/does not exist/);
    await db.$executeRawUnsafe(`CREATE DATABASE "${dbName}"`);
    try {
      await q.start();
      const id = (await q.send(job, { n: 1 }))!;
      await until(
        () => q.find(job, id),
        (j) => j?.state === "completed",
      );
      expect(seen).toEqual([{ n: 1 }]);
    } finally {
      await q.stop();
      await db.$executeRawUnsafe(`DROP DATABASE "${dbName}" WITH (FORCE)`);
    }
  });
});

describe.runIf(!onPg)("jobs on SQLite: leases and backoff by the clock", () => {
  it("waits retryDelay·2^(attempt−1) between retries", async () => {
    let now = new Date("2026-12-01T12:00:00Z");
    const q = new SqliteJobQueue(db, { now: () => now });
    const job = name("backoff");
    const attempts: number[] = [];
    await q.work(job, async (_d, ctx) => {
      attempts.push(ctx.attempt);
      throw new Error("down");
    });
    const id = (await q.send(job, {}, { retryLimit: 2, retryDelaySeconds: 10 }))!;
    expect(await q.runDue()).toBe(1);
    expect((await q.find(job, id))!.startAfter).toEqual(new Date("2026-12-01T12:00:10Z"));
    now = new Date("2026-12-01T12:00:09Z");
    expect(await q.runDue()).toBe(0);
    now = new Date("2026-12-01T12:00:10Z");
    expect(await q.runDue()).toBe(1);
    expect((await q.find(job, id))!.startAfter).toEqual(new Date("2026-12-01T12:00:30Z"));
    now = new Date("2026-12-01T12:00:30Z");
    expect(await q.runDue()).toBe(1);
    expect(attempts).toEqual([1, 2, 3]);
    expect(await q.find(job, id)).toMatchObject({ state: "failed", attempts: 3, lastError: "down" });
  });

  it("takes a job again after the lease of a worker that died holding it, not before", async () => {
    let now = new Date("2026-12-01T12:00:00Z");
    const job = name("lease");
    const dead = new SqliteJobQueue(db, { now: () => now, leaseSeconds: 60 });
    await dead.work(job, () => new Promise<void>(() => undefined)); // never finishes: the process "died"
    const id = (await dead.send(job, { n: 7 }))!;
    void dead.runDue();
    await until(
      () => dead.find(job, id),
      (j) => j?.state === "active",
    );

    const restarted = new SqliteJobQueue(db, { now: () => now, leaseSeconds: 60 });
    const seen: unknown[] = [];
    await restarted.work(job, async (data) => void seen.push(data));
    now = new Date("2026-12-01T12:00:59Z");
    expect(await restarted.runDue()).toBe(0);
    now = new Date("2026-12-01T12:01:01Z");
    expect(await restarted.runDue()).toBe(1);
    expect(seen).toEqual([{ n: 7 }]);
    expect(await restarted.find(job, id)).toMatchObject({ state: "completed", attempts: 2 });
  });

  it("deletes finished jobs after 14 days, keeping waiting ones and recent ones", async () => {
    let now = new Date("2026-12-01T12:00:00Z");
    const q = new SqliteJobQueue(db, { now: () => now });
    const job = name("prune");
    await q.work(job, async () => undefined);
    const done = (await q.send(job, {}))!;
    await q.runDue();
    const waiting = (await q.send(job, {}, { startAfter: new Date("2027-01-01T00:00:00Z") }))!;
    now = new Date("2026-12-15T11:00:00Z");
    expect(await q.prune()).toBe(0);
    now = new Date("2026-12-15T13:00:00Z");
    expect(await q.prune()).toBeGreaterThanOrEqual(1); // the other clock tests' finished jobs are as old
    expect(await q.find(job, done)).toBeNull();
    expect(await q.find(job, waiting)).toMatchObject({ state: "created" });
  });
});
