// Runs once when the server starts: a bad environment stops the start
// (server/platform/start-checks.ts) instead of failing the first request that
// reads it; then the background worker starts in this process unless
// HINDSIGHT_WORKER=off (server/sources/worker.ts, ADR 0027).
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    await import("@/server/platform/start-checks");
    const { startAppWorker } = await import("@/server/sources/worker");
    await startAppWorker();
  }
}
