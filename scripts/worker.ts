// `npm run worker`: takes background jobs (re-captures) in a process of its
// own, for deployments that run app servers with HINDSIGHT_WORKER=off
// (docs/deploy.md). Any number may run; a job is never taken twice at once.
import { startWorker } from "@/server/worker/worker";

async function main() {
  const queue = await startWorker();
  console.log("Hindsight worker: taking jobs. Stop with Ctrl-C (running jobs finish first).");
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.once(signal, () => {
      void queue.stop().then(() => process.exit(0));
    });
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
