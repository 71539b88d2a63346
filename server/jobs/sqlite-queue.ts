import "server-only";
import { randomUUID } from "node:crypto";
import type { Db } from "@/server/platform/db";
import {
  DEFAULT_RETRY_DELAY_SECONDS,
  DEFAULT_RETRY_LIMIT,
  errorText,
  type JobHandler,
  type JobInfo,
  type JobQueue,
  type JobStateName,
  type SendOptions,
} from "./queue";

// Jobs on the embedded SQLite database: one table (model Job), taken by a
// compare-and-swap on (id, state, attempts) so two workers on one file — the
// app and `npm run worker`, say — never both take a job, and held for a lease
// so a job whose process died runs again once its lease has passed. Retries
// wait retryDelay · 2^(attempt−1) seconds. ADR 0027.

export type SqliteQueueOptions = {
  /** The clock; tests move it instead of sleeping. */
  now?: () => Date;
  /** How often an idle worker looks for due jobs. */
  pollMs?: number;
  /** How long a taken job is held before another worker may take it again. */
  leaseSeconds?: number;
  /** Jobs run at once by this worker. */
  concurrency?: number;
};

type Row = { id: string; name: string; data: string; state: string; attempts: number; retryLimit: number; retryDelay: number };

const WAITING = ["created", "retry"];
const KEEP_DAYS = 14;

export class SqliteJobQueue implements JobQueue {
  private readonly handlers = new Map<string, JobHandler<object>>();
  private readonly running = new Set<Promise<void>>();
  private readonly workerId = randomUUID();
  private readonly now: () => Date;
  private readonly pollMs: number;
  private readonly leaseMs: number;
  private readonly concurrency: number;
  private timer: NodeJS.Timeout | null = null;
  private started = false;
  private ticking = false;

  constructor(
    private readonly db: Db,
    options: SqliteQueueOptions = {},
  ) {
    this.now = options.now ?? (() => new Date());
    this.pollMs = options.pollMs ?? 1000;
    this.leaseMs = (options.leaseSeconds ?? 300) * 1000;
    this.concurrency = options.concurrency ?? 2;
  }

  async start() {
    this.started = true;
    this.schedule(0);
  }

  async stop() {
    this.started = false;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    await Promise.allSettled([...this.running]);
  }

  async send<T extends object>(name: string, data: T, options: SendOptions = {}) {
    const job = await this.db.job.create({
      data: {
        name,
        data: JSON.stringify(data),
        runAt: options.startAfter ?? this.now(),
        retryLimit: options.retryLimit ?? DEFAULT_RETRY_LIMIT,
        retryDelay: options.retryDelaySeconds ?? DEFAULT_RETRY_DELAY_SECONDS,
      },
      select: { id: true },
    });
    if (this.started) this.schedule(0);
    return job.id;
  }

  async work<T extends object>(name: string, handler: JobHandler<T>) {
    this.handlers.set(name, handler as JobHandler<object>);
    if (this.started) this.schedule(0);
  }

  async find(name: string, id: string): Promise<JobInfo | null> {
    const row = await this.db.job.findFirst({ where: { id, name } });
    if (!row) return null;
    return {
      id: row.id,
      name: row.name,
      state: row.state as JobStateName,
      attempts: row.attempts,
      lastError: row.lastError,
      startAfter: row.runAt,
      completedAt: row.completedAt,
    };
  }

  /** Takes and runs every job due now, one after another (tests, and the CLI's drain). */
  async runDue(): Promise<number> {
    let ran = 0;
    for (let job = await this.take(); job; job = await this.take()) {
      await this.run(job);
      ran++;
    }
    return ran;
  }

  private schedule(ms: number) {
    if (!this.started) return;
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.tick(), ms);
    this.timer.unref?.();
  }

  private async tick() {
    if (this.ticking) return;
    this.ticking = true;
    try {
      await this.prune();
      while (this.started && this.running.size < this.concurrency) {
        const job = await this.take();
        if (!job) break;
        const run = this.run(job).finally(() => {
          this.running.delete(run);
          this.schedule(0);
        });
        this.running.add(run);
      }
    } catch (error) {
      console.error("jobs: could not take a job:", errorText(error));
    } finally {
      this.ticking = false;
      this.schedule(this.pollMs);
    }
  }

  private prunedAt = 0;

  /** Finished jobs are kept KEEP_DAYS for the record, then deleted (pg-boss archives its own); at most hourly. */
  async prune() {
    const now = this.now().getTime();
    if (now - this.prunedAt < 3_600_000) return 0;
    this.prunedAt = now;
    const { count } = await this.db.job.deleteMany({
      where: { state: { in: ["completed", "failed"] }, completedAt: { lt: new Date(now - KEEP_DAYS * 86_400_000) } },
    });
    return count;
  }

  /** The next due job this worker can run, now held by it; null when there is none. */
  private async take(): Promise<Row | null> {
    const names = [...this.handlers.keys()];
    if (names.length === 0) return null;
    for (;;) {
      const now = this.now();
      const candidate = await this.db.job.findFirst({
        where: {
          name: { in: names },
          OR: [
            { state: { in: WAITING }, runAt: { lte: now } },
            { state: "active", lockedUntil: { lt: now } },
          ],
        },
        orderBy: { runAt: "asc" },
        select: { id: true, name: true, data: true, state: true, attempts: true, retryLimit: true, retryDelay: true },
      });
      if (!candidate) return null;
      // A job whose worker died holding it counts that attempt; out of attempts, it fails here.
      if (candidate.state === "active" && candidate.attempts > candidate.retryLimit) {
        await this.db.job.updateMany({
          where: { id: candidate.id, state: "active", attempts: candidate.attempts },
          data: { state: "failed", lastError: "The worker stopped while running it.", lockedBy: null, lockedUntil: null, completedAt: now },
        });
        continue;
      }
      const taken = await this.db.job.updateMany({
        where: { id: candidate.id, state: candidate.state, attempts: candidate.attempts },
        data: { state: "active", attempts: { increment: 1 }, lockedBy: this.workerId, lockedUntil: new Date(now.getTime() + this.leaseMs) },
      });
      if (taken.count === 1) return { ...candidate, attempts: candidate.attempts + 1 };
      // Another worker took it between the read and the write: look again.
    }
  }

  private async run(job: Row) {
    const mine = { id: job.id, lockedBy: this.workerId, attempts: job.attempts };
    const handler = this.handlers.get(job.name)!;
    try {
      await handler(JSON.parse(job.data) as object, { id: job.id, attempt: job.attempts });
      await this.db.job.updateMany({ where: mine, data: { state: "completed", completedAt: this.now(), lockedBy: null, lockedUntil: null } });
    } catch (error) {
      const now = this.now();
      const retry = job.attempts <= job.retryLimit;
      const delayMs = job.retryDelay * 1000 * 2 ** (job.attempts - 1);
      await this.db.job.updateMany({
        where: mine,
        data: retry
          ? { state: "retry", runAt: new Date(now.getTime() + delayMs), lastError: errorText(error), lockedBy: null, lockedUntil: null }
          : { state: "failed", lastError: errorText(error), completedAt: now, lockedBy: null, lockedUntil: null },
      });
    }
  }
}
