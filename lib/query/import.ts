// Sends an import and follows its progress: the server streams NDJSON events
// (server/progress-stream.ts) when asked with Accept: application/x-ndjson.
import { readNdjson, type ProgressEvent } from "@/lib/import/progress-events";
import { ApiError, type ApiErrorBody } from "./api";

export type ServerProgress = Extract<ProgressEvent, { type: "progress" }>;

/**
 * POSTs `body` and calls `onProgress` for each progress event; resolves with
 * the final result's body, or rejects with an ApiError as `api()` does,
 * whether the server refused at once (a plain JSON error) or while streaming.
 */
export async function postWithProgress<T>(path: string, body: BodyInit, onProgress: (event: ServerProgress) => void, signal?: AbortSignal): Promise<T> {
  const response = await fetch(path, { method: "POST", body, signal, headers: { accept: "application/x-ndjson" } });
  if (!response.headers.get("content-type")?.includes("application/x-ndjson") || !response.body) {
    // Refused before the import started (sign-in, size, type): a plain JSON answer.
    const json = (await response.json().catch(() => null)) as unknown;
    if (response.ok) return json as T;
    const error = (json as ApiErrorBody | null)?.error;
    throw new ApiError(response.status, error ?? { code: "http_" + response.status, message: `The server answered ${response.status}.` });
  }
  for await (const raw of readNdjson(response.body)) {
    const event = raw as ProgressEvent;
    if (event.type === "progress") onProgress(event);
    else if (event.type === "result") return event.body as T;
    else if (event.type === "error") throw new ApiError(event.status, event.error);
  }
  throw new ApiError(502, { code: "incomplete", message: "The connection ended before the import finished. Reload the article list to see whether it was stored." });
}
