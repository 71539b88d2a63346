// One definition per API endpoint: method, path, input schema and output
// type. The route handler (server/http/handle.ts), the browser's fetcher
// (lib/query/call.ts) and TanStack Query's keys (lib/query/endpoint-query.ts)
// all read it, so adding an endpoint means one contract and one handler.
import type { z } from "zod";

export type Method = "GET" | "POST" | "PATCH" | "DELETE";

/** `{ id: string }` for "/api/v1/claims/[id]/verdicts". */
export type ParamsOf<P extends string> = P extends `${string}[${infer Name}]${infer Rest}` ? { [K in Name]: string } & ParamsOf<Rest> : Empty;

/** No properties; `Empty extends T` holds when every property of T is optional. */
export type Empty = Record<never, never>;

export type Endpoint<M extends Method = Method, P extends string = string, I extends z.ZodType | undefined = z.ZodType | undefined, O = unknown> = {
  method: M;
  path: P;
  /** GET and DELETE: the query string; POST and PATCH: the JSON body. */
  input: I;
  /** The success status (201 for creations, 204 for empty answers). */
  status: 200 | 201 | 204;
  /** Type only: the JSON the endpoint answers with. */
  readonly output?: O;
};

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyEndpoint = Endpoint<Method, string, z.ZodType | undefined, any>;
export type OutputOf<E extends AnyEndpoint> = E extends Endpoint<Method, string, z.ZodType | undefined, infer O> ? O : never;
type InputOf<E extends AnyEndpoint> = E["input"] extends z.ZodType ? z.input<E["input"]> : undefined;

/** What a caller supplies: the path's parameters, and the input when the endpoint takes one. */
export type ArgsOf<E extends AnyEndpoint> = (keyof ParamsOf<E["path"]> extends never ? { params?: undefined } : { params: ParamsOf<E["path"]> }) &
  (E["input"] extends z.ZodType ? (Empty extends InputOf<E> ? { input?: InputOf<E> } : { input: InputOf<E> }) : { input?: undefined });

/**
 * `endpoint<Output>()({ method, path, input?, status? })`: the output is
 * named as a type argument, everything else is inferred from the literal.
 */
export function endpoint<O>() {
  return <const M extends Method, const P extends string, I extends z.ZodType | undefined = undefined>(def: {
    method: M;
    path: P;
    input?: I;
    status?: 200 | 201 | 204;
  }): Endpoint<M, P, I, O> => ({ method: def.method, path: def.path, input: def.input as I, status: def.status ?? 200 });
}

/** The path with its parameters filled in (each URI-encoded). */
export function pathOf(path: string, params: Record<string, string> | undefined): string {
  return path.replace(/\[(\w+)\]/g, (_, name: string) => {
    const value = params?.[name];
    if (value === undefined) throw new Error(`${path}: the parameter “${name}” is missing.`);
    return encodeURIComponent(value);
  });
}

/** Query-string form of a GET/DELETE input; undefined and null values are left out. */
export function searchOf(input: unknown): string {
  if (input === undefined || input === null) return "";
  const search = new URLSearchParams();
  for (const [k, v] of Object.entries(input as Record<string, unknown>)) {
    if (v === undefined || v === null) continue;
    search.set(k, String(v));
  }
  const s = search.toString();
  return s ? `?${s}` : "";
}

/**
 * The query key of a GET endpoint: its path's resource segments with the
 * parameters filled in, then the input. The desk's reads of a resource share
 * the public one's prefix ("/api/v1/desk/claims/[id]" and
 * "/api/v1/claims/[id]/suggestions" both start ["claims", id]), so
 * invalidating a resource's key refreshes everything read about it.
 */
export function queryKeyOf(path: string, params?: Record<string, string>, input?: unknown): readonly unknown[] {
  const segments = path
    .replace(/^\/api\/v1\//, "")
    .replace(/^desk\//, "")
    .split("/")
    .map((s) => s.replace(/^\[(\w+)\]$/, (_, name: string) => params?.[name] ?? `[${name}]`));
  return input === undefined ? segments : [...segments, input];
}
