import "server-only";

// Imported by instrumentation.ts on Node only. An invalid environment
// (server/platform/env.ts) ends the process with the message alone: Next would
// otherwise log the error with a stack and keep serving, failing every
// request that needs the environment behind a server that looks up.
try {
  await import("./env");
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
