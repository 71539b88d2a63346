import "server-only";
import { registerFeedJobs } from "@/server/feeds/poll";
import { jobs } from "@/server/jobs/jobs";
import type { JobQueue } from "@/server/jobs/queue";
import { registerNotificationJobs } from "@/server/notifications/periodic";
import { env } from "@/server/platform/env";
import { registerSourceJobs } from "@/server/sources/recapture";
import { registerWebhookJobs } from "@/server/webhooks/delivery";

// Where jobs are taken (ADR 0027): inside each app server by default
// (instrumentation.ts calls startAppWorker), or in `npm run worker`
// processes when HINDSIGHT_WORKER=off (docs/deploy.md). It takes every kind:
// re-captures of tracked articles, feed polls, notification sweeps and
// digests, webhook deliveries.

export async function startWorker(): Promise<JobQueue> {
  const queue = jobs();
  await registerSourceJobs(queue);
  await registerFeedJobs(queue);
  await registerNotificationJobs(queue);
  await registerWebhookJobs(queue);
  await queue.start();
  return queue;
}

const START_ATTEMPTS = 5;

/**
 * The app server's worker, unless HINDSIGHT_WORKER=off or Next is only building. Servers started
 * together race to create the queue's tables (PostgreSQL then reports a deadlock to one of them),
 * so a failed start is tried again a few times, a little later each time, in the background: the
 * server is ready meanwhile and jobs wait in the database.
 */
export async function startAppWorker(attempts = START_ATTEMPTS, pauseMs = 1000): Promise<void> {
  if (env.HINDSIGHT_WORKER !== "app" || env.NEXT_PHASE === "phase-production-build") return;
  if (await attemptStart(1, attempts)) return;
  void (async () => {
    for (let attempt = 2; attempt <= attempts; attempt++) {
      await new Promise((done) => setTimeout(done, pauseMs * (attempt - 1)));
      if (await attemptStart(attempt, attempts)) return;
    }
  })();
}

async function attemptStart(attempt: number, attempts: number): Promise<boolean> {
  try {
    await startWorker();
    console.log(`Hindsight: background worker started in this server (HINDSIGHT_WORKER=app${attempt > 1 ? `, attempt ${attempt}` : ""}).`);
    return true;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    if (attempt === attempts) console.error(`Hindsight: the background worker did not start after ${attempts} attempts:`, message);
    else console.warn(`Hindsight: the background worker did not start (attempt ${attempt} of ${attempts}, trying again):`, message);
    return false;
  }
}
