// Runs once when the server starts: a bad environment fails the start
// instead of the first request that reads it.
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") await import("./server/env");
}
