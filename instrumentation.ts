// Runs once when the server starts: a bad environment stops the start
// (server/platform/start-checks.ts) instead of failing the first request that reads it.
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") await import("@/server/platform/start-checks");
}
