import "server-only";
import { env } from "@/server/platform/env";
import { syncRumorIndex } from "./rumor-index";

// The passage and rumor indexes are built on first use; at scale (20,000
// articles, 25,000 rumors) that first match took minutes. A server builds
// them in the background at start instead, after it is ready for requests:
// the build yields between chunks, and a desk request arriving meanwhile waits
// on the same build rather than starting another (lib/fresh-check.ts).

/** Starts building the desk's indexes (the rumor index catches the passage index up first); never throws. */
export function warmIndexesInBackground(log: (line: string) => void = console.log): void {
  if (env.NEXT_PHASE === "phase-production-build") return;
  setTimeout(() => {
    const started = Date.now();
    syncRumorIndex().then(
      () => log(`Hindsight: suggestion and rumor indexes ready in ${((Date.now() - started) / 1000).toFixed(1)} s.`),
      (error: unknown) => log(`Hindsight: warming the suggestion indexes failed (they build on first use instead): ${String(error)}`),
    );
  }, 0).unref();
}
