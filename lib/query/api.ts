// Browser-side calls to the JSON API. Errors carry the API's error body so
// forms can show field messages. Components call endpoints through call.ts.
import type { ApiErrorBody } from "@/lib/contracts/error";

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly body: ApiErrorBody["error"],
  ) {
    super(body.message);
  }
  get fields() {
    return this.body.fields ?? {};
  }
}

export async function api<T>(path: string, init: RequestInit & { json?: unknown } = {}): Promise<T> {
  const { json, ...rest } = init;
  const response = await fetch(path, {
    ...rest,
    headers: { accept: "application/json", ...(json !== undefined ? { "content-type": "application/json" } : {}), ...rest.headers },
    body: json !== undefined ? JSON.stringify(json) : rest.body,
  });
  if (response.status === 204) return undefined as T;
  const body = await response.json().catch(() => null);
  if (!response.ok) {
    const error = (body as ApiErrorBody | null)?.error ?? { code: "http_" + response.status, message: `The server answered ${response.status}.` };
    throw new ApiError(response.status, error);
  }
  return body as T;
}
