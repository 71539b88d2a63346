import "server-only";

// The one job interface (ADR 0027): pg-boss behind it on PostgreSQL
// (pg-queue.ts), a table with leases behind it on SQLite (sqlite-queue.ts).
// State names are pg-boss's, so the desk and tests read both the same way.

export type JobStateName = "created" | "retry" | "active" | "completed" | "failed" | "cancelled";

export type SendOptions = {
  /** Not before this time (a scheduled re-fetch). */
  startAfter?: Date;
  /** Retries after the first attempt fails (default 2). */
  retryLimit?: number;
  /** Seconds before the first retry, doubled on each one after (default 1). */
  retryDelaySeconds?: number;
  /** At most one queued or running job per name and key; a second send returns null. */
  singletonKey?: string;
};

export type JobInfo = {
  id: string;
  name: string;
  state: JobStateName;
  /** Attempts started so far. */
  attempts: number;
  lastError: string | null;
  startAfter: Date;
  completedAt: Date | null;
};

type JobContext = { id: string; attempt: number };
export type JobHandler<T> = (data: T, job: JobContext) => Promise<void>;

export interface JobQueue {
  start(): Promise<void>;
  /** Stops taking jobs and waits for running ones to finish. */
  stop(): Promise<void>;
  send<T extends object>(name: string, data: T, options?: SendOptions): Promise<string | null>;
  /** Runs `handler` for every job of `name` this process takes; a throw retries with backoff. */
  work<T extends object>(name: string, handler: JobHandler<T>): Promise<void>;
  find(name: string, id: string): Promise<JobInfo | null>;
}

export const DEFAULT_RETRY_LIMIT = 2;
export const DEFAULT_RETRY_DELAY_SECONDS = 1;

/** The message kept of a failed attempt. */
export const errorText = (error: unknown) => (error instanceof Error ? error.message : String(error)).slice(0, 2000);
