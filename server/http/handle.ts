import "server-only";
import { NextResponse } from "next/server";
import type { AnyEndpoint, OutputOf, ParamsOf } from "@/lib/contracts/endpoint";
import { readJson, route } from "./route";

/**
 * What an implementation may answer with: the contract's output, where a
 * Date stands for the ISO string it becomes in JSON (so handlers pass
 * data-access results on without copying date conversions around).
 */
export type Wire<T> = T extends string ? T | Date : T extends (infer U)[] ? Wire<U>[] : T extends object ? { [K in keyof T]: Wire<T[K]> } : T;

export type HandlerContext<E extends AnyEndpoint> = {
  request: Request;
  params: ParamsOf<E["path"]>;
  /** The query string (GET, DELETE). */
  query: URLSearchParams;
  /** The JSON body (POST, PATCH), refused over `maxBytes` (default 1 MiB) before it is read. */
  body: (maxBytes?: number) => Promise<unknown>;
};

/**
 * A route handler for one endpoint contract (lib/contracts/api/). The
 * implementation calls the data-access layer, which authorizes and parses
 * the input with the same schema the contract names; anything it throws
 * becomes the API's error body (route()). It may answer a Response itself
 * (files, streams, conditional answers, a status other than the contract's).
 */
export function handle<E extends AnyEndpoint>(ep: E, impl: (context: HandlerContext<E>) => Promise<Wire<OutputOf<E>> | Response>) {
  // Next passes `{ params: Promise<…> }`; tests may pass nothing.
  return route<unknown>(async (request, context) => {
    const params = ((await (context as { params?: Promise<Record<string, string>> } | undefined)?.params) ?? {}) as ParamsOf<E["path"]>;
    const result = await impl({
      request,
      params,
      query: new URL(request.url).searchParams,
      body: (maxBytes) => readJson(request, maxBytes),
    });
    if (result instanceof Response) return result;
    if (ep.status === 204) return new NextResponse(null, { status: 204 });
    return NextResponse.json(result, { status: ep.status });
  });
}

/** A JSON answer with a status the contract's default does not cover (e.g. 200 for a duplicate instead of 201). */
export function reply<E extends AnyEndpoint>(_ep: E, body: Wire<OutputOf<E>>, status: number): Response {
  return NextResponse.json(body, { status });
}
