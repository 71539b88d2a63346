// The network boundary for browser-side tests: `fetch` is replaced by a stub
// that records each request and answers with a real Response.
import { vi } from "vitest";

export type SentRequest = { method: string; url: string; headers: Headers; body: unknown };

/** Stubs the global fetch; `respond` answers each request (it may hold the answer back). */
export function stubFetch(respond: (request: SentRequest) => Response | Promise<Response> = () => json({})) {
  const requests: SentRequest[] = [];
  vi.stubGlobal(
    "fetch",
    vi.fn(async (input: RequestInfo | URL, init: RequestInit = {}) => {
      const request = {
        method: init.method ?? "GET",
        url: String(input),
        headers: new Headers(init.headers),
        body: typeof init.body === "string" ? JSON.parse(init.body) : init.body,
      };
      requests.push(request);
      return respond(request);
    }),
  );
  return requests;
}

export function json(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json" } });
}

/** The API's error body (lib/contracts/error.ts). */
export function apiError(status: number, code: string, message: string, fields?: Record<string, string[]>): Response {
  return json({ error: { code, message, ...(fields ? { fields } : {}) } }, status);
}

/** A server answer the test releases when it wants, to look at the pending state. */
export function heldAnswer() {
  let release!: (response: Response) => void;
  const promise = new Promise<Response>((resolve) => (release = resolve));
  return { promise, release };
}
