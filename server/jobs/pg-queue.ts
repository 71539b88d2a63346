import "server-only";
import PgBoss from "pg-boss";
import { DEFAULT_RETRY_DELAY_SECONDS, DEFAULT_RETRY_LIMIT, errorText, type JobHandler, type JobInfo, type JobQueue, type SendOptions } from "./queue";

// Jobs on PostgreSQL through pg-boss (ADR 0027): its own schema in the app's
// database, jobs taken with SELECT … FOR UPDATE SKIP LOCKED, so any number of
// app servers and workers share the queues and no job runs twice at once.

export type PgQueueOptions = {
  /** How often an idle worker polls (pg-boss's minimum is 0.5 s). */
  pollingIntervalSeconds?: number;
};

export class PgJobQueue implements JobQueue {
  private boss: PgBoss;
  private readonly connectionString: string;
  private readonly queues = new Map<string, Promise<void>>();
  private readonly handlers = new Map<string, JobHandler<object>>();
  private readonly pollingIntervalSeconds: number;
  private opened: Promise<unknown> | null = null;
  private working = false;

  constructor(connectionString: string, options: PgQueueOptions = {}) {
    this.pollingIntervalSeconds = options.pollingIntervalSeconds ?? 2;
    this.connectionString = connectionString;
    this.boss = this.newBoss();
  }

  private newBoss() {
    const boss = new PgBoss({ connectionString: this.connectionString, schema: "pgboss", max: 4, application_name: "hindsight-jobs" });
    // pg-boss reports maintenance and polling errors here; without a listener they would crash the process.
    boss.on("error", (error) => console.error("jobs (pg-boss):", errorText(error)));
    return boss;
  }

  /**
   * Connects (and creates or upgrades pg-boss's schema) once; sending needs it too. A failed start
   * (servers starting at once can deadlock on the schema) is not kept: pg-boss would then count
   * itself as starting for good, so its pool is closed and the next call starts a fresh one.
   */
  private open() {
    this.opened ??= this.boss.start().catch(async (error: unknown) => {
      const failed = this.boss;
      this.boss = this.newBoss();
      this.opened = null;
      await (failed.getDb() as { close?: () => Promise<void> }).close?.().catch(() => {});
      throw error;
    });
    return this.opened;
  }

  async start() {
    await this.open();
    this.working = true;
    for (const [name, handler] of this.handlers) await this.subscribe(name, handler);
  }

  async stop() {
    this.working = false;
    if (this.opened) await this.boss.stop({ graceful: true, wait: true, timeout: 30_000 });
    this.opened = null;
  }

  /** pg-boss 10 needs a queue before its first job; creating one is idempotent. */
  private async ensure(name: string) {
    await this.open();
    let made = this.queues.get(name);
    if (!made) {
      made = this.boss.createQueue(name);
      made.catch(() => this.queues.delete(name));
      this.queues.set(name, made);
    }
    return made;
  }

  async send<T extends object>(name: string, data: T, options: SendOptions = {}) {
    await this.ensure(name);
    return this.boss.send(name, data, {
      startAfter: options.startAfter,
      retryLimit: options.retryLimit ?? DEFAULT_RETRY_LIMIT,
      retryDelay: options.retryDelaySeconds ?? DEFAULT_RETRY_DELAY_SECONDS,
      retryBackoff: true,
    });
  }

  async work<T extends object>(name: string, handler: JobHandler<T>) {
    this.handlers.set(name, handler as JobHandler<object>);
    if (this.working) await this.subscribe(name, handler as JobHandler<object>);
  }

  private async subscribe(name: string, handler: JobHandler<object>) {
    await this.ensure(name);
    await this.boss.work<object>(name, { includeMetadata: true, batchSize: 1, pollingIntervalSeconds: this.pollingIntervalSeconds }, async ([job]) => {
      if (job) await handler(job.data, { id: job.id, attempt: job.retryCount + 1 });
    });
  }

  async find(name: string, id: string): Promise<JobInfo | null> {
    await this.open();
    const job = await this.boss.getJobById<object>(name, id, { includeArchive: true });
    if (!job) return null;
    const output = job.output as { message?: string } | null;
    return {
      id: job.id,
      name: job.name,
      state: job.state,
      // pg-boss counts retries; an active, completed or failed job has also had its first attempt.
      attempts: job.retryCount + (job.state === "created" || job.state === "retry" ? 0 : 1),
      lastError: job.state === "failed" || job.state === "retry" ? (output?.message ?? null) : null,
      startAfter: job.startAfter,
      completedAt: job.completedOn,
    };
  }
}
