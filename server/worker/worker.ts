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

/** The app server's worker, unless HINDSIGHT_WORKER=off or Next is only building. */
export async function startAppWorker() {
  if (env.HINDSIGHT_WORKER !== "app" || env.NEXT_PHASE === "phase-production-build") return;
  try {
    await startWorker();
    console.log("Hindsight: background worker started in this server (HINDSIGHT_WORKER=app).");
  } catch (error) {
    // The site still serves; jobs wait in the database until a worker starts.
    console.error("Hindsight: the background worker did not start:", error instanceof Error ? error.message : error);
  }
}
