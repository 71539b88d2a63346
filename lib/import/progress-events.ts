// The events of a streamed import (server/http/progress-stream.ts), one JSON
// object per line, and the browser's reader for them. Browser-safe.
import type { ApiErrorBody } from "@/lib/contracts/error";
import type { ImportProgress } from "./progress";

export type ProgressEvent =
  /** `ms`: time since the phase started, by the server's clock (rates are measured on it). */
  | ({ type: "progress"; ms: number } & ImportProgress)
  /** The answer the plain JSON request would have had, with its status. */
  | { type: "result"; status: number; body: unknown }
  | { type: "error"; status: number; error: ApiErrorBody["error"] };

/** Yields each line of an NDJSON stream as it arrives, parsed. */
export async function* readNdjson(body: ReadableStream<Uint8Array>): AsyncGenerator<unknown> {
  const reader = body.getReader();
  const decoder = new TextDecoder();
  let buffered = "";
  for (;;) {
    const { done, value } = await reader.read();
    buffered += decoder.decode(value, { stream: !done });
    let newline: number;
    while ((newline = buffered.indexOf("\n")) >= 0) {
      const line = buffered.slice(0, newline).trim();
      buffered = buffered.slice(newline + 1);
      if (line) yield JSON.parse(line);
    }
    if (done) break;
  }
  if (buffered.trim()) yield JSON.parse(buffered);
}
