// TanStack Query options for a GET endpoint, keyed from its contract, so the
// server's prefetch (server/http/prefetch.ts) and the browser agree on keys.
import { queryOptions } from "@tanstack/react-query";
import { queryKeyOf, type AnyEndpoint, type OutputOf } from "@/lib/contracts/endpoint";
import { call, type CallArgs } from "./call";

export function keyOf<E extends AnyEndpoint>(ep: E, ...[args]: CallArgs<E>) {
  const a = (args ?? {}) as { params?: Record<string, string>; input?: unknown };
  return queryKeyOf(ep.path, a.params, a.input);
}

export function endpointQuery<E extends AnyEndpoint>(ep: E, ...rest: CallArgs<E>) {
  return queryOptions<OutputOf<E>>({ queryKey: keyOf(ep, ...rest), queryFn: () => call(ep, ...rest) });
}
