// Sends an import and follows it: the bytes going up (measured by the
// browser; the server only sees the body once it has all of it), then the
// server's progress events, streamed as NDJSON when asked with
// Accept: application/x-ndjson (server/http/progress-stream.ts). XMLHttpRequest
// rather than fetch because only it reports upload progress; it reads the
// streamed answer as it grows just as well.
import type { ProgressEvent } from "@/lib/import/progress-events";
import type { ApiErrorBody } from "@/lib/contracts/error";
import { ApiError } from "./api";

type ServerProgress = Extract<ProgressEvent, { type: "progress" }>;
export type ImportHandlers = {
  /** Bytes sent so far and in all (0 when the browser cannot tell). */
  onUpload?: (sent: number, total: number) => void;
  onProgress?: (event: ServerProgress) => void;
};

const NDJSON = /application\/x-ndjson/i;

/**
 * POSTs `body`; resolves with the final result's body, or rejects with an
 * ApiError as `api()` does, whether the server refused at once (a plain JSON
 * error: sign-in, size, type) or while streaming (a line in the file).
 */
export function postWithProgress<T>(path: string, body: XMLHttpRequestBodyInit, handlers: ImportHandlers = {}, signal?: AbortSignal): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    let read = 0;
    let pending = "";
    let settled = false;
    const settle = (outcome: () => void) => {
      if (settled) return;
      settled = true;
      outcome();
    };

    // Handles every complete line received so far (all of them at the end).
    const drain = (final: boolean) => {
      const text = xhr.responseText;
      pending += text.slice(read);
      read = text.length;
      const lines = pending.split("\n");
      pending = final ? "" : lines.pop()!;
      for (const line of lines) {
        if (!line.trim() || settled) continue;
        const event = JSON.parse(line) as ProgressEvent;
        if (event.type === "progress") handlers.onProgress?.(event);
        else if (event.type === "result") settle(() => resolve(event.body as T));
        else if (event.type === "error") settle(() => reject(new ApiError(event.status, event.error)));
      }
    };
    const streaming = () => NDJSON.test(xhr.getResponseHeader("content-type") ?? "");

    xhr.open("POST", path);
    xhr.setRequestHeader("accept", "application/x-ndjson");
    xhr.upload.onprogress = (e) => handlers.onUpload?.(e.loaded, e.lengthComputable ? e.total : 0);
    xhr.onprogress = () => {
      if (streaming()) drain(false);
    };
    xhr.onload = () => {
      if (streaming()) {
        drain(true);
        settle(() =>
          reject(
            new ApiError(502, {
              code: "incomplete",
              message: "The connection ended before the import finished. Check the article list to see whether it was stored.",
            }),
          ),
        );
        return;
      }
      // Refused before the import started: a plain JSON answer.
      let json: unknown = null;
      try {
        json = JSON.parse(xhr.responseText);
      } catch {}
      if (xhr.status >= 200 && xhr.status < 300) return settle(() => resolve(json as T));
      const error = (json as ApiErrorBody | null)?.error ?? { code: `http_${xhr.status}`, message: `The server answered ${xhr.status}.` };
      settle(() => reject(new ApiError(xhr.status, error)));
    };
    xhr.onerror = () =>
      settle(() =>
        reject(
          new ApiError(0, { code: "network", message: "The connection failed. Check the article list to see whether the import was stored, then try again." }),
        ),
      );
    xhr.onabort = () => settle(() => reject(new ApiError(0, { code: "aborted", message: "The import was cancelled before the server answered." })));
    signal?.addEventListener("abort", () => xhr.abort());
    xhr.send(body);
  });
}
