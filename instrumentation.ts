// Runs once when the server starts: a bad environment stops the start
// (server/platform/start-checks.ts) instead of failing the first request that
// reads it, and declared oversize bodies are refused before Next waits for
// them (server/http/body-guard.ts); then the background worker starts in this
// process unless HINDSIGHT_WORKER=off (server/worker/worker.ts, ADR 0027),
// and the desk's suggestion indexes start building in the background
// (server/suggest/warm.ts), without holding up readiness, as does the one-off
// certainty backfill (server/resolution/certainty.ts: one read once done).
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  await import("@/server/platform/start-checks");
  (await import("@/server/http/body-guard")).installBodyGuard();
  const { startAppWorker } = await import("@/server/worker/worker");
  await startAppWorker();
  (await import("@/server/suggest/warm")).warmIndexesInBackground();
  // Claims from before certainty tiers get theirs once, with nobody to remember it (ADR 0032).
  (await import("@/server/resolution/certainty")).backfillCertaintyInBackground();
}
