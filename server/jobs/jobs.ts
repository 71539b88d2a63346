import "server-only";
import { db } from "@/server/platform/db";
import { databaseProvider, env } from "@/server/platform/env";
import { PgJobQueue } from "./pg-queue";
import type { JobQueue } from "./queue";
import { SqliteJobQueue } from "./sqlite-queue";

// The process's job queue, by database (ADR 0027). Every process may send;
// only a process that calls start() takes jobs (server/worker/worker.ts).

const globalForJobs = globalThis as unknown as { hindsightJobs?: JobQueue };

export function jobs(): JobQueue {
  globalForJobs.hindsightJobs ??= databaseProvider() === "postgresql" ? new PgJobQueue(env.DATABASE_URL) : new SqliteJobQueue(db);
  return globalForJobs.hindsightJobs;
}
