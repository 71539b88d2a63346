import "server-only";
import type { ImportProgress, ProgressListener } from "@/lib/import/progress";
import type { ProgressEvent } from "@/lib/import/progress-events";
import { toAppError } from "./route";

// A long request that reports as it goes: the response is NDJSON, one event
// per line (lib/import/progress-events.ts), ending with exactly one `result`
// or `error` event that carries the status the plain JSON answer would have
// had. Problems found before the stream starts (sign-in, origin, content
// type, declared size) still answer with their own status; see route().

const NDJSON = "application/x-ndjson; charset=utf-8";

/** Whether the caller asked for progress events rather than one JSON answer. */
export function wantsProgress(request: Request): boolean {
  return /\bapplication\/x-ndjson\b/i.test(request.headers.get("accept") ?? "");
}

/** At most one event per phase every `intervalMs`, plus each phase's first and last. */
function throttled(send: (event: ProgressEvent) => void, now: () => number = () => performance.now(), intervalMs = 100): ProgressListener {
  let phase: string | null = null;
  let phaseStart = 0;
  let lastSent = -Infinity;
  let sent = "";
  return (progress: ImportProgress) => {
    const at = now();
    if (progress.phase !== phase) {
      phase = progress.phase;
      phaseStart = at;
      lastSent = -Infinity;
      sent = "";
    }
    const last = progress.done >= progress.total;
    const key = `${progress.done}/${progress.total}`;
    if (key === sent || (!last && at - lastSent < intervalMs)) return;
    lastSent = at;
    sent = key;
    send({ type: "progress", ...progress, ms: Math.round(at - phaseStart) });
  };
}

export function progressResponse(run: (onProgress: ProgressListener) => Promise<{ status: number; body: unknown }>): Response {
  const encoder = new TextEncoder();
  const stream = new ReadableStream<Uint8Array>({
    async start(controller) {
      let open = true;
      const send = (event: ProgressEvent) => {
        if (!open) return;
        try {
          controller.enqueue(encoder.encode(JSON.stringify(event) + "\n"));
        } catch {
          // The client went away. The import goes on to its all-or-nothing end.
          open = false;
        }
      };
      try {
        const { status, body } = await run(throttled(send));
        send({ type: "result", status, body });
      } catch (error) {
        const known = toAppError(error);
        if (known)
          send({ type: "error", status: known.status, error: { code: known.code, message: known.message, fields: known.fields, details: known.details } });
        else {
          console.error("Unhandled error in a streamed request", error);
          send({ type: "error", status: 500, error: { code: "internal", message: "Something went wrong on our side; nothing was changed." } });
        }
      }
      if (open) controller.close();
    },
  });
  return new Response(stream, {
    status: 200,
    headers: {
      "content-type": NDJSON,
      // no-transform: compression would hold the small events back until a buffer fills.
      "cache-control": "no-store, no-transform",
      "x-accel-buffering": "no",
    },
  });
}
