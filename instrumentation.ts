// Runs once when the server starts: a bad environment stops the start
// (with the message only, no stack) instead of failing the first request
// that reads it, or every request of a server that looks up and running.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  try {
    await import("./server/env");
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
}
